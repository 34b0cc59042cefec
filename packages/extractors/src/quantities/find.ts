/**
 * The finder: walks the tokens of one block and, at each numeral, assembles a quantity
 * candidate: currency prefix, numeral, range, unit or counted noun, rate and approximator.
 * Each token is visited a bounded number of times, so a block is read in linear time.
 */
import type { QuantityApprox, QuantityFields, QuantityKind } from '@claimsift/core';
import {
  longDuration,
  readCompound,
  readCountedNoun,
  readCurrencyPrefix,
  readCurrencySuffix,
  readPercent,
  readRate,
  readUnit,
} from './attach.js';
import type { Unit } from './attach.js';
import { Tok } from './lexer.js';
import type { Token } from './lexer.js';
import { APPROXIMATOR_TABLE, CODES, CURRENCY_SIGNS, LEADING_TABLE, START_WORDS, isCapitalised, isWordToken, matchBackward } from './lexicon.js';
import { readNumeral, round } from './numeral.js';
import type { Numeral } from './numeral.js';
import { bareAge, exclusionReason } from './filters.js';

export interface Candidate extends QuantityFields {
  /** First and last token of the span. */
  readonly first: number;
  readonly last: number;
  /** The (first) numeral. */
  readonly numeral: Numeral;
  /** The second numeral of a range. */
  readonly upper: Numeral | undefined;
  readonly rate: string | undefined;
  readonly note: string | undefined;
  readonly unitSource: Unit['source'];
  readonly currencyPrefix: boolean;
  /** Set when the candidate is not a quantity (a year, a date, a model number…). */
  readonly excluded: string | undefined;
}

const at = (tokens: readonly Token[], i: number): Token | undefined => tokens[i];
const isPunct = (t: Token | undefined, ...chars: string[]): boolean => t !== undefined && t.kind === Tok.Punct && chars.includes(t.text);
const isWord = (t: Token | undefined, ...words: string[]): boolean => isWordToken(t) && words.includes(t.lower);
const RANGE_DASHES = ['-', '–', '—', '‑'];

/** Every candidate of a block, excluded ones included (the caller drops them). */
export function findCandidates(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidate = mayStart(tokens, i) ? readQuantity(tokens, i) : undefined;
    if (candidate === undefined) {
      i++;
      continue;
    }
    out.push(candidate);
    // A rejected number takes its glued tail with it ("555-123-4567", "2023-05-31", "10:30"), but
    // the words after it are read again ("one of the two main forms").
    if (candidate.excluded !== undefined) i = skipGluedTail(tokens, candidate.numeral.last + 1);
    else i = Math.max(candidate.last, candidate.numeral.last, candidate.upper?.last ?? 0) + 1;
  }
  return out;
}

/** Cheap gate: most tokens cannot start a quantity (a number, a currency sign, a sign before digits, a start word). */
function mayStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind === Tok.Punct) return isCurrencyStart(t) || ((t.text === '-' || t.text === '−') && at(tokens, i + 1)?.kind === Tok.Num);
  if (t.kind === Tok.Word) return START_WORDS.has(t.lower) || CODES.has(t.text);
  return true;
}

/** The candidate starting at token `i` (which passed `mayStart`), or undefined. */
function readQuantity(tokens: readonly Token[], i: number): Candidate | undefined {
  const prefix = readCurrencyPrefix(tokens, i);
  let numeral: Numeral | undefined;
  let unit: Unit | undefined;
  if (prefix !== undefined) {
    numeral = readNumeral(tokens, prefix.last + 1, true);
    if (numeral === undefined || !numeral.digits) return undefined;
    // A currency prefix must touch or sit one space before its number ("$ 75 million" in tokenised text).
    unit = { last: numeral.last, unit: prefix.code, kind: 'money', source: 'currency' };
  } else {
    const long = longDuration(tokens, i);
    if (long !== undefined) return longDurationCandidate(i, long.last, long.unit);
    numeral = readNumeral(tokens, i);
    if (numeral === undefined) return undefined;
  }
  const start = prefix?.first ?? numeral.first;
  if (numeral.malformed) return excludedCandidate(numeral, 'malformed number');

  // Suffixes that belong to the number itself: percent, currency names or codes.
  unit ??= readPercent(tokens, numeral.last + 1) ?? (numeral.fraction ? undefined : readCurrencySuffix(tokens, numeral.last + 1, numeral.scaled));
  if (numeral.fraction) unit = { last: numeral.last, unit: 'percent', kind: 'percent', source: 'percent' };
  let last = unit?.last ?? numeral.last;
  // "thirteen dollars forty five", "5 dollars and 20 cents": the minor unit after the major one.
  let minor = 0;
  if (unit?.source === 'currency' && prefix === undefined && unit.divisor === undefined) {
    const cents = readMinorAmount(tokens, unit.last + 1);
    if (cents !== undefined) {
      minor = cents.value;
      last = cents.last;
      unit = { ...unit, last: cents.last };
    }
  }

  // Ranges: "10-15", "242 to 330", "between 3 and 5 million", "0.6% to 0.7%".
  const range = readRange(tokens, start, last + 1, numeral, unit, prefix !== undefined);
  let upper: Numeral | undefined;
  let low: number | null = numeral.low;
  let high: number | null = numeral.high;
  let value: number | null = numeral.value === null ? null : round(numeral.value + minor);
  let first = start;
  let approx: QuantityApprox = numeral.vague ? 'vague' : 'exact';
  if (range === 'model') return excludedCandidate(numeral, 'model designation', last + 2);
  if (range !== undefined) {
    upper = range.upper;
    unit = range.unit ?? unit;
    last = range.last;
    low = range.low;
    high = range.high;
    value = null;
    approx = 'range';
    if (range.between !== undefined) first = range.between;
  }

  // Units and counted nouns after the number (or after the range's upper end).
  if (unit === undefined || unit.source === 'none') {
    const after = last + 1;
    unit = readCompound(tokens, after) ?? readUnit(tokens, after);
    // "millions of dollars", "thousands of light-years": a vague amount of a currency or unit.
    if (unit === undefined && numeral.vague && isWord(at(tokens, after), 'of')) {
      unit = readCurrencySuffix(tokens, after + 1, true) ?? readUnit(tokens, after + 1);
    }
    if (unit === undefined && !numeral.fraction) {
      const age = bareAge(tokens, numeral);
      unit = age ?? readCountedNoun(tokens, after, value === 1, numeral.vague);
    }
    if (unit !== undefined) last = unit.last;
  }
  if (unit?.divisor !== undefined) {
    value = value === null ? null : round(value / unit.divisor);
    low = low === null ? null : round(low / unit.divisor);
    high = high === null ? null : round(high / unit.divisor);
  }
  const kind: QuantityKind = unit?.kind ?? 'count';
  const rate = kind === 'money' || kind === 'measure' ? readRate(tokens, last + 1) : undefined;

  // Approximators before the number ("more than", "nearly", "over160,000").
  const lead = matchBackward(LEADING_TABLE, tokens, first - 1, 3);
  const approximator = matchBackward(APPROXIMATOR_TABLE, tokens, (lead?.last ?? first) - 1, 4);
  // "spend €1.5bn over five years": "over" before a duration is "during", unless "for over".
  const during = approximator !== undefined && kind === 'duration' && isWord(at(tokens, approximator.last), 'over') && approximator.last === first - 1 && !isWord(at(tokens, approximator.last - 1), 'for', 'of', 'took', 'lasted', 'last', 'spent');
  if (approximator !== undefined && range === undefined && !during && !isWord(at(tokens, approximator.last - 1), 'the')) {
    first = approximator.last;
    if (!numeral.vague) approx = approximator.value;
  }

  const candidate: Candidate = {
    first,
    last,
    numeral,
    upper,
    value,
    low,
    high,
    approx,
    unit: unit?.unit ?? null,
    kind,
    rate,
    note: unit?.note,
    unitSource: unit?.source ?? 'none',
    currencyPrefix: prefix !== undefined,
    excluded: undefined,
  };
  const reason = exclusionReason(tokens, candidate);
  return reason === undefined ? candidate : { ...candidate, excluded: reason };
}

/** Cents after a currency name: "forty five", "and 20 cents", "and one". Below 100 only. */
function readMinorAmount(tokens: readonly Token[], i: number): { last: number; value: number } | undefined {
  const k = isWord(at(tokens, i), 'and') ? i + 1 : i;
  const n = readNumeral(tokens, k);
  if (n === undefined || n.value === null || n.vague || n.fraction || n.scaled || !Number.isInteger(n.value) || n.value >= 100 || n.value <= 0) return undefined;
  // A digit amount needs "cents" ("and 20 cents"); number words may stand alone at the end of a
  // clause ("thirteen dollars forty five."), never before more words ("ten dollars two years ago").
  const after = at(tokens, n.last + 1);
  const cents = isWord(after, 'cents', 'cent', 'pence');
  const clauseEnd = after === undefined || isPunct(after, '.', '!', '?', ',', ';', ')');
  if (!cents && (n.digits || !clauseEnd)) return undefined;
  return { last: cents ? n.last + 1 : n.last, value: n.value / 100 };
}

function skipGluedTail(tokens: readonly Token[], i: number): number {
  let k = i;
  while (isPunct(at(tokens, k), '-', '–', '—', '.', '/', ':', '‑') && at(tokens, k)?.glued && at(tokens, k + 1)?.kind === Tok.Num && at(tokens, k + 1)?.glued) k += 2;
  return k;
}

function isCurrencyStart(t: Token): boolean {
  return t.kind === Tok.Punct && CURRENCY_SIGNS.has(t.text);
}

interface Range {
  readonly upper: Numeral;
  readonly unit: Unit | undefined;
  readonly last: number;
  readonly low: number | null;
  readonly high: number | null;
  /** Token of "between" when the range is written "between … and …". */
  readonly between: number | undefined;
}

function readRange(
  tokens: readonly Token[],
  start: number,
  connector: number,
  lower: Numeral,
  lowerUnit: Unit | undefined,
  money: boolean,
): Range | 'model' | undefined {
  if (lower.vague || lower.fraction || lower.value === null) return undefined;
  const c = at(tokens, connector);
  if (c === undefined) return undefined;
  const before = at(tokens, start - 1);
  const between = isWord(before, 'between') ? start - 1 : undefined;
  const dash = isPunct(c, ...RANGE_DASHES);
  if (dash) {
    const next = at(tokens, connector + 1);
    // Both sides glued or both spaced: "10-15", "10 – 15"; never "Boeing 787-9" style codes.
    if (next === undefined || c.glued !== next.glued) return undefined;
  } else if (isWord(c, 'to')) {
    // "from 23% to 35%" and "down by 30 to 126" are a change, not a range.
    // ... unless the verb says range: "rates ranging from 49 to 51 percent".
    const fromAt = isWord(before, 'from') ? start - 1 : isWord(at(tokens, start - 2), 'from') && before?.kind === Tok.Word ? start - 2 : -1;
    const ranging = fromAt >= 0 && isWord(at(tokens, fromAt - 1), 'ranging', 'range', 'ranged', 'ranges', 'varying', 'varied', 'vary');
    if ((fromAt >= 0 && !ranging) || isWord(before, 'by')) return undefined;
  } else if (!(isWord(c, 'and') && between !== undefined)) return undefined;
  let k = connector + 1;
  const prefix = readCurrencyPrefix(tokens, k);
  if (prefix !== undefined) {
    if (!money) return undefined;
    k = prefix.last + 1;
  }
  const upper = readNumeral(tokens, k, money);
  if (upper === undefined || upper.vague || upper.fraction || upper.value === null || upper.malformed) return undefined;
  if (upper.digits !== lower.digits && !(upper.digits && lower.scaled === false && lower.value < 100)) return undefined;
  let upperUnit: Unit | undefined = readPercent(tokens, upper.last + 1) ?? readCurrencySuffix(tokens, upper.last + 1);
  if (lowerUnit !== undefined && upperUnit !== undefined && lowerUnit.unit !== upperUnit.unit) return undefined;
  if (lowerUnit !== undefined && upperUnit === undefined && lowerUnit.source === 'percent' && !money) return undefined;
  let lowValue = lower.value;
  // A shared scale: "between 3 and 5 million", "$10-15 billion".
  if (upper.scale > 1 && lower.scale === 1 && lowValue * upper.scale <= upper.value) lowValue = round(lowValue * upper.scale);
  if (upper.value <= lowValue) {
    // "787-9": a smaller number after a hyphen is a model or part number, not a range.
    return dash && c.glued && lower.digits && upper.digits ? 'model' : undefined;
  }
  if (dash && c.glued && lower.digits && upper.digits && isCapitalised(at(tokens, start - 1)) && !money) return 'model';
  upperUnit ??= lowerUnit;
  return { upper, unit: upperUnit, last: upperUnit !== undefined && upperUnit.last > upper.last ? upperUnit.last : upper.last, low: lowValue, high: upper.value, between };
}

/** "weeklong", "year-long": one of the unit, with no numeral written. */
function longDurationCandidate(first: number, last: number, unit: string): Candidate {
  const value = 1;
  const numeral: Numeral = { first, last, value, low: null, high: null, vague: false, fraction: false, digits: false, scaled: false, scale: 1, malformed: false };
  return { first, last, numeral, upper: undefined, value, low: null, high: null, approx: 'exact', unit, kind: 'duration', rate: undefined, note: undefined, unitSource: 'unit', currencyPrefix: false, excluded: undefined };
}

function excludedCandidate(numeral: Numeral, reason: string, last = numeral.last): Candidate {
  return { first: numeral.first, last, numeral, upper: undefined, value: null, low: null, high: null, approx: 'exact', unit: null, kind: 'count', rate: undefined, note: undefined, unitSource: 'none', currencyPrefix: false, excluded: reason };
}
