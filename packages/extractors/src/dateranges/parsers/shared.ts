/**
 * Shared pieces of the parsers: the parser shape, word lookups, the time words that
 * license a bare month or season, and the small look-around patterns (listed for the ReDoS check).
 */
import type { TimeExpr } from '../expr.js';
import { charAfter, charBefore, isCapitalised } from '../context.js';
import { norm } from '../patterns.js';
import { AMBIGUOUS_MONTHS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, UNITS, WEEKDAYS } from '../tables.js';
import type { Unit } from '../tables.js';

/** Small look-around patterns of this module (listed for the ReDoS check). */
export const LEADING_DIGITS = /^\d+/;
export const ALL_DIGITS = /^\d+$/;
export const VAGUE_COUNT = /few|several/i;
export const GLUE_BEFORE = /[\w$€£¥@#/]/;
export const WORD_CHAR = /\w/;
export const NUMBER_AFTER = /^[.,]?\d/;
export const NUMERIC_BEFORE = /[$€£¥\d.]/;
export const CURRENCY_BEFORE = /[$€£¥][^\S\n]?$/;
export const STARTS_WITH_DIGIT = /^\d/;
export const OF_WORD = /\bof\b/i;
export const JUNE_JULY = /^(?:june|july)$/i;
export const NOT_YEAR_BEFORE = /[$€£¥#.,:/\d-]/;
export const NOT_YEAR_AFTER = /^(?:[.,:]\d|%|-\d|\/\d|[\w])/;
/** A plural noun after a number ("2000 accounts"); not "analysis", "census", "business". */
export const PLURAL_WORD = /^[a-z]{2,}[^siu]s$/;
export const UPPER_CODE = /^[A-Z]{1,5}$/;
export const NOT_A_CODE = /^(?:FY|AD|BC|CE|BCE|IN|OF|BY|SINCE|UNTIL|THE|FROM|TO|AND)$/;
export const DIGIT = /\d/;
export const QUARTER_LETTER = /[QH]/;
export const OF_THE_YEAR = /of the year/i;
export const STARTS_WITH_THE = /^the/i;
export const HAS_HYPHEN = /-/;
export const QUARTER_NOUNS = /^(?:of|results|earnings|profit|profits|revenue|sales|growth|gdp)$/;
export const SEASON_NOUNS = /^(?:camp|school|session|term|olympics|games|collection|break|holidays?|months|season|seasons|weather|storms?|wheat|crops?|sales)$/;
export const TODAY = /^today$/i;
export const USA = /usa$/i;
export const DAY_WORD = /^day$/i;
export const NEXT_FOLLOWING_PREVIOUS = /^(?:next|following|previous)$/i;
export const PAST_LAST_PREVIOUS = /^(?:past|last|previous)$/;
export const CLAUSE_EDGE_AFTER = /^(?:[,.;:!?)”"’]|\s*$|\s+(?:this|in|on|at)\b)/;
export const LOWER_WORD_AFTER = /^\s[a-z]/;
export const DEGREE_AFTER = /^\s(?:from|as|away|ahead|behind|beyond|too|more|less|been|has|have|from)/;
export const FORWARD_WORD = /^(?:next|coming|following)$/i;
export const FIRST_FINAL = /^(?:first|final)$/i;
export const LAST_WORD = /^last$/i;
export const FIRST_WORD = /^first$/i;
export const COMING_NEXT = /^(?:coming|next)$/i;
export const WEEKEND_LEADS = /^(?:over|during|at|on|throughout)$/;
export const WEEK_WORD = /^week$/i;
export const NEXT_FOLLOWING = /^(?:next|following)$/i;
export const COPYRIGHT_BEFORE = /©[^\S\n]?$/;
export const OF_SUFFIX = / of$/;
export const THE_WORD = /^the$/i;
export const LOWER_START = /^[a-z]/;
export const LOWER_WORD_AFTER_MONTH = /^[^\S\n][a-z]/;
export const PLURAL_UNIT = /s$/i;
export const BEFORE_AFTER = /^(?:before|after)$/i;
export const LATER_WORDS = /^(?:later|after)$/i;
/** A character glued before a numeric date that makes it part of something else (a path, a code, a price). */
export const GLUE_BEFORE_DATE = /[\w$€£¥@#/.:-]/;
/** "-3/1/2019" after a year-less month/day: the end of a range of dates. */
export const SLASH_RANGE_AFTER = /^[^\S\n]*[-–][^\S\n]*\d{1,2}\/\d{1,2}\/\d{4}/;

/** Every helper pattern of the parsers. */
export const PARSER_HELPER_PATTERNS: readonly RegExp[] = [LEADING_DIGITS, ALL_DIGITS, VAGUE_COUNT, GLUE_BEFORE, WORD_CHAR, NUMBER_AFTER, NUMERIC_BEFORE, CURRENCY_BEFORE, STARTS_WITH_DIGIT, OF_WORD, JUNE_JULY, NOT_YEAR_BEFORE, NOT_YEAR_AFTER, PLURAL_WORD, UPPER_CODE, NOT_A_CODE, DIGIT, QUARTER_LETTER, OF_THE_YEAR, STARTS_WITH_THE, HAS_HYPHEN, QUARTER_NOUNS, SEASON_NOUNS, TODAY, USA, DAY_WORD, NEXT_FOLLOWING_PREVIOUS, PAST_LAST_PREVIOUS, CLAUSE_EDGE_AFTER, LOWER_WORD_AFTER, DEGREE_AFTER, FORWARD_WORD, FIRST_FINAL, LAST_WORD, FIRST_WORD, COMING_NEXT, WEEKEND_LEADS, WEEK_WORD, NEXT_FOLLOWING, COPYRIGHT_BEFORE, OF_SUFFIX, GLUE_BEFORE_DATE, SLASH_RANGE_AFTER, THE_WORD, LOWER_START, LOWER_WORD_AFTER_MONTH, PLURAL_UNIT, BEFORE_AFTER, LATER_WORDS];

export interface Parser {
  readonly name: string;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, text: string): TimeExpr | null;
}

export const monthOf = (word: string | undefined): number | null => (word === undefined ? null : (MONTHS[norm(word)] ?? null));
export const weekdayOf = (word: string | undefined): number | null => (word === undefined ? null : (WEEKDAYS[norm(word)] ?? null));
export const unitOf = (word: string): Unit => UNITS[norm(word)] ?? 'day';
export const dayOf = (word: string | undefined): number | null => {
  if (word === undefined) return null;
  const digits = LEADING_DIGITS.exec(word);
  return digits ? Number(digits[0]) : (ORDINAL_WORDS[norm(word)] ?? null);
};
export const countOf = (word: string): number | null => {
  const full = norm(word);
  const w = full.replace(OF_SUFFIX, '');
  if (ALL_DIGITS.test(w)) return Number(w);
  return NUMBER_WORDS[full] ?? NUMBER_WORDS[w] ?? null;
};
/** "a few", "several": a count with no definite value. */
export const isVague = (word: string): boolean => VAGUE_COUNT.test(word);

/** Words before a bare month or season that make it a time expression ("in May", "since March"). */
export const TIME_CUES = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'of', 'during', 'early', 'mid', 'late', 'last', 'next', 'this',
  'before', 'after', 'between', 'and', 'throughout', 'or', 'on', 'end', 'beginning', 'start', 'middle', 'past', 'coming', 'starting', 'effective',
]);

/** A month name that is also a word (May, March) counts only when written as a name. */
export function plausibleMonth(text: string, start: number, word: string): boolean {
  if (!AMBIGUOUS_MONTHS.has(norm(word))) return true;
  return isCapitalised(text, start);
}

export const glued = (text: string, start: number, end: number): boolean => GLUE_BEFORE.test(charBefore(text, start)) || WORD_CHAR.test(charAfter(text, end));

export const FULL_MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
