/**
 * Parsed time expressions: what the text states (known fields) before any anchor is applied,
 * as chrono-node's components. The resolver turns an expression and an anchor into a period.
 */
import type { Opener, Part, Unit } from './tables.js';

/** A calendar date, possibly partial: a year, a month, a day, a weekday, or any mix. */
export interface CalendarBase {
  readonly kind: 'calendar';
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly weekday: number | null;
  /** "last June" −1, "next Tuesday" +1, "this Friday" 0. */
  readonly shift: number | null;
  /** "May last year" −1, "March this year" 0. */
  readonly yearShift: number | null;
  /** "Tuesday of next week" +1: the weekday inside the anchor's ISO week shifted by this many weeks. */
  readonly weekShift?: number;
}

export interface QuarterBase {
  readonly kind: 'quarter';
  /** 1–4 for quarters; halves are quarters 1–2 and 3–4 (`span` 2). */
  readonly quarter: number;
  readonly span: 1 | 2;
  readonly year: number | null;
  readonly yearShift: number | null;
}

export interface SeasonBase {
  readonly kind: 'season';
  /** First month of the meteorological season. */
  readonly month: number;
  readonly year: number | null;
  readonly shift: number | null;
}

/** A decade or a century stated by its years ("the 1990s", "the 1300s", "the 20th century"). */
export interface YearsBase {
  readonly kind: 'years';
  readonly first: number;
  readonly length: number;
}

/** A calendar unit around the anchor: "today" (day 0), "last week", "next decade". */
export interface UnitBase {
  readonly kind: 'unit';
  readonly unit: Unit;
  readonly shift: number;
  /** "over the weekend": the latest such unit that has begun by the anchor (ignores `shift`). */
  readonly latest?: boolean;
}

/** A stretch of N units ending or starting at the anchor: "the past two years". */
export interface StretchBase {
  readonly kind: 'stretch';
  readonly unit: Unit;
  readonly count: number;
  readonly direction: -1 | 1;
  /** "the next two years" in a past-tense sentence that states a date: counted from that date. */
  readonly fromText?: boolean;
}

/** A point N units away: "a year ago" (from the anchor), "two months later" (from the text). */
export interface OffsetBase {
  readonly kind: 'offset';
  readonly unit: Unit;
  readonly count: number;
  readonly direction: -1 | 1;
  readonly from: 'anchor' | 'text';
}

/** Part of the anchor's unit cut at the anchor: "earlier this year" (before), "later this month" (after). */
export interface ToDateBase {
  readonly kind: 'todate';
  readonly unit: Unit;
  readonly side: 'before' | 'after';
}

/** An open stretch up to the anchor ("recently", "recent years", "so far") or from it ("the coming weeks"). */
export interface RecentBase {
  readonly kind: 'recent';
  readonly unit: Unit | null;
  readonly direction: -1 | 1;
}

export type Base = CalendarBase | QuarterBase | SeasonBase | YearsBase | UnitBase | StretchBase | OffsetBase | ToDateBase | RecentBase;

/** A sub-period: "early", "the end of", "the first eight months of", "the second week of" (`nth`). */
export type Slice = Part | { readonly first: number; readonly unit: Unit } | { readonly last: number; readonly unit: Unit } | { readonly nth: number; readonly unit: Unit };

export interface TimeExpr {
  readonly start: number;
  readonly end: number;
  readonly base: Base;
  readonly slice: Slice | null;
  readonly opener: Opener | null;
  /** The end of a range ("from X to Y"); its unstated fields come from `base`. */
  readonly to: TimeExpr | null;
  /** The text looks ahead (a scheduled event): year-less dates resolve forward. */
  readonly ahead: boolean;
  /** The clause is in the past tense: a year-less date is never moved forward. */
  readonly past: boolean;
  /** Name of the parser that found it, for debugging and tests. */
  readonly rule: string;
}

export function expr(start: number, end: number, base: Base, rule: string): TimeExpr {
  return { start, end, base, slice: null, opener: null, to: null, ahead: false, past: false, rule };
}

export function calendar(fields: Partial<Omit<CalendarBase, 'kind'>>): CalendarBase {
  return { kind: 'calendar', year: null, month: null, day: null, weekday: null, shift: null, yearShift: null, ...fields };
}
