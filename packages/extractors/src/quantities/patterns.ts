/**
 * Every regular expression of the quantities extractor, named, in one place: the ReDoS check
 * reads `QUANTITY_PATTERNS`. All are anchored or bounded, with no nested quantifiers over
 * overlapping classes, so each runs in linear time.
 */
export { TOKEN_PATTERN } from './lexer.js';
import { LETTER_AT, TOKEN_AT, TOKEN_PATTERN } from './lexer.js';

/** "25,000", "1,322.5": comma thousands groups. */
export const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** "930.000", "1.250.000": dot thousands groups (only read when no scale word follows). */
export const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
export const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
export const THREE_DIGITS = /^\d{3}$/;
export const FOUR_DIGITS = /^\d{4}$/;
export const ONE_TO_THREE_DIGITS = /^\d{1,3}$/;
/** A digit group after a space: three digits, the last one possibly with decimals. */
export const THREE_DIGITS_GROUP = /^\d{3}(?:\.\d+)?$/;
/** White space that only ever separates digit groups inside one number. */
export const GROUP_SPACE = /^[\u00a0\u202f\u2009]$/;
export const INTEGER = /^\d+$/;
export const COMMAS = /,/g;
export const DOTS = /\./g;
export const YEAR = /^(?:1[89]\d\d|20\d\d|2100)$/;
export const CAPITALISED = /^\p{Lu}/u;
/** "10M", "2B": capital scale letters glued to digits. */
export const CAPITAL_SCALE_LETTER = /^[MB]$/;
export const LOWER_CASE = /^\p{Ll}/u;
/** A lower-case word ending in "s" (a rough plural test for "2.5m people"), or "people". */
export const LOWER_PLURAL = /^(?:\p{Ll}+[^s\W]s|people|children)$/u;
export const LETTERS_PREFIX = /^\p{L}+/u;
export const VERB_LIKE = /(?:ed|ing|ly)$/;
export const SUPERLATIVE = /(?:est|most|best|worst)$/;
export const POSSESSIVE = /['’]s$/;
export const DOLLAR_WORD = /^dollars?$/;
export const POINT_WORD = /^points?$/;
/** Endings of words in "s" that are not plurals ("status", "basis", "famous", "Boeing's"). */
export const NOT_PLURAL_ENDING = /(?:ss|us|is|ous|’s|'s)$/;
export const IES_PLURAL = /[^aeiou]ies$/;
export const ES_PLURAL = /(?:ch|sh|ss|x|z)es$/;

/** Keys of the currency symbol table that are words ("rs", "rs."): gate words (gate.ts). */
export const LETTER_PREFIX_KEY = /^[a-z.]+$/;

export const QUANTITY_PATTERNS: readonly RegExp[] = [
  LETTER_PREFIX_KEY,
  TOKEN_PATTERN,
  TOKEN_AT,
  LETTER_AT,
  COMMA_GROUPED,
  DOT_GROUPED,
  PLAIN_DECIMAL,
  THREE_DIGITS,
  FOUR_DIGITS,
  ONE_TO_THREE_DIGITS,
  THREE_DIGITS_GROUP,
  GROUP_SPACE,
  INTEGER,
  COMMAS,
  DOTS,
  YEAR,
  CAPITALISED,
  CAPITAL_SCALE_LETTER,
  LOWER_CASE,
  LOWER_PLURAL,
  LETTERS_PREFIX,
  VERB_LIKE,
  POSSESSIVE,
  SUPERLATIVE,
  DOLLAR_WORD,
  POINT_WORD,
  NOT_PLURAL_ENDING,
  IES_PLURAL,
  ES_PLURAL,
];
