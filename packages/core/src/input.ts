/** Validation of what callers hand in: the text, its id and its publication date. */
import { InputTooLargeError, InputTypeError, PublishedAtError, describe } from './errors.js';

/** 50 million UTF-16 units: far above any article, low enough to stop runaway input. */
export const DEFAULT_MAX_LENGTH = 50_000_000;

export function checkText(text: unknown, maxLength: number = DEFAULT_MAX_LENGTH): string {
  if (typeof text !== 'string') {
    throw new InputTypeError(`text must be a string, got ${describe(text)}`);
  }
  if (text.length > maxLength) throw new InputTooLargeError(text.length, maxLength);
  return text;
}

export function checkId(id: unknown): string | null {
  if (id === undefined || id === null) return null;
  if (typeof id !== 'string') throw new InputTypeError(`id must be a string, got ${describe(id)}`);
  return id;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Accepts `YYYY-MM-DD`, an ISO date-time (the calendar date as written is kept, no time
 * zone shift) or a `Date`; returns `YYYY-MM-DD`, or null when absent.
 */
export function normalizePublishedAt(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new PublishedAtError(value);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') throw new PublishedAtError(value);
  const m = ISO_DATE.exec(value.trim());
  if (!m) throw new PublishedAtError(value);
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) throw new PublishedAtError(value);
  return `${y}-${mo}-${d}`;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
