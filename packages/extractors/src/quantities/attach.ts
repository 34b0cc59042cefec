/**
 * Attachers: what a number counts or measures. Currency before the number, then after it:
 * percent, currency names and codes, measure and duration units (also hyphenated: "100-day",
 * "58-year-old"), the "per …" rate, and otherwise the head noun of the counted phrase.
 */
import type { QuantityKind } from '@claimsift/core';
import { SUBUNITS } from './data/currencies.js';
import { LONG_WORDS, RATE_WORDS } from './data/units.js';
import { Tok } from './lexer.js';
import type { Token } from './lexer.js';
import {
  CODES,
  COUNTRY_TABLE,
  IRREGULAR,
  NAME_TABLE,
  PERCENT_TABLE,
  STOP,
  SYMBOL_TABLE,
  UNIT_TABLE,
  abbreviationAllowed,
  currencyCode,
  isCapitalised,
  isLowerWord,
  isPlural,
  isUpperCaseText,
  isWordToken,
  lemma,
  lookup,
  matchForward,
  mayStartKey,
  phraseKey,
} from './lexicon.js';
import type { UnitEntry } from './data/units.js';
import { DOLLAR_WORD, INTEGER, POINT_WORD, POSSESSIVE, VERB_LIKE } from './patterns.js';

export interface Unit {
  /** Last token of the span. */
  readonly last: number;
  readonly unit: string | null;
  readonly kind: QuantityKind;
  /** Divide the value by this (sub-units: "50 cents"). */
  readonly divisor?: number;
  readonly note?: string;
  /** How the unit was found; the filters use it. */
  readonly source: 'percent' | 'currency' | 'unit' | 'compound' | 'age' | 'noun' | 'none';
}

export interface CurrencyPrefix {
  readonly first: number;
  readonly last: number;
  readonly code: string;
}

const at = (tokens: readonly Token[], i: number): Token | undefined => tokens[i];
const isPunct = (t: Token | undefined, ...chars: string[]): boolean => t !== undefined && t.kind === Tok.Punct && chars.includes(t.text);
const HYPHENS = ['-', '‑', '–'];
const OLD_FORMS = new Set(['old', 'olds', "old's", 'old’s']);
const UPPER_CASE_UNITS = new Set(['W', 'V', 'L', 'C', 'F']);

/** A currency written before the number: "$", "US$", "HK$", "£", "Rs.", "USD". */
export function readCurrencyPrefix(tokens: readonly Token[], i: number): CurrencyPrefix | undefined {
  const t = at(tokens, i);
  if (t === undefined) return undefined;
  // A code is spaced from its number ("USD 5"); glued it is a name ("COP26").
  if (t.kind === Tok.Word && CODES.has(t.text)) return at(tokens, i + 1)?.glued === false ? { first: i, last: i, code: currencyCode(t.text) } : undefined;
  // Two or three glued tokens ("US" + "$", "Rs" + "."), then one.
  if (!mayStartKey(SYMBOL_TABLE, t)) return undefined;
  for (let n = 3; n >= 1; n--) {
    let glued = true;
    for (let k = i + 1; k < i + n; k++) glued &&= at(tokens, k)?.glued === true;
    if (!glued || i + n > tokens.length) continue;
    const code = SYMBOL_TABLE.get(phraseKey(tokens, i, i + n - 1));
    if (code !== undefined) {
      // Letters-only prefixes ("Rs", "rmb") must be spaced from a following word.
      return { first: i, last: i + n - 1, code };
    }
  }
  return undefined;
}

/** Percent right after the numeral: "12%", "12 per cent", "12 percentage points". */
export function readPercent(tokens: readonly Token[], i: number): Unit | undefined {
  const t = at(tokens, i);
  if (t === undefined) return undefined;
  if (isWordToken(t) && t.lower === 'percentage' && isWordToken(at(tokens, i + 1)) && POINT_WORD.test((tokens[i + 1] as Token).lower)) {
    return { last: i + 1, unit: 'percentage point', kind: 'percent', source: 'percent' };
  }
  if (t.lower === 'percentage') return undefined;
  const m = matchForward(PERCENT_TABLE, tokens, i, 3);
  if (m === undefined) return undefined;
  return { last: m.last, unit: 'percent', kind: 'percent', source: 'percent' };
}

/** A currency name or code after the number: "176 Hong Kong dollars", "420 million finnish markka", "5 EUR". */
export function readCurrencySuffix(tokens: readonly Token[], i: number, scaled = true): Unit | undefined {
  const t = at(tokens, i);
  // A symbol written after the number: "100₾", "50 €".
  if (t?.kind === Tok.Punct && SYMBOL_TABLE.has(t.text) && t.text !== '$') return { last: i, unit: SYMBOL_TABLE.get(t.text) as string, kind: 'money', source: 'currency' };
  if (!isWordToken(t)) return undefined;
  if (CODES.has(t.text)) return { last: i, unit: currencyCode(t.text), kind: 'money', source: 'currency' };
  const country = matchForward(COUNTRY_TABLE, tokens, i, 4);
  if (country !== undefined && DOLLAR_WORD.test(at(tokens, country.last + 1)?.lower ?? '')) {
    return { last: country.last + 1, unit: country.value, kind: 'money', source: 'currency' };
  }
  const name = matchForward(NAME_TABLE, tokens, i, 3);
  if (name === undefined) return undefined;
  const key = phraseKey(tokens, i, name.last);
  // "two pounds" is a weight; "5 million pounds" and "£5" are money.
  if (!scaled && (key === 'pound' || key === 'pounds')) return undefined;
  const divisor = SUBUNITS[key];
  return { last: name.last, unit: name.value, kind: 'money', source: 'currency', ...(divisor !== undefined ? { divisor } : {}) };
}

/** A measure or duration unit after the number, spaced or glued ("3.7 GW", "10km", "48 hour", "40 deg celsius"). */
export function readUnit(tokens: readonly Token[], i: number): Unit | undefined {
  const t = at(tokens, i);
  if (t === undefined || t.kind === Tok.Num) return undefined;
  const m = matchForward(UNIT_TABLE, tokens, i, 4) ?? possessiveUnit(t, i);
  if (m === undefined) return undefined;
  const key = phraseKey(tokens, i, m.last);
  if (!abbreviationAllowed(m.value, key, t.glued)) return undefined;
  if (m.value.upperOnly && t.text !== t.text.toUpperCase()) return undefined;
  // One-letter units keep their case: "5m" is metres, "5500M" is a model name; "5W", "5L" are fine.
  if (m.value.abbreviation && m.last === i && t.text.length === 1 && t.text !== t.lower && !UPPER_CASE_UNITS.has(t.text)) return undefined;
  // A one-letter unit glued to digits must not run on into a word ("5m" ok, "5th", "5s" are not this).
  const after = at(tokens, m.last + 1);
  if (m.value.abbreviation && after?.glued && after.kind !== Tok.Punct) return undefined;
  // "years old" / "year old" / "52 year-old": an age.
  if (m.value.unit === 'year' && isWordToken(after) && OLD_FORMS.has(after.lower)) {
    return { last: m.last + 1, unit: 'year', kind: 'duration', note: 'age', source: 'age' };
  }
  if (m.value.unit === 'year' && isPunct(after, ...HYPHENS) && after?.glued && OLD_FORMS.has(at(tokens, m.last + 2)?.lower ?? '') && at(tokens, m.last + 2)?.glued) {
    return { last: m.last + 2, unit: 'year', kind: 'duration', note: 'age', source: 'age' };
  }
  return { last: m.last, unit: m.value.unit, kind: m.value.kind, source: 'unit' };
}

/** "one year's imprisonment", "two weeks' notice": a time unit in the possessive. */
function possessiveUnit(t: Token, i: number): { last: number; value: UnitEntry } | undefined {
  if (t.kind !== Tok.Word || !POSSESSIVE.test(t.lower)) return undefined;
  const entry = UNIT_TABLE.get(t.lower.slice(0, -2));
  return entry?.kind === 'duration' ? { last: i, value: entry } : undefined;
}

/**
 * A hyphenated compound modifier after the number: "100-day" (duration), "58-year-old" (age),
 * "3-inch" (measure), "two-class" (counted noun), "$5-a-share". `i` is the hyphen.
 */
export function readCompound(tokens: readonly Token[], i: number): Unit | undefined {
  const hyphen = at(tokens, i);
  const word = at(tokens, i + 1);
  if (!isPunct(hyphen, ...HYPHENS) || !hyphen?.glued || !isWordToken(word) || !word.glued) return undefined;
  const entry = UNIT_TABLE.get(word.lower);
  if (entry !== undefined) {
    // "58-year-old": the age runs to "old".
    if (entry.unit === 'year' && isPunct(at(tokens, i + 2), ...HYPHENS) && OLD_FORMS.has(at(tokens, i + 3)?.lower ?? '') && at(tokens, i + 2)?.glued) {
      return { last: i + 3, unit: 'year', kind: 'duration', note: 'age', source: 'age' };
    }
    return { last: i + 1, unit: entry.unit, kind: entry.kind, source: 'compound' };
  }
  if (PERCENT_TABLE.has(word.lower)) return { last: i + 1, unit: 'percent', kind: 'percent', source: 'percent' };
  const currency = NAME_TABLE.get(word.lower);
  if (currency !== undefined) return { last: i + 1, unit: currency, kind: 'money', source: 'currency' };
  if (!isLowerWord(word) || STOP.has(word.lower)) return undefined;
  // "two-class", "14-member", "three-judge": a counted modifier, whose noun is the word itself.
  return { last: i + 1, unit: lemma(word.lower), kind: 'count', source: 'compound' };
}

/** An adjective duration with no numeral: "weeklong", "year-long". Returns the unit, or undefined. */
export function longDuration(tokens: readonly Token[], i: number): { last: number; unit: string } | undefined {
  const t = at(tokens, i);
  if (!isWordToken(t)) return undefined;
  const single = LONG.get(t.lower);
  if (single !== undefined) return { last: i, unit: single };
  if (isPunct(at(tokens, i + 1), ...HYPHENS) && at(tokens, i + 1)?.glued && at(tokens, i + 2)?.lower === 'long' && at(tokens, i + 2)?.glued) {
    const unit = LONG.get(`${t.lower}-long`);
    if (unit !== undefined) return { last: i + 2, unit };
  }
  return undefined;
}

const RATE_TABLE = new Map(Object.entries(RATE_WORDS));
const LONG = lookup(LONG_WORDS);

/** The "per …" part after a value: "/W", "/kWh", "a share", "per share", "per year". Not part of the span. */
export function readRate(tokens: readonly Token[], i: number): string | undefined {
  const t = at(tokens, i);
  if (t === undefined) return undefined;
  if (isPunct(t, '/') && t.glued) {
    const w = at(tokens, i + 1);
    if (isWordToken(w) && w.glued) return RATE_TABLE.get(w.lower) ?? RATE_TABLE.get(lemma(w.lower));
    return undefined;
  }
  if (isWordToken(t) && (t.lower === 'per' || t.lower === 'a' || t.lower === 'an' || t.lower === 'each')) {
    const w = at(tokens, i + 1);
    if (!isWordToken(w)) return undefined;
    if (t.lower !== 'per' && !['share', 'year', 'month', 'week', 'day', 'hour', 'barrel', 'head', 'person', 'ton', 'tonne', 'gallon', 'litre', 'liter', 'kilogram', 'night', 'piece'].includes(w.lower)) return undefined;
    return RATE_TABLE.get(w.lower) ?? lemma(w.lower);
  }
  return undefined;
}

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those', 'this', 'that']);
const MAX_PHRASE_WORDS = 6;

interface Head {
  readonly last: number;
  readonly unit: string;
}

/**
 * The head noun of the counted phrase after the number: the first plural noun ("30 Boeing jets",
 * "1.4 million social media posts"), or for one (and in a partitive) the last noun before the
 * phrase ends ("one toilet", "60 of the embattled 737 Max jet"). Stops at function words,
 * punctuation and other numbers. `singular` allows a singular head.
 */
export function readCountedNoun(tokens: readonly Token[], i: number, singular: boolean, vague: boolean): Unit | undefined {
  let k = i;
  // Partitive: "three of its commanders", "30 of Boeing's 787-9 Dreamliner jets", "hundreds of thousands of accounts".
  let partitive = false;
  if (isWordToken(at(tokens, k)) && (tokens[k] as Token).lower === 'of') {
    const next = at(tokens, k + 1);
    if (!isWordToken(next)) return undefined;
    if (DETERMINERS.has(next.lower)) {
      k += 2;
      partitive = true;
    } else if (POSSESSIVE.test(next.text) && isCapitalised(next)) {
      partitive = true;
      k += 1;
    } else if (vague) {
      k += 1;
      partitive = true;
    } else return undefined;
  }
  const head = scanPhrase(tokens, k, singular || partitive);
  if (head === undefined) return undefined;
  return { last: head.last, unit: head.unit, kind: 'count', source: 'noun' };
}

function scanPhrase(tokens: readonly Token[], from: number, singular: boolean): Head | undefined {
  let words = 0;
  let lastWord: { index: number; token: Token } | undefined;
  let capitalPlural: { index: number; token: Token } | undefined;
  let k = from;
  while (k < tokens.length && words < MAX_PHRASE_WORDS) {
    const t = tokens[k] as Token;
    if (t.kind === Tok.Punct) {
      // Opening quotes and glued hyphens inside compounds continue the phrase.
      if ('“"‘'.includes(t.text) && words <= 3) {
        k++;
        continue;
      }
      if (HYPHENS.includes(t.text) && t.glued && at(tokens, k + 1)?.glued) {
        k++;
        continue;
      }
      break;
    }
    if (t.kind === Tok.Num) {
      // A model number inside the phrase: "400 737 Max jets", "Airbus A350-900 jets".
      if (!INTEGER.test(t.text)) break;
      const next = at(tokens, k + 1);
      const inCode = t.glued || (isPunct(next, ...HYPHENS) && next?.glued);
      if (!inCode && !isCapitalised(next)) break;
      k++;
      continue;
    }
    const inCompound = isPunct(at(tokens, k + 1), ...HYPHENS) && at(tokens, k + 1)?.glued && at(tokens, k + 2)?.glued;
    const afterHyphen = isPunct(at(tokens, k - 1), ...HYPHENS) && t.glued;
    // Letters of a code glued to digits ("A350"): part of a name, never a stop.
    if (at(tokens, k + 1)?.kind === Tok.Num && at(tokens, k + 1)?.glued) {
      k++;
      continue;
    }
    const acronym = t.text.length >= 2 && isUpperCaseText(t.text);
    if (!afterHyphen && !inCompound && !acronym && STOP.has(t.lower)) {
      // Coordinated modifiers: "illegal and irregular accounts".
      const canCoordinate = (t.lower === 'and' || t.lower === 'or') && lastWord !== undefined && isLowerWord(lastWord.token) && !isPlural(lastWord.token.lower) && words < 4;
      if (!canCoordinate) break;
      k++;
      continue;
    }
    words++;
    if (!inCompound) {
      if (isLowerWord(t) && isPlural(t.lower)) {
        // Plural noun compounds: "media posts", "arms sales" — the head is the last of them.
        let head = k;
        while (isLowerWord(at(tokens, head + 1)) && !(at(tokens, head + 1) as Token).glued && isPlural((tokens[head + 1] as Token).lower) && !STOP.has((tokens[head + 1] as Token).lower)) head++;
        return { last: closingQuote(tokens, head), unit: lemma((tokens[head] as Token).lower) };
      }
      if (isCapitalised(t) && isPlural(t.lower) && !capitalPlural) capitalPlural = { index: k, token: t };
      lastWord = { index: k, token: t };
    }
    k++;
  }
  if (capitalPlural && capitalPlural.index === lastWord?.index) return { last: capitalPlural.index, unit: lemma(capitalPlural.token.lower) };
  if (singular && lastWord !== undefined) {
    const w = lastWord.token;
    if (isLowerWord(w) && !VERB_LIKE.test(w.lower) && !isPlural(w.lower)) return { last: closingQuote(tokens, lastWord.index), unit: w.lower };
  }
  // Invariant nouns ("270 aircraft", "12 freight").
  if (lastWord !== undefined && IRREGULAR.get(lastWord.token.lower) !== undefined) return { last: lastWord.index, unit: lemma(lastWord.token.lower) };
  return undefined;
}

function closingQuote(tokens: readonly Token[], k: number): number {
  const next = at(tokens, k + 1);
  return isPunct(next, '”', '"', '’') && next?.glued ? k + 1 : k;
}

