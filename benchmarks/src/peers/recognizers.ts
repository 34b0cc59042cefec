/**
 * Microsoft Recognizers-Text: number, currency, dimension, age, temperature and percentage models
 * → quantity; the DateTime model's dates and ranges → daterange, its durations → quantity.
 * RT's cost grows quadratically with input length, so it is fed line by line (as its users do):
 * offsets are shifted by the line start, and RT's `end` is inclusive.
 */
import * as RT from '@microsoft/recognizers-text-suite';
import { addDays, refDateOf } from './spans.js';
import { predicted } from './types.js';
import type { Peer, PredictedMention } from './types.js';

interface ModelResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution: Record<string, unknown> | null;
}

type Recognize = (query: string, culture: string, options?: unknown, refTime?: Date) => ModelResult[];

interface QuantityModel {
  readonly recognize: Recognize;
  readonly kind: string;
}

// Order matters for overlaps: the more specific model comes first and wins ties.
const QUANTITY_MODELS: readonly QuantityModel[] = [
  { recognize: RT.recognizeCurrency as Recognize, kind: 'money' },
  { recognize: RT.recognizePercentage as Recognize, kind: 'percent' },
  { recognize: RT.recognizeAge as Recognize, kind: 'duration' },
  { recognize: RT.recognizeTemperature as Recognize, kind: 'measure' },
  { recognize: RT.recognizeDimension as Recognize, kind: 'measure' },
  { recognize: RT.recognizeNumber as Recognize, kind: 'count' },
];

/** "12%" → 12, "2500000000" → 2.5e9. */
function resolvedNumber(resolution: Record<string, unknown> | null): number | null {
  const raw = resolution?.value;
  if (typeof raw !== 'string') return null;
  const n = Number(raw.replace(/%$/, '').replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** `P3W` → 3 weeks; `PT5H` → 5 hours. */
function durationAmount(timex: string): { value: number; unit: string } | null {
  const m = /^PT?(\d+(?:\.\d+)?)([YMWDHS])$/.exec(timex);
  if (!m) return null;
  const units: Record<string, string> = { Y: 'year', M: timex.startsWith('PT') ? 'minute' : 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };
  return { value: Number(m[1]), unit: units[m[2]!]! };
}

interface DateValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

/**
 * Resolves an RT date value to inclusive ISO days. RT gives past and future readings of an
 * underspecified date: a news reader wants the latest one not after the anchor. Implicit ranges
 * ("this year") have an exclusive end; explicit ones (`(start,end,PnD)` timex) the written end.
 */
function resolveDate(values: readonly DateValue[], anchor: string): { startDate: string | null; endDate: string | null } | null {
  const dated = values.filter((v) => v.value || v.start || v.end);
  if (dated.length === 0) return null;
  const firstDay = (v: DateValue) => (v.value ?? v.start ?? v.end ?? '').slice(0, 10);
  const past = dated.filter((v) => firstDay(v) <= anchor);
  const v = past.length ? past[past.length - 1]! : dated[0]!;
  if (v.value) return { startDate: v.value.slice(0, 10), endDate: v.value.slice(0, 10) };
  const explicit = v.timex?.startsWith('(') ?? false;
  const end = v.end ? (explicit || v.type === 'datetimerange' ? v.end.slice(0, 10) : addDays(v.end.slice(0, 10), -1)) : v.Mod === 'since' ? anchor : null;
  return { startDate: v.start?.slice(0, 10) ?? null, endDate: end };
}

/** Keeps the longest of overlapping mentions of one type (earlier in the list wins ties). */
function longestFirst(mentions: readonly PredictedMention[]): PredictedMention[] {
  const kept: PredictedMention[] = [];
  const ordered = mentions.map((m, i) => ({ m, i })).sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
  for (const { m } of ordered) if (!kept.some((k) => k.type === m.type && k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function extractLine(text: string, offset: number, line: string, ref: Date, anchor: string): PredictedMention[] {
  const out: PredictedMention[] = [];
  const span = (r: ModelResult) => ({ start: offset + r.start, end: offset + r.end + 1 });
  for (const model of QUANTITY_MODELS) {
    for (const r of model.recognize(line, RT.Culture.English)) {
      const s = span(r);
      out.push(predicted(text, 'quantity', s.start, s.end, { value: resolvedNumber(r.resolution), low: null, high: null, kind: model.kind }));
    }
  }
  for (const r of (RT.recognizeDateTime as Recognize)(line, RT.Culture.English, undefined, ref)) {
    const s = span(r);
    const values = ((r.resolution?.values as DateValue[] | undefined) ?? []).filter(Boolean);
    const type = r.typeName.replace(/^datetimeV2\./, '');
    if (type === 'duration') {
      const amount = values[0]?.timex ? durationAmount(values[0].timex) : null;
      out.push(predicted(text, 'quantity', s.start, s.end, { value: amount?.value ?? null, low: null, high: null, unit: amount?.unit ?? null, kind: 'duration' }));
    } else if (type === 'date' || type === 'daterange' || type === 'datetime' || type === 'datetimerange') {
      out.push(predicted(text, 'daterange', s.start, s.end, resolveDate(values, anchor) ?? { startDate: null, endDate: null }));
    }
  }
  return out;
}

export const recognizersPeer: Peer = {
  name: 'recognizers',
  types: ['quantity', 'daterange'],
  extract(text, refDate) {
    const ref = refDateOf(refDate);
    const anchor = refDate ?? new Date().toISOString().slice(0, 10);
    const out: PredictedMention[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      if (line.trim() !== '') out.push(...extractLine(text, offset, line, ref, anchor));
      offset += line.length + 1;
    }
    // The models overlap (a currency contains a number): keep the longest, as claimsift does.
    return longestFirst(out);
  },
};
