/**
 * The numeral parser: reads one numeral at a token index, in digits ("930.000", "1.4 million",
 * "3.5bn", "25 000"), in words ("twenty-five", "a dozen", "two and a half million"), as a
 * fraction ("one-third", "half") or as a vague amount ("hundreds of thousands", "a few thousand").
 * It knows nothing of units or context: that is the attacher's and the filters' job.
 */
import { FRACTION_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, SMALL_NUMBERS, TENS, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from './data/numbers.js';
import { Tok } from './lexer.js';
import { lookup, matchForward, startsCapitalised, startsLowerCase } from './lexicon.js';
import { CAPITAL_SCALE_LETTER, LOWER_PLURAL, COMMAS, COMMA_GROUPED, DOTS, DOT_GROUPED, GROUP_SPACE, ONE_TO_THREE_DIGITS, PLAIN_DECIMAL, THREE_DIGITS_GROUP } from './patterns.js';
import type { Token } from './lexer.js';

export interface Numeral {
  /** First and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly vague: boolean;
  /** A share of a whole written as a fraction word ("half", "two-thirds"): value is in percent. */
  readonly fraction: boolean;
  /** Written in digits (as opposed to words). */
  readonly digits: boolean;
  /** A scale word or abbreviation was applied ("million", "bn"). */
  readonly scaled: boolean;
  /** The scale multiplier applied (1 when none): ranges share it ("between 3 and 5 million"). */
  readonly scale: number;
  /** Digits with an impossible grouping ("192.168.1.2", "1.2.3"): a version, address or date. */
  readonly malformed: boolean;
}

const WORD = Tok.Word;
const MULTIPLIER_STARTS = new Set(Object.keys(VAGUE_MULTIPLIERS).map((p) => p.split(' ')[0] as string));
const NUM = Tok.Num;
const FRACTIONS = Object.entries(FRACTION_WORDS);
const SMALL = lookup(SMALL_NUMBERS);
const SCALE = lookup(SCALE_WORDS);
const SCALE_ABBREVIATION = lookup(SCALE_ABBREVIATIONS);
const VAGUE = lookup(VAGUE_PLURALS);
const MULTIPLIER_TABLE: ReadonlyMap<string, number> = new Map(Object.entries(VAGUE_MULTIPLIERS));

/** A lower-case word that ends like a plural noun (kept simple: the attacher has the full rules). */
const isPluralNoun = (t: Token | undefined): boolean => t !== undefined && t.kind === WORD && !t.glued && LOWER_PLURAL.test(t.text) && !['is', 'was', 'has', 'as', 'its', 'this'].includes(t.lower);
const at = (tokens: readonly Token[], i: number): Token | undefined => tokens[i];
const isWord = (t: Token | undefined, ...words: string[]): boolean => t !== undefined && t.kind === WORD && words.includes(t.lower);
const isPunct = (t: Token | undefined, ...chars: string[]): boolean => t !== undefined && t.kind === Tok.Punct && chars.includes(t.text);

/**
 * Reads the value of one digit token. `dotThousands` says whether "930.000" style dots group
 * thousands here (the caller decides from the context); "1.322 million" is always a decimal.
 */
export function digitValue(text: string, dotThousands: boolean): number | null {
  if (COMMA_GROUPED.test(text)) return Number(text.replace(COMMAS, ''));
  if (dotThousands && DOT_GROUPED.test(text)) return Number(text.replace(DOTS, ''));
  if (PLAIN_DECIMAL.test(text)) return Number(text);
  return null;
}

export function scaleOf(t: Token | undefined, glued: boolean, allowAmbiguous: boolean): number | undefined {
  if (t === undefined || t.kind !== WORD) return undefined;
  if (glued !== t.glued) return undefined;
  const word = SCALE.get(t.lower);
  if (word !== undefined) return word;
  if (t.lower === 'dozens' && !glued) return 12;
  const abbreviation = SCALE_ABBREVIATION.get(t.lower);
  if (abbreviation === undefined) return undefined;
  // "m", "b", "k" alone are units or letters unless a currency came first ("$2m"); capitals glued
  // to the digits ("1.8M", "10K") are scales.
  if (!allowAmbiguous && glued && (t.text === 'm' || t.text === 'K' || t.lower === 'tr')) return undefined;
  // Spaced abbreviations other than mn/bn/mln/bln are too ambiguous ("5 m" metres, "5 b").
  if (!glued && !['mn', 'bn', 'mln', 'bln', 'tn', 'trn', 'tln'].includes(t.lower) && !allowAmbiguous) return undefined;
  return abbreviation;
}

function make(first: number, last: number, value: number | null, extra: Partial<Numeral> = {}): Numeral {
  return { first, last, value, low: null, high: null, vague: false, fraction: false, digits: false, scaled: false, scale: 1, malformed: false, ...extra };
}

/** Reads a numeral at `i`; `money` is true after a currency symbol (so "m"/"k"/"b" are scales). */
export function readNumeral(tokens: readonly Token[], i: number, money = false): Numeral | undefined {
  const t = at(tokens, i);
  if (t === undefined) return undefined;
  if (t.kind === NUM) return readSlashAt(tokens, i) ?? readDigits(tokens, i, money);
  if (t.kind === WORD && (t.lower === 'minus' || t.lower === 'negative')) return negate(tokens, i, i + 1, money);
  // A sign glued to the digits, not a range dash: "-5", "−9.2" at the start or after a space.
  if (isPunct(t, '-', '−') && at(tokens, i + 1)?.kind === NUM && at(tokens, i + 1)?.glued && !(t.glued && at(tokens, i - 1)?.kind === NUM)) {
    return negate(tokens, i, i + 1, money);
  }
  if (t.kind === WORD) return readVague(tokens, i) ?? readFraction(tokens, i) ?? readWords(tokens, i);
  return undefined;
}

function negate(tokens: readonly Token[], sign: number, i: number, money: boolean): Numeral | undefined {
  const inner = readNumeral(tokens, i, money);
  if (inner === undefined || inner.value === null || inner.vague || inner.fraction || isPunct(tokens[i], '-', '−')) return undefined;
  return { ...inner, first: sign, value: -inner.value };
}

function readDigits(tokens: readonly Token[], i: number, money: boolean): Numeral {
  const t = tokens[i] as Token;
  let last = i;
  let text = t.text;
  // Digit groups separated by NBSP/thin spaces, or by plain spaces when unambiguous ("25 000 people").
  if (ONE_TO_THREE_DIGITS.test(text)) {
    let chainText = text;
    let chainLast = i;
    let plainSpaces = false;
    for (let k = i + 1; k < tokens.length; k++) {
      const g = tokens[k] as Token;
      if (g.kind !== NUM || !THREE_DIGITS_GROUP.test(g.text)) break;
      const nbsp = GROUP_SPACE.test(g.gap);
      if (!nbsp && g.gap !== ' ') break;
      plainSpaces ||= !nbsp;
      chainText += g.text;
      chainLast = k;
      if (g.text.length > 3) break;
    }
    // Plain spaces group digits only when nothing number-like follows ("400 737 Max jets" is two numbers).
    const next = at(tokens, chainLast + 1);
    const ambiguous = next !== undefined && ((next.kind === NUM && !next.glued) || (next.kind === WORD && startsCapitalised(next.text)) || isPunct(next, '-', '–'));
    if (chainLast > i && !(plainSpaces && ambiguous)) {
      text = chainText;
      last = chainLast;
    }
  }
  let scale = scaleOf(at(tokens, last + 1), true, money) ?? scaleOf(at(tokens, last + 1), false, money);
  // "2.5m people": a glued "m" before a counted noun is a million, not metres.
  const glued = at(tokens, last + 1);
  if (scale === undefined && glued?.glued && glued.text === 'm' && isPluralNoun(at(tokens, last + 2))) scale = 1e6;
  // "$1.5-billion deal": the scale joined by a hyphen.
  let hyphenScale = false;
  if (scale === undefined && isPunct(at(tokens, last + 1), '-') && at(tokens, last + 1)?.glued && at(tokens, last + 2)?.glued) {
    const word = at(tokens, last + 2);
    const scaleValue = word?.kind === WORD ? SCALE.get(word.lower) : undefined;
    if (scaleValue !== undefined && scaleValue >= 1000) {
      scale = scaleValue;
      hyphenScale = true;
    }
  }
  // Capital letters glued to a large number are model names ("Radeon 5500M"), not scales.
  if (scale !== undefined && !money && at(tokens, last + 1)?.glued && CAPITAL_SCALE_LETTER.test(at(tokens, last + 1)?.text ?? '') && Number(text) >= 1000) scale = undefined;
  const value = digitValue(text, scale === undefined && dotsGroupThousands(tokens, text, last, money));
  // Impossible groupings and digit runs too long for a double are not amounts.
  if (value === null || !Number.isFinite(value * (scale ?? 1))) return make(i, last, null, { digits: true, malformed: true });
  let result = value;
  let scaled = false;
  let multiplier = 1;
  // A fraction after a whole number: "10 1/2".
  const slash = readSlashFraction(tokens, last + 1);
  if (slash !== undefined && scale === undefined && Number.isInteger(value) && !(tokens[last + 1] as Token).glued) {
    return make(i, slash.last, value + slash.value, { digits: true });
  }
  if (scale !== undefined) {
    last += hyphenScale ? 2 : 1;
    result *= scale;
    multiplier = scale;
    scaled = true;
    // "2 hundred thousand", "1.5 million" + nothing; a second, larger scale multiplies.
    const second = scaleOf(at(tokens, last + 1), false, false);
    if (second !== undefined && second > scale) {
      last++;
      result *= second;
      multiplier *= second;
    }
  }
  return make(i, last, round(result), { digits: true, scaled, scale: multiplier });
}

/**
 * "930.000 other accounts", "1.250.000": dots group thousands when there are several groups, when
 * the group is "000", or when a counted noun follows; "11.900" in a table and "$1.250" stay decimals.
 */
function dotsGroupThousands(tokens: readonly Token[], text: string, last: number, money: boolean): boolean {
  if (!DOT_GROUPED.test(text)) return false;
  if (text.indexOf('.') !== text.lastIndexOf('.') || text.endsWith('.000')) return true;
  if (money) return false;
  const next = at(tokens, last + 1);
  const after = at(tokens, last + 2);
  return isPluralNoun(next) || (next?.kind === WORD && startsLowerCase(next.text) && isPluralNoun(after));
}

function readSlashFraction(tokens: readonly Token[], i: number): { last: number; value: number } | undefined {
  const a = at(tokens, i);
  const slash = at(tokens, i + 1);
  const b = at(tokens, i + 2);
  if (a?.kind !== NUM || !isPunct(slash, '/') || b?.kind !== NUM || !slash?.glued || !b.glued) return undefined;
  const numerator = Number(a.text);
  const denominator = Number(b.text);
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator < 2 || denominator > 16 || numerator >= denominator) return undefined;
  return { last: i + 2, value: numerator / denominator };
}

/** "1/2", "3/4" alone: a fraction of one. */
export function readSlashAt(tokens: readonly Token[], i: number): Numeral | undefined {
  const f = readSlashFraction(tokens, i);
  return f === undefined ? undefined : make(i, f.last, round(f.value), { digits: true });
}

/** Number words: "three", "twenty-five", "two hundred and fifty", "a dozen", "two and a half million". */
function readWords(tokens: readonly Token[], i: number): Numeral | undefined {
  let k = i;
  let total = 0;
  let current = 0;
  let any = false;
  let last = i;
  let scaled = false;
  let afterScale = false;
  const first = tokens[i] as Token;
  // "a hundred", "a dozen", "a million": the article counts as one.
  if (first.lower === 'a' || first.lower === 'an') {
    if (SCALE.get(at(tokens, i + 1)?.lower ?? '') === undefined || at(tokens, i + 1)?.kind !== WORD) return undefined;
    current = 1;
    any = true;
    k = i + 1;
  }
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== WORD) break;
    const small = SMALL.get(t.lower);
    const scale = SCALE.get(t.lower);
    if (small !== undefined) {
      const tail = current % 100;
      const afterTen = tail >= 20 && tail % 10 === 0 && small > 0 && small < 10 && TENS.includes((tokens[last] as Token).lower);
      if (any && !afterTen && !afterScale) break;
      current += small;
      any = true;
      afterScale = false;
      last = k;
      // "five-and-a-half"
      const half = hyphenatedHalf(tokens, k);
      if (half !== undefined) {
        current += 0.5;
        last = half;
        k = half;
        continue;
      }
    } else if (any && scale !== undefined && !(afterScale && scale <= 100)) {
      if (scale <= 100) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      scaled = true;
      afterScale = true;
      last = k;
    } else if (any && t.lower === 'and') {
      // "two and a half (million)", "two hundred and fifty"
      if (isWord(at(tokens, k + 1), 'a', 'one') && isWord(at(tokens, k + 2), 'half') && !afterScale) {
        current += 0.5;
        last = k + 2;
        k += 2;
        continue;
      }
      if (!afterScale || SMALL.get(at(tokens, k + 1)?.lower ?? '') === undefined) break;
      continue;
    } else break;
    // Hyphen between tens and units: "twenty-five".
    const hyphen = at(tokens, k + 1);
    const unit = at(tokens, k + 2);
    const joined = hyphen?.glued === unit?.glued;
    if (isPunct(hyphen, '-', '‑') && joined && TENS.includes(t.lower) && SMALL.get(unit?.lower ?? '') !== undefined && (SMALL.get(unit?.lower ?? '') as number) < 10) k++;
  }
  if (!any) return undefined;
  const lastScale = SCALE.get((tokens[last] as Token).lower);
  const decimals = readSpokenDecimals(tokens, last + 1);
  if (decimals !== undefined) return make(i, decimals.last, round(total + current + decimals.value), { scaled });
  return make(i, last, round(total + current), { scaled, scale: lastScale ?? 1 });
}

function hyphenatedHalf(tokens: readonly Token[], k: number): number | undefined {
  const words = ['-', 'and', '-', 'a', '-', 'half'];
  for (let n = 0; n < words.length; n++) {
    const t = at(tokens, k + 1 + n);
    if (t === undefined || !t.glued || t.lower !== words[n]) return undefined;
  }
  return k + words.length;
}

/** "point five five", "point seventy-one", "point nought four" after a number in words. */
function readSpokenDecimals(tokens: readonly Token[], i: number): { last: number; value: number } | undefined {
  if (!isWord(at(tokens, i), 'point')) return undefined;
  let digits = '';
  let last = i;
  for (let k = i + 1; k < tokens.length; k++) {
    const v = SMALL.get(at(tokens, k)?.lower ?? '');
    if (v === undefined || at(tokens, k)?.kind !== WORD) break;
    if (v >= 10) {
      // One two-digit number ends the decimals: "point seventy-one", "point eleven".
      if (digits !== '') break;
      let two = v;
      const unit = SMALL.get(at(tokens, k + 2)?.lower ?? '');
      if (TENS.includes((tokens[k] as Token).lower) && isPunct(at(tokens, k + 1), '-') && unit !== undefined && unit < 10) {
        two += unit;
        k += 2;
      }
      digits = String(two);
      last = k;
      break;
    }
    digits += String(v);
    last = k;
  }
  return digits === '' ? undefined : { last, value: Number(`0.${digits}`) };
}

/** Fractions of a whole in words: "half", "one-third", "two thirds", "a quarter of". Value in percent. */
function readFraction(tokens: readonly Token[], i: number): Numeral | undefined {
  const t = tokens[i] as Token;
  if (t.lower === 'half') {
    // "half a dozen", "half a million": a number, not a share.
    const scale = SCALE.get(at(tokens, i + 2)?.lower ?? '');
    if (isWord(at(tokens, i + 1), 'a', 'an') && scale !== undefined) return make(i, i + 2, round(scale / 2), { scaled: true, scale });
    // "second-half", "half-time" are not shares; "half of", "half the" are.
    if (isPunct(at(tokens, i - 1), '-', '‑') && t.glued) return undefined;
    if (isWord(at(tokens, i - 1), 'first', 'second', 'latter', 'other', 'back', 'front', 'the', 'a', 'one')) return undefined;
    if (isPunct(at(tokens, i + 1), '-', '‑') && at(tokens, i + 1)?.glued) return undefined;
    return make(i, i, 50, { fraction: true });
  }
  let count: number | undefined = SMALL.get(t.lower);
  if (t.lower === 'a' || t.lower === 'an') count = 1;
  if (count === undefined || count === 0) return undefined;
  let k = i + 1;
  if (isPunct(at(tokens, k), '-', '‑') && at(tokens, k)?.glued) k++;
  const word = at(tokens, k);
  if (word?.kind !== WORD) return undefined;
  for (const [name, entry] of FRACTIONS) {
    const fits = count === 1 ? word.lower === name : word.lower === entry.plural;
    if (!fits) continue;
    // "a third case" is an ordinal; "a third of" / "one-third" is a fraction.
    if ((t.lower === 'a' || t.lower === 'an') && !isWord(at(tokens, k + 1), 'of')) return undefined;
    if (name !== 'half' && count === 1 && !isWord(at(tokens, k + 1), 'of') && !isPunct(at(tokens, k - 1), '-')) return undefined;
    return make(i, k, round(count * entry.singular), { fraction: true });
  }
  return undefined;
}

/** Vague amounts: "hundreds", "tens of thousands", "hundreds of millions", "a few thousand", "several hundred". */
function readVague(tokens: readonly Token[], i: number): Numeral | undefined {
  const t = tokens[i] as Token;
  const base = VAGUE.get(t.lower);
  if (base !== undefined) {
    const of = at(tokens, i + 1);
    const inner = at(tokens, i + 2);
    const innerBase = isWord(of, 'of') && inner !== undefined ? VAGUE.get(inner.lower) : undefined;
    if (innerBase !== undefined && innerBase > base && inner?.lower !== 'dozens' && inner?.lower !== 'tens') {
      return make(i, i + 2, null, { low: base * innerBase, high: base * 10 * innerBase - 1, vague: true });
    }
    if (t.lower === 'tens') return undefined;
    return make(i, i, null, { low: base, high: base * 10 - 1, vague: true });
  }
  // "a few thousand", "several hundred", "a couple of million"
  if (!MULTIPLIER_STARTS.has(t.lower)) return undefined;
  // The longest multiplier phrase (its words are never glued, so its key is theirs joined by spaces).
  const phrase = matchForward(MULTIPLIER_TABLE, tokens, i, 3);
  if (phrase === undefined) return undefined;
  const scaleToken = at(tokens, phrase.last + 1);
  const scale = scaleToken?.kind === WORD ? SCALE.get(scaleToken.lower) : undefined;
  if (scale === undefined) return undefined;
  return make(i, phrase.last + 1, null, { low: phrase.value * scale, high: scale * 10 - 1, vague: true, scaled: true });
}

/** Rounds away binary noise (1.4 * 1e6 = 1399999.9999999998). */
export function round(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(12));
}
