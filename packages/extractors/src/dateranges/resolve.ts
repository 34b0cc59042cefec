/**
 * The resolver: a parsed expression + the anchor → a period (SPEC §3 daterange fields).
 * Year-less dates take the most recent such date on or before the anchor, or the next one
 * when the text looks ahead; without an anchor anything relative stays null (never the clock).
 */
import type { Granularity } from '@claimsift/core';
import { addMonths, dayNumber, daysInMonth, isValidDate, isoWeek, isoDate, monthPeriod, monthsPeriod, toYmd, weekday, yearsPeriod } from './calendar.js';
import type { DayNumber, Period } from './calendar.js';
import type { Base, CalendarBase, Slice, TimeExpr } from './expr.js';
import type { Unit } from './tables.js';

export interface Resolved {
  readonly period: Period;
  /** The unit the expression is stated in (a half year is stated in quarters). */
  readonly unit: Unit | null;
  /** True when the anchor was (or would have been) needed. */
  readonly relative: boolean;
}

export interface DateRangeValue {
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly granularity: Granularity;
  readonly relative: boolean;
  readonly anchor: string | null;
}

/** Resolution context: the anchor, and the last period the text stated (for "two months later"). */
export interface ResolveContext {
  readonly anchor: DayNumber | null;
  readonly previous: Resolved | null;
  /** The previous period was stated in the same sentence. */
  readonly previousInSentence?: boolean;
}

const UNRESOLVED: Period = { start: null, end: null };

export function toValue(resolved: Resolved, anchor: DayNumber | null): DateRangeValue {
  const { start, end } = resolved.period;
  return {
    startDate: start === null ? null : isoDate(start),
    endDate: end === null ? null : isoDate(end),
    granularity: granularityOf(resolved.unit),
    relative: resolved.relative,
    anchor: resolved.relative && anchor !== null ? isoDate(anchor) : null,
  };
}

function granularityOf(unit: Unit | null): Granularity {
  switch (unit) {
    case null: return 'open';
    case 'weekend': return 'week';
    case 'decade':
    case 'century': return 'year';
    default: return unit;
  }
}

export function resolveExpr(e: TimeExpr, ctx: ResolveContext): Resolved {
  let main = resolveBase(e.base, e.ahead, e.past, ctx);
  if (e.slice) main = applySlice(main, e.slice);
  if (e.to) {
    let to = resolveBase(rangeEnd(e.to.base, main), e.ahead, e.past, ctx);
    if (e.to.slice) to = applySlice(to, e.to.slice);
    // A year-less end before its start runs into the next year ("December 20 to January 5").
    let toEnd = to.period.end;
    if (toEnd !== null && main.period.start !== null && toEnd < main.period.start && e.to.base.kind === 'calendar' && e.to.base.year === null) {
      toEnd = addMonths(toEnd, 12);
    }
    main = { period: { start: main.period.start, end: toEnd }, unit: main.unit, relative: main.relative || to.relative };
  }
  if (e.opener) main = applyOpener(main, e.opener, e.ahead, ctx.anchor);
  const { start, end } = main.period;
  // "between 2015 and 2010": a range written backwards is still the period between them.
  if (start !== null && end !== null && start > end) main = { ...main, period: { start: end, end: start } };
  return main;
}

/** A range end without a year takes the start's resolved year ("March 10 to May 22"). */
function rangeEnd(base: Base, start: Resolved): Base {
  if (base.kind !== 'calendar' || base.year !== null || base.yearShift !== null || start.period.start === null) return base;
  if (base.month === null && base.day === null) return base;
  return { ...base, year: toYmd(start.period.start).year };
}

function resolveBase(base: Base, ahead: boolean, past: boolean, ctx: ResolveContext): Resolved {
  const { anchor } = ctx;
  switch (base.kind) {
    case 'calendar': return resolveCalendar(base, ahead, past, anchor);
    case 'quarter': {
      const year = base.year ?? (base.yearShift !== null && anchor !== null ? toYmd(anchor).year + base.yearShift : anchor === null ? null : toYmd(anchor).year);
      const relative = base.year === null;
      if (year === null) return { period: UNRESOLVED, unit: 'quarter', relative };
      const first = (base.quarter - 1) * 3 + 1;
      return { period: monthsPeriod(year, first, first + base.span * 3 - 1), unit: 'quarter', relative };
    }
    case 'season': return resolveSeason(base.month, base.year, base.shift, ahead, anchor);
    case 'years': return { period: yearsPeriod(base.first, base.first + base.length - 1), unit: base.length >= 100 ? 'century' : base.length >= 10 ? 'decade' : 'year', relative: false };
    case 'unit': {
      if (anchor === null) return { period: UNRESOLVED, unit: base.unit, relative: true };
      if (base.latest) {
        const current = unitAround(anchor, base.unit, 0);
        return { period: current.start !== null && current.start <= anchor ? current : unitAround(anchor, base.unit, -1), unit: base.unit, relative: true };
      }
      return { period: unitAround(anchor, base.unit, base.shift), unit: base.unit, relative: true };
    }
    case 'stretch': {
      const ref = ctx.previous?.period.end;
      if (base.fromText && past && ctx.previousInSentence && ref !== undefined && ref !== null) {
        // "a budget approved in April … each of the next two years": May 2019 to April 2021.
        return { period: { start: ref + 1, end: shiftDay(ref + 1, base.unit, base.count) - 1 }, unit: base.unit, relative: true };
      }
      if (anchor === null) return { period: UNRESOLVED, unit: base.unit, relative: true };
      if (base.unit === 'quarter') {
        // Quarters count whole calendar quarters before or after the anchor's ("the previous three quarters").
        const far = unitAround(anchor, 'quarter', base.count * base.direction);
        const near = unitAround(anchor, 'quarter', base.direction);
        return { period: base.direction < 0 ? { start: far.start, end: near.end } : { start: near.start, end: far.end }, unit: 'quarter', relative: true };
      }
      const other = shiftDay(anchor, base.unit, base.count * base.direction);
      return { period: base.direction < 0 ? { start: other, end: anchor } : { start: anchor, end: other }, unit: base.unit, relative: true };
    }
    case 'offset': {
      if (base.from === 'anchor') {
        if (anchor === null) return { period: UNRESOLVED, unit: 'day', relative: true };
        const day = shiftDay(anchor, base.unit, base.count * base.direction);
        return { period: { start: day, end: day }, unit: 'day', relative: true };
      }
      const ref = ctx.previous;
      if (!ref || ref.period.start === null) return { period: UNRESOLVED, unit: base.unit, relative: true };
      const moved = shiftDay(ref.period.start, base.unit, base.count * base.direction);
      return { period: unitAround(moved, base.unit, 0), unit: base.unit, relative: true };
    }
    case 'todate': {
      if (anchor === null) return { period: UNRESOLVED, unit: base.unit, relative: true };
      const whole = unitAround(anchor, base.unit, 0);
      return { period: base.side === 'before' ? { start: whole.start, end: anchor } : { start: anchor, end: whole.end }, unit: base.unit, relative: true };
    }
    case 'recent': return { period: base.direction < 0 ? { start: null, end: anchor } : { start: anchor, end: null }, unit: base.unit, relative: true };
  }
}

function resolveCalendar(base: CalendarBase, ahead: boolean, past: boolean, anchor: DayNumber | null): Resolved {
  const { month, day } = base;
  if (base.year !== null) {
    if (month === null) return { period: yearsPeriod(base.year, base.year), unit: 'year', relative: false };
    if (day === null) return { period: monthPeriod(base.year, month), unit: 'month', relative: false };
    if (!isValidDate(base.year, month, day)) return { period: UNRESOLVED, unit: 'day', relative: false };
    const n = dayNumber(base.year, month, day);
    return { period: { start: n, end: n }, unit: 'day', relative: false };
  }
  const unit: Unit = day !== null || (month === null && base.weekday !== null) ? 'day' : 'month';
  if (anchor === null) return { period: UNRESOLVED, unit, relative: true };
  const a = toYmd(anchor);
  if (month === null && base.weekday === null && day !== null) return dayOfMonth(day, ahead, a);
  if (month === null) {
    if (base.weekday === null) return { period: UNRESOLVED, unit, relative: true };
    const n = base.weekShift !== undefined ? (isoWeek(anchor + base.weekShift * 7).start as number) + base.weekday - 1 : resolveWeekday(base.weekday, base.shift, ahead, anchor);
    return { period: { start: n, end: n }, unit: 'day', relative: true };
  }
  let year: number;
  if (base.yearShift !== null) year = a.year + base.yearShift;
  else if (base.shift !== null && base.shift !== 0) {
    // "last June": the most recent June before the anchor's month; "next June": the first after it.
    year = base.shift < 0 ? (month < a.month ? a.year : a.year - 1) : month > a.month ? a.year : a.year + 1;
  } else if (base.shift === 0) year = a.year;
  else {
    const key = month * 100 + (day ?? (ahead ? 31 : 1));
    const anchorKey = a.month * 100 + a.day;
    year = ahead ? (key >= anchorKey ? a.year : a.year + 1) : key <= anchorKey ? a.year : a.year - 1;
    if (!ahead && !past && day !== null && nearFuture(year, month, day, anchor)) year++;
  }
  if (day === null) return { period: monthPeriod(year, month), unit: 'month', relative: true };
  if (!isValidDate(year, month, day)) return { period: UNRESOLVED, unit: 'day', relative: true };
  const n = dayNumber(year, month, day);
  return { period: { start: n, end: n }, unit: 'day', relative: true };
}

/** "on the 4th": that day of the anchor's month, or of the month before (after, when looking ahead). */
function dayOfMonth(day: number, ahead: boolean, a: { year: number; month: number; day: number }): Resolved {
  const shift = ahead ? (day >= a.day ? 0 : 1) : day <= a.day ? 0 : -1;
  const first = addMonths(dayNumber(a.year, a.month, 1), shift);
  const m = toYmd(first);
  if (!isValidDate(m.year, m.month, day)) return { period: UNRESOLVED, unit: 'day', relative: true };
  const n = dayNumber(m.year, m.month, day);
  return { period: { start: n, end: n }, unit: 'day', relative: true };
}

/**
 * A day without a year that would lie most of a year back but is only weeks ahead ("the Dec. 12
 * election" in late November) is the coming one: news writes the year of a day that old.
 */
const FAR_BACK_DAYS = 270;
const NEAR_AHEAD_DAYS = 92;

function nearFuture(pastYear: number, month: number, day: number, anchor: DayNumber): boolean {
  if (!isValidDate(pastYear, month, day) || !isValidDate(pastYear + 1, month, day)) return false;
  return anchor - dayNumber(pastYear, month, day) > FAR_BACK_DAYS && dayNumber(pastYear + 1, month, day) - anchor <= NEAR_AHEAD_DAYS;
}

function resolveWeekday(wd: number, shift: number | null, ahead: boolean, anchor: DayNumber): DayNumber {
  const today = weekday(anchor);
  if (shift === 0) return isoWeek(anchor).start! + wd - 1;
  if (shift !== null && shift > 0) return anchor + (((wd - today + 6) % 7) + 1);
  if (shift !== null && shift < 0) return anchor - (((today - wd + 6) % 7) + 1);
  return ahead ? anchor + ((wd - today + 7) % 7) : anchor - ((today - wd + 7) % 7);
}

function resolveSeason(first: number, year: number | null, shift: number | null, ahead: boolean, anchor: DayNumber | null): Resolved {
  if (year !== null) return { period: monthsPeriod(year, first, first + 2), unit: 'month', relative: false };
  if (anchor === null) return { period: UNRESOLVED, unit: 'month', relative: true };
  const a = toYmd(anchor);
  // Seasons are indexed by the month index (year * 12 + month - 1) they start at.
  const seasonStartMonth = a.month === 12 || a.month <= 2 ? 12 : Math.floor(a.month / 3) * 3;
  const current = (a.month <= 2 ? a.year - 1 : a.year) * 12 + seasonStartMonth - 1;
  const offset = first - 1;
  let y: number;
  if (shift === 0) y = first === 12 && a.month <= 2 ? a.year - 1 : a.year;
  else if (shift !== null && shift < 0) y = Math.floor((current - 1 - offset) / 12);
  else if (shift !== null && shift > 0) y = Math.ceil((current + 1 - offset) / 12);
  else y = ahead ? Math.ceil((current - offset) / 12) : Math.floor((current - offset) / 12);
  return { period: monthsPeriod(y, first, first + 2), unit: 'month', relative: true };
}

/** The calendar unit containing `day`, shifted by `shift` units. */
function unitAround(day: DayNumber, unit: Unit, shift: number): Period {
  const { year, month } = toYmd(day);
  switch (unit) {
    case 'day': return { start: day + shift, end: day + shift };
    case 'week': {
      const w = isoWeek(day + shift * 7);
      return w;
    }
    case 'weekend': {
      const w = isoWeek(day + shift * 7);
      return { start: w.start! + 5, end: w.end };
    }
    case 'month': {
      const m = toYmd(addMonths(dayNumber(year, month, 1), shift));
      return monthPeriod(m.year, m.month);
    }
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + shift;
      const first = q * 3 + 1;
      return monthsPeriod(year, first, first + 2);
    }
    case 'year': return yearsPeriod(year + shift, year + shift);
    case 'decade': {
      const first = Math.floor(year / 10) * 10 + shift * 10;
      return yearsPeriod(first, first + 9);
    }
    case 'century': {
      const first = Math.floor(year / 100) * 100 + shift * 100;
      return yearsPeriod(first, first + 99);
    }
  }
}

function shiftDay(day: DayNumber, unit: Unit, count: number): DayNumber {
  switch (unit) {
    case 'day': return day + count;
    case 'week':
    case 'weekend': return day + count * 7;
    case 'month': return addMonths(day, count);
    case 'quarter': return addMonths(day, count * 3);
    case 'year': return addMonths(day, count * 12);
    case 'decade': return addMonths(day, count * 120);
    case 'century': return addMonths(day, count * 1200);
  }
}

/** A part of a resolved period: early/mid/late thirds, the start or end, the first or last N units. */
export function applySlice(r: Resolved, slice: Slice): Resolved {
  const { start, end } = r.period;
  if (start === null || end === null) return r;
  if (typeof slice === 'object') {
    if ('nth' in slice) {
      // "the second week of March": the nth unit counted from the period's start (days 8–14).
      const from = shiftDay(start, slice.unit, slice.nth - 1);
      return from > end ? r : { ...r, period: { start: from, end: Math.min(end, shiftDay(start, slice.unit, slice.nth) - 1) }, unit: slice.unit };
    }
    if ('first' in slice) return { ...r, period: { start, end: Math.min(end, shiftDay(start, slice.unit, slice.first) - 1) }, unit: slice.unit === 'day' ? 'day' : slice.unit };
    return { ...r, period: { start: Math.max(start, shiftDay(end + 1, slice.unit, -slice.last)), end }, unit: slice.unit };
  }
  const s = toYmd(start);
  switch (r.unit) {
    case 'week': {
      // Monday–Wednesday, Wednesday–Friday, Thursday–Sunday.
      const [from, to] = slice === 'mid' ? [2, 4] : slice === 'late' || slice === 'end' ? [3, 6] : [0, 2];
      return { ...r, period: { start: start + from, end: Math.min(end, start + to) } };
    }
    case 'month': {
      const last = daysInMonth(s.year, s.month);
      const [from, to] = slice === 'mid' ? [11, 20] : slice === 'late' || slice === 'end' ? [21, last] : [1, 10];
      if (toYmd(end).month !== s.month) return r; // a season: slice by months below
      return { ...r, period: { start: dayNumber(s.year, s.month, from), end: dayNumber(s.year, s.month, to) } };
    }
    case 'quarter':
    case 'year': {
      const months = Math.round((end - start) / 30.44);
      const third = Math.max(1, Math.round(months / 3));
      const [from, to] = slice === 'early' ? [0, third - 1] : slice === 'mid' ? [third, months - third - 1] : slice === 'late' ? [months - third, months - 1] : slice === 'start' ? [0, 0] : [months - 1, months - 1];
      return { ...r, period: monthsPeriod(s.year, s.month + from, s.month + to) };
    }
    case 'decade':
    case 'century': {
      const years = toYmd(end).year - s.year + 1;
      const third = Math.max(1, Math.round(years * 0.3));
      const [from, to] = slice === 'early' ? [0, third - 1] : slice === 'mid' ? [third, years - third - 1] : slice === 'late' ? [years - third, years - 1] : slice === 'start' ? [0, 0] : [years - 1, years - 1];
      return { ...r, period: yearsPeriod(s.year + from, s.year + to) };
    }
    default:
      return r;
  }
}

function applyOpener(r: Resolved, opener: TimeExpr['opener'], ahead: boolean, anchor: DayNumber | null): Resolved {
  const { start, end } = r.period;
  switch (opener) {
    // "since X" runs to the anchor; an X after the anchor (a wrong anchor) keeps its own end.
    case 'since': return { ...r, period: { start, end: start === null || anchor === null ? null : anchor >= start ? anchor : end }, relative: true };
    case 'until':
    case 'by': {
      const forward = anchor !== null && end !== null && (end >= anchor || ahead) && (start === null || start > anchor || end >= anchor);
      return { ...r, period: { start: forward ? anchor : null, end }, relative: true };
    }
    case 'asof': return { ...r, period: { start: null, end } };
    case 'before': return { ...r, period: { start: null, end: start === null ? null : start - 1 } };
    case 'after': return { ...r, period: { start: end === null ? null : end + 1, end: null } };
    default: return r;
  }
}
