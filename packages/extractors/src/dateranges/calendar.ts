/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC).
 * Plain integers keep periods cheap to compare and shift; `Date` is used only for the
 * Gregorian conversions, never for "now".
 */

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  // setUTCFullYear, unlike Date.UTC, does not map the years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function toYmd(n: DayNumber): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDate(n: DayNumber): string {
  const { year, month, day } = toYmd(n);
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses `YYYY-MM-DD` (a real calendar date) into a day number, else null. */
export function parseIsoDate(value: string): DayNumber | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function weekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** A period of whole days, both ends inclusive; null = open or unknown. */
export interface Period {
  readonly start: DayNumber | null;
  readonly end: DayNumber | null;
}

export function monthPeriod(year: number, month: number): Period {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
}

/** Months `first`..`last` of a year; months past 12 run into the next years. */
export function monthsPeriod(year: number, first: number, last: number): Period {
  const endYear = year + Math.floor((last - 1) / 12);
  const endMonth = ((((last - 1) % 12) + 12) % 12) + 1;
  const startYear = year + Math.floor((first - 1) / 12);
  const startMonth = ((((first - 1) % 12) + 12) % 12) + 1;
  return { start: dayNumber(startYear, startMonth, 1), end: dayNumber(endYear, endMonth, daysInMonth(endYear, endMonth)) };
}

export function yearsPeriod(first: number, last: number): Period {
  return { start: dayNumber(first, 1, 1), end: dayNumber(last, 12, 31) };
}

export function dayPeriod(n: DayNumber): Period {
  return { start: n, end: n };
}

/** The ISO week (Monday–Sunday) containing a day. */
export function isoWeek(n: DayNumber): Period {
  const monday = n - (weekday(n) - 1);
  return { start: monday, end: monday + 6 };
}

/** Shift a day by whole months, clamping the day of month ("Mar 31" − 1 month → "Feb 28"). */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const { year, month, day } = toYmd(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}
