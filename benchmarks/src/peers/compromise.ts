/**
 * compromise (+ compromise-dates): `.numbers()` → quantity, `.organizations()` → agency,
 * `.quotations()` → quote (inside the marks; compromise names no speaker), `.dates()` → daterange.
 * Offsets come from `json({ offset: true })`; edge punctuation is trimmed as SPEC spans have none.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { isoDay, refDateOf, trimSpan } from './spans.js';
import { predicted } from './types.js';
import type { Peer, PredictedMention } from './types.js';

nlp.plugin(datesPlugin as Parameters<typeof nlp.plugin>[0]);

interface Match {
  text: string;
  offset: { start: number; length: number };
  number?: { num?: number } | number;
  dates?: { start?: string; end?: string } | null;
}

type View = { json(options: { offset: boolean }): Match[] };
type DatesView = (options: { today: string; timezone: string }) => View;

function spans(text: string, matches: readonly Match[], type: string, fields: (m: Match) => Record<string, unknown>): PredictedMention[] {
  const out: PredictedMention[] = [];
  for (const m of matches) {
    const span = trimSpan(text, m.offset.start, m.offset.start + m.offset.length);
    if (span) out.push(predicted(text, type, span.start, span.end, fields(m)));
  }
  return out;
}

const numberOf = (m: Match): number | null => {
  const n = typeof m.number === 'number' ? m.number : m.number?.num;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

export const compromisePeer: Peer = {
  name: 'compromise',
  types: ['quantity', 'agency', 'quote', 'daterange'],
  valueTypes: ['quantity', 'agency', 'daterange'],
  // compromise reads about 0.1 MB/s: pages above this size are not run.
  maxChars: 150_000,
  extract(text, refDate) {
    const doc = nlp(text);
    const today = isoDay(refDateOf(refDate));
    const dates = (doc as unknown as { dates: DatesView }).dates({ today, timezone: 'UTC' }).json({ offset: true });
    return [
      ...spans(text, (doc.numbers() as unknown as View).json({ offset: true }), 'quantity', (m) => ({ value: numberOf(m), low: null, high: null })),
      ...spans(text, (doc.organizations() as unknown as View).json({ offset: true }), 'agency', (m) => ({ name: m.text.trim() })),
      ...spans(text, (doc.quotations() as unknown as View).json({ offset: true }), 'quote', () => ({ speaker: null, marked: true })),
      ...spans(text, dates, 'daterange', (m) => ({
        startDate: m.dates?.start?.slice(0, 10) ?? null,
        endDate: m.dates?.end?.slice(0, 10) ?? null,
      })),
    ];
  },
};
