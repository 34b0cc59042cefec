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

/**
 * A table's own entries as a Map: "constructor" or "toString" in a text are words, not members
 * every plain object inherits; and Map.get hashes a fresh token string once, where keyed access
 * on a plain object looks every new string up in the engine's string table.
 */
export function lookup<V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map<string, V>(Object.entries(record));
}

export const STOP = new Set(PHRASE_STOP_WORDS);
export const NOT_PLURAL_SET = new Set(NOT_PLURAL);
export const CODES = new Set(CURRENCY_CODES);
export const IRREGULAR = lookup(IRREGULAR_PLURALS);
/** Currency signs that can open an amount ("$5", "€1.5bn"), each a one-character punctuation token. */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set([...'$£€¥￥₹₩₽₺₱₦₫฿₪₴₿₾']);

/** Abbreviated units read after a space only when they cannot be an ordinary word. */
const SPACED_ABBREVIATION_BLOCKLIST = new Set(['in', 'ha', 'mi', 'min', 'sec', 'gal', 'gm', 'pc', 'bp', 'v', 'yd', 'ft']);

export const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind === Tok.Word;
/** Whether a text opens with a capital / a lower-case letter: ASCII by code, anything else by its Unicode class. */
export function startsCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITALISED.test(text);
}
export function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_CASE.test(text);
}

/** True when upper-casing leaves the text as it is (ASCII read by code, anything else upper-cased). */
export function isUpperCaseText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text === text.toUpperCase();
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

export const isCapitalised = (t: Token | undefined): boolean => isWordToken(t) && startsCapitalised(t.text);
export const isLowerWord = (t: Token | undefined): boolean => isWordToken(t) && startsLowerCase(t.text);

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

/**
 * Longest table phrase starting at `i` (up to `maxTokens` tokens), on lower-cased keys. The key
 * grows a token at a time and stops once it is no key's prefix: no longer phrase can be a key.
 */
export function matchForward<T>(table: ReadonlyMap<string, T>, tokens: readonly Token[], i: number, maxTokens: number): PhraseMatch<T> | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  const { starts } = edgesOf(table);
  let key = keyText(first);
  let found: PhraseMatch<T> | undefined;
  const last = Math.min(i + maxTokens, tokens.length) - 1;
  for (let k = i; ; ) {
    if (!starts.has(key)) return found;
    const value = table.get(key);
    if (value !== undefined) found = { last: k, value };
    if (++k > last) return found;
    const t = tokens[k] as Token;
    key = t.glued ? key + keyText(t) : `${key} ${keyText(t)}`;
  }
}

/** Longest table phrase ending at `i`, on lower-cased keys; returns the phrase's first token as `last`. */
export function matchBackward<T>(table: ReadonlyMap<string, T>, tokens: readonly Token[], i: number, maxTokens: number): PhraseMatch<T> | undefined {
  const lastToken = tokens[i];
  if (lastToken === undefined) return undefined;
  const { ends } = edgesOf(table);
  let key = keyText(lastToken);
  let found: PhraseMatch<T> | undefined;
  const first = Math.max(i - maxTokens + 1, 0);
  for (let k = i; ; ) {
    if (!ends.has(key)) return found;
    const value = table.get(key);
    if (value !== undefined) found = { last: k, value };
    if (--k < first) return found;
    const after = tokens[k + 1] as Token;
    key = after.glued ? keyText(tokens[k] as Token) + key : `${keyText(tokens[k] as Token)} ${key}`;
  }
}

/** True when a table key starts with the token's key text (a cheap test before building phrases). */
export const mayStartKey = (table: ReadonlyMap<string, unknown>, t: Token): boolean => edgesOf(table).starts.has(keyText(t));

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
  if (IRREGULAR.get(lower) !== undefined) return true;
  if (lower.length < 3 || NOT_PLURAL_SET.has(lower) || STOP.has(lower)) return false;
  if (!lower.endsWith('s')) return false;
  if (NOT_PLURAL_ENDING.test(lower)) return false;
  return true;
}

/** Singular lemma of a noun ("policies" → "policy", "crashes" → "crash", "people" → "person"). */
export function lemma(lower: string): string {
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (!isPlural(lower)) return lower;
  if (IES_PLURAL.test(lower)) return `${lower.slice(0, -3)}y`;
  if (ES_PLURAL.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

