/**
 * Parsers: each is one linear pattern plus an `extract` that turns a match into a parsed
 * expression (what the text states) or rejects it. They propose atoms; the refiners merge
 * atoms into ranges and periods and drop false positives.
 */
import { isoDate, dayOfMonth, slashDate, slashMonthDay, monthDay, dayMonth, monthYear, bareMonth, weekdayParser, dayRange, holiday } from './dates.js';
import { year, ADDRESS, AT_LEAST_AFTER_OPENER, LATER_THAN, SPORTS_WORDS, yearRange, decade, quarter, fiscal, season } from './years.js';
import { dayWord, unitShift, toDate, recent, stretch, offset, vagueStretch, theWeekend, theUnit, nowWord } from './relative.js';
import { PARSER_HELPER_PATTERNS } from './shared.js';
import type { Parser } from './shared.js';

export type { Parser } from './shared.js';
export { FULL_MONTH_NAMES } from './shared.js';

/** Every parser, in order of preference for equal spans. */
export const PARSERS: readonly Parser[] = [
  isoDate, slashDate, dayRange, monthDay, dayMonth, monthYear, yearRange, quarter, fiscal, decade, season, holiday,
  toDate, stretch, vagueStretch, offset, unitShift, theWeekend, dayWord, recent, weekdayParser, bareMonth, slashMonthDay, dayOfMonth, year, theUnit, nowWord,
];

/** Every pattern the parsers run, for the ReDoS check. */
export const PARSER_PATTERNS: readonly RegExp[] = [...PARSERS.map((p) => p.pattern), ADDRESS, AT_LEAST_AFTER_OPENER, LATER_THAN, SPORTS_WORDS, ...PARSER_HELPER_PATTERNS];
