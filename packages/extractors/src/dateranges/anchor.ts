/**
 * The anchor that relative expressions resolve against (SPEC §3): the caller's `publishedAt`;
 * else a date the text gives as its own (a "date"/"published" line, a byline date, a date
 * line near the top); else the date of the event the article reports ("a press conference on
 * August 27th") when the article states its year elsewhere; else none. Never the clock.
 */
import { dayNumber, isoDate, parseIsoDate, toYmd, weekday } from './calendar.js';
import type { DayNumber } from './calendar.js';
import type { CalendarBase, TimeExpr } from './expr.js';

/** Small look-around patterns of this module (listed for the ReDoS check). */
const UPDATE_CUE = /^updated$|^last modified$/i;
const ON_BEFORE = /\bon\s*$/i;

/** Every helper pattern of the anchor detection. */
export const ANCHOR_HELPER_PATTERNS: readonly RegExp[] = [UPDATE_CUE, ON_BEFORE];

export interface Anchor {
  readonly date: string | null;
  readonly reason: string;
  readonly source: 'caller' | 'text' | 'none';
}

/** Words before a date that make it the page's own date ("Published 11:34 PM EST Nov 19, 2019"). */
export const OWN_DATE_CUE = /\b(published|posted|dated?|updated|created|first published|last modified)\b[^\w\n]{0,4}(?:on )?(?:\d{1,2}:\d{2}[^\w\n]{0,2}(?:[ap]\.?m\.?)?[^\w\n]{0,2}(?:[a-z]{2,4})?[^\w\n]{0,3})?$/i;
/** A clause that reports an event of the article ("a statement released during a press conference on"). */
export const EVENT_CUE = /\b(?:statement|press conference|news conference|press briefing|briefing|press release)\b/i;

/** How far into the text a page's own date is looked for. */
const HEAD = 3000;

/**
 * `atoms` are all expressions of the text (a byline date sits in page furniture); `content`
 * says which lie in the article, the only place an event date and its year are taken from.
 */
export function detectAnchor(text: string, publishedAt: string | null, atoms: readonly TimeExpr[], content: (e: TimeExpr) => boolean = () => true): { anchor: Anchor; day: DayNumber | null } {
  const given = publishedAt === null ? null : parseIsoDate(publishedAt);
  if (given !== null) return { anchor: { date: isoDate(given), reason: 'publishedAt given by the caller', source: 'caller' }, day: given };
  const full = atoms.filter((a) => !a.to && !a.opener && !a.slice && isFullDate(a.base));
  // A publication date wins over an update date; both win over a bare date line.
  let updated: TimeExpr | null = null;
  for (const a of full) {
    if (a.start > HEAD) break;
    const before = text.slice(Math.max(0, a.start - 48), a.start);
    const cue = OWN_DATE_CUE.exec(before);
    if (!cue) continue;
    if (UPDATE_CUE.test(cue[1] as string)) updated ??= a;
    else return own(a, text, `the text's own date line "${oneLine(text, a.start - Math.min(before.length, 24), a.end)}"`);
  }
  if (updated) return own(updated, text, `the text's update date line "${oneLine(text, updated.start - 24, updated.end)}"`);
  for (const a of full) {
    if (a.start > HEAD) break;
    const line = lineAround(text, a.start, a.end);
    if (line.end - line.start <= 100 && line.end - line.start - (a.end - a.start) <= 60) return own(a, text, `date line near the top "${oneLine(text, line.start, line.end)}"`);
  }
  return eventDate(text, atoms.filter(content));
}

function own(a: TimeExpr, text: string, reason: string): { anchor: Anchor; day: DayNumber } {
  const b = a.base as CalendarBase;
  const day = dayNumber(b.year as number, b.month as number, b.day as number);
  void text;
  return { anchor: { date: isoDate(day), reason, source: 'text' }, day };
}

/**
 * A reported event's date without a year ("on August 27th") takes the latest year the article
 * states for the past; a weekday given with it must agree ("Friday, May 26" is not 2021).
 */
function eventDate(text: string, atoms: readonly TimeExpr[]): { anchor: Anchor; day: DayNumber | null } {
  const years = atoms.flatMap((a) => (a.base.kind === 'calendar' && a.base.year !== null && !a.ahead && a.opener !== 'by' && a.opener !== 'until' ? [a.base.year] : []));
  const toYears = atoms.flatMap((a) => (a.to && a.to.base.kind === 'calendar' && a.to.base.year !== null && !a.ahead ? [a.to.base.year] : []));
  const latest = [...years, ...toYears].reduce((max, y) => Math.max(max, y), -Infinity);
  if (Number.isFinite(latest)) {
    for (const a of atoms) {
      const b = a.base;
      if (b.kind !== 'calendar' || b.year !== null || b.month === null || b.day === null || a.to || a.opener || a.ahead || b.yearShift !== null) continue;
      const clause = text.slice(Math.max(0, a.start - 80), a.start);
      if (!ON_BEFORE.test(clause) || !EVENT_CUE.test(clause)) continue;
      const day = eventDay(latest, b.month, b.day, b.weekday);
      if (day === null) continue;
      const how = b.weekday === null ? `the latest year the article states (${latest})` : `the first year from the latest one the article states (${latest}) in which it falls on that weekday`;
      return { anchor: { date: isoDate(day), reason: `reported event date "${oneLine(text, a.start, a.end)}" in ${how}`, source: 'text' }, day };
    }
  }
  return { anchor: { date: null, reason: 'no publishedAt given and no date of its own in the text', source: 'none' }, day: null };
}

/** How many years after the latest stated year a weekday-checked event date may fall. */
const WEEKDAY_SEARCH_YEARS = 7;

/** The event's day: in the latest stated year, or, with a weekday, the first year from it where the weekday agrees. */
function eventDay(latest: number, month: number, dayOfMonth: number, wd: number | null): DayNumber | null {
  for (let y = latest; y <= latest + (wd === null ? 0 : WEEKDAY_SEARCH_YEARS); y++) {
    const day = dayNumber(y, month, dayOfMonth);
    if (toYmd(day).day !== dayOfMonth) continue;
    if (wd === null || weekday(day) === wd) return day;
  }
  return null;
}

const isFullDate = (b: TimeExpr['base']): boolean => b.kind === 'calendar' && b.year !== null && b.month !== null && b.day !== null;

function lineAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && start - s < 200) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && e - end < 200) e++;
  return { start: s, end: e };
}

const oneLine = (text: string, start: number, end: number): string => text.slice(Math.max(0, start), end).replace(/\s+/g, ' ').trim();

/** Every pattern the anchor detection runs, for the ReDoS check. */
export const ANCHOR_PATTERNS: readonly RegExp[] = [OWN_DATE_CUE, EVENT_CUE, ...ANCHOR_HELPER_PATTERNS];
