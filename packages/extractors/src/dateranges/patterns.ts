/**
 * Regular-expression fragments compiled from the word tables. Every alternation is a plain
 * list of words (longest first) between fixed separators, so each pattern runs in linear time.
 */
import { HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, WEEKDAYS } from './tables.js';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[^\\S\\n]+');

/** An alternation of words, longest first so "september" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');
}

/** White space inside one line (expressions never span lines). */
export const SP = '[^\\S\\n]+';
export const OSP = '[^\\S\\n]*';
/** An optional comma between spaces, written so that the spaces split one way only (linear matching). */
export const COMMA = `${OSP}(?:,${OSP})?`;
/** An optional hyphen between spaces ("third-quarter", "third quarter", "2017 - Q1"). */
export const HYPHEN = `${OSP}(?:-${OSP})?`;

export const MONTH = `(?:${alternation(Object.keys(MONTHS))})\\.?`;
export const WEEKDAY_FULL = `(?:${alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))})`;
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})\\.?`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const HOLIDAY = `(?:${alternation(Object.keys(HOLIDAYS))})`;
export const ORDINAL_WORD = `(?:${alternation(Object.keys(ORDINAL_WORDS).filter((w) => w !== 'last' && w !== 'final'))})`;
/** A count of units: digits or a number word ("two", "a few", "a couple of", "couple of"). */
export const COUNT = `(?:\\d{1,3}|(?:${alternation(Object.keys(NUMBER_WORDS))})(?:${SP}of)?)`;
export const DAY_NUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)';
export const YEAR4 = '(?:1[0-9]\\d\\d|20\\d\\d)(?!\\d)';
/** A year that scraping may have glued to a clock time ("Nov 20 20194:29 AM"). */
export const YEAR4_GLUED = '(?:1[0-9]\\d\\d|20\\d\\d)(?!\\d(?!\\d?:\\d\\d))';
export const UNIT = '(?:days?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century)';
export const DASH = '(?:-|–|—|‒|―)';

/** Case-insensitive, global, Unicode-free (ASCII word boundaries are what English dates need). */
export const re = (source: string): RegExp => new RegExp(source, 'gi');

/** Lookup helpers: table values for matched words (normalised: lower case, single spaces, no dot). */
export const norm = (word: string): string => word.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
