/**
 * Lookup structures built once from the data tables, and the small word helpers shared by the
 * attachers and the filters (plural test, lemma, multi-word phrase lookup).
 */
import { CODE_ALIASES, COUNTRY_DOLLARS, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS } from './data/currencies.js';
import { LONG_WORDS, PERCENT_WORDS, UNITS } from './data/units.js';
import { SMALL_NUMBERS, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from './data/numbers.js';
import type { UnitEntry } from './data/units.js';
import { APPROXIMATORS, IRREGULAR_PLURALS, LEADING_NOT_IN_SPAN, NOT_PLURAL, PHRASE_STOP_WORDS } from './data/words.js';
import { Tok } from './lexer.js';
import { CAPITALISED, ES_PLURAL, IES_PLURAL, LETTERS_PREFIX, LOWER_CASE, NOT_PLURAL_ENDING } from './patterns.js';
import type { Token } from './lexer.js';

export const STOP = new Set(PHRASE_STOP_WORDS);
export const NOT_PLURAL_SET = new Set(NOT_PLURAL);
export const CODES = new Set(CURRENCY_CODES);

/** Abbreviated units read after a space only when they cannot be an ordinary word. */
const SPACED_ABBREVIATION_BLOCKLIST = new Set(['in', 'ha', 'mi', 'min', 'sec', 'gal', 'gm', 'pc', 'bp', 'v', 'yd', 'ft']);

export const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind === Tok.Word;
export const isCapitalised = (t: Token | undefined): boolean => isWordToken(t) && CAPITALISED.test(t.text);
export const isLowerWord = (t: Token | undefined): boolean => isWordToken(t) && LOWER_CASE.test(t.text);

/** A phrase of tokens joined as written: glued tokens concatenate, spaced ones get one space. */
export function phraseKey(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (k > from && !t.glued) key += ' ';
    key += t.kind === Tok.Word ? t.lower : t.text;
  }
  return key;
}

export interface PhraseMatch<T> {
  readonly last: number;
  readonly value: T;
}

// Every prefix and suffix of every key of a table: a phrase whose first (last) token is not one
// is skipped without building any key. Built once per table.
const prefixes = new WeakMap<ReadonlyMap<string, unknown>, { starts: Set<string>; ends: Set<string> }>();

function edgesOf(table: ReadonlyMap<string, unknown>): { starts: Set<string>; ends: Set<string> } {
  let edges = prefixes.get(table);
  if (edges === undefined) {
    edges = { starts: new Set(), ends: new Set() };
    for (const key of table.keys()) {
      for (let k = 1; k <= key.length; k++) {
        edges.starts.add(key.slice(0, k));
        edges.ends.add(key.slice(key.length - k));
      }
    }
    prefixes.set(table, edges);
  }
  return edges;
}

const keyText = (t: Token): string => (t.kind === Tok.Word ? t.lower : t.text);

/** Longest table phrase starting at `i` (up to `maxTokens` tokens), on lower-cased keys. */
export function matchForward<T>(table: ReadonlyMap<string, T>, tokens: readonly Token[], i: number, maxTokens: number): PhraseMatch<T> | undefined {
  const first = tokens[i];
  if (first === undefined || !edgesOf(table).starts.has(keyText(first))) return undefined;
  for (let n = Math.min(maxTokens, tokens.length - i); n >= 1; n--) {
    // A phrase never runs over a line break or sentence punctuation gap.
    const value = table.get(phraseKey(tokens, i, i + n - 1));
    if (value !== undefined) return { last: i + n - 1, value };
  }
  return undefined;
}

/** Longest table phrase ending at `i`, on lower-cased keys; returns the phrase's first token as `last`. */
export function matchBackward<T>(table: ReadonlyMap<string, T>, tokens: readonly Token[], i: number, maxTokens: number): PhraseMatch<T> | undefined {
  const last = tokens[i];
  if (last === undefined || !edgesOf(table).ends.has(keyText(last))) return undefined;
  for (let n = Math.min(maxTokens, i + 1); n >= 1; n--) {
    const value = table.get(phraseKey(tokens, i - n + 1, i));
    if (value !== undefined) return { last: i - n + 1, value };
  }
  return undefined;
}

/** Lower-case words that can begin a quantity (number words, vague amounts, currency prefixes…). */
export const START_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'half', 'several', 'few', 'many', 'minus', 'negative',
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(VAGUE_PLURALS),
  ...Object.keys(VAGUE_MULTIPLIERS).map((p) => p.split(' ')[0] as string),
  ...Object.keys(LONG_WORDS).map((p) => p.split('-')[0] as string),
  ...Object.keys(CURRENCY_SYMBOLS).map((s) => LETTERS_PREFIX.exec(s)?.[0]).filter((s): s is string => s !== undefined),
]);

export const APPROXIMATOR_TABLE = new Map(Object.entries(APPROXIMATORS));
export const LEADING_TABLE = new Map(LEADING_NOT_IN_SPAN.map((p) => [p, true] as const));
export const PERCENT_TABLE = new Map(PERCENT_WORDS.map((p) => [p, true] as const));
export const UNIT_TABLE: ReadonlyMap<string, UnitEntry> = UNITS;
export const SYMBOL_TABLE = new Map(Object.entries(CURRENCY_SYMBOLS));
export const NAME_TABLE = new Map(Object.entries(CURRENCY_NAMES));
export const COUNTRY_TABLE = new Map(Object.entries(COUNTRY_DOLLARS));

export function currencyCode(code: string): string {
  return CODE_ALIASES[code] ?? code;
}

/** Whether an abbreviated unit may be read here (glued, or spaced and unambiguous). */
export function abbreviationAllowed(entry: UnitEntry, key: string, glued: boolean): boolean {
  if (!entry.abbreviation || glued) return true;
  return key.length >= 2 && !SPACED_ABBREVIATION_BLOCKLIST.has(key);
}

/** True for a plural noun form (regular or listed). */
export function isPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS[lower] !== undefined) return true;
  if (lower.length < 3 || NOT_PLURAL_SET.has(lower) || STOP.has(lower)) return false;
  if (!lower.endsWith('s')) return false;
  if (NOT_PLURAL_ENDING.test(lower)) return false;
  return true;
}

/** Singular lemma of a noun ("policies" → "policy", "crashes" → "crash", "people" → "person"). */
export function lemma(lower: string): string {
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular !== undefined) return irregular;
  if (!isPlural(lower)) return lower;
  if (IES_PLURAL.test(lower)) return `${lower.slice(0, -3)}y`;
  if (ES_PLURAL.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

