/**
 * Exclusions (SPEC §3 "Not quantities"): years, dates, clock times, ordinals, phone numbers,
 * versions and labels, numbers inside names and model designations, house numbers, list
 * markers, durations placed in time, the pronoun "one". Also the bare age after a name.
 */
import type { Unit } from './attach.js';
import { CLOCK_WORDS, LABEL_WORDS, MONTHS, ONE_PRONOUN_BEFORE, STREET_WORDS, TIME_POSITION_AFTER, TIME_POSITION_BEFORE } from './data/words.js';
import { ORDINAL_SUFFIXES } from './data/numbers.js';
import type { Candidate } from './find.js';
import { Tok } from './lexer.js';
import type { Token } from './lexer.js';
import { APPROXIMATOR_TABLE, isCapitalised, isLowerWord, isWordToken, matchBackward } from './lexicon.js';
import { FOUR_DIGITS, INTEGER, SUPERLATIVE, THREE_DIGITS, YEAR } from './patterns.js';
import type { Numeral } from './numeral.js';

const MONTH_SET = new Set(MONTHS);
const LABEL_SET = new Set(LABEL_WORDS);
const STREET_SET = new Set(STREET_WORDS);
const CLOCK_SET = new Set(CLOCK_WORDS);
const POSITION_BEFORE = new Set(TIME_POSITION_BEFORE);
const POSITION_AFTER = new Set(TIME_POSITION_AFTER);
const ONE_BEFORE = new Set(ONE_PRONOUN_BEFORE);
const SINGULAR_DESIGNATION_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const ORDINALS = new Set(ORDINAL_SUFFIXES);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Capitalised words that may stand before a number without making it part of a name. */
const LEAD_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'some', 'all', 'only', 'just', 'about', 'around', 'over', 'nearly', 'almost', 'roughly', 'by', 'of',
  'in', 'on', 'at', 'for', 'with', 'from', 'to', 'since', 'after', 'before', 'another', 'those', 'these', 'its', 'their', 'his', 'her',
  'our', 'more', 'less', 'fewer', 'up', 'least', 'than', 'as', 'approximately', 'estimated', 'exactly', 'another', 'total', 'police',
  'officials', 'authorities', 'says', 'said', 'reported', 'killed', 'arrested', 'sentenced', 'with', 'reuters', 'ap', 'afp',
  'each', 'every', 'both', 'exactly', 'perhaps', 'maybe', 'under', 'while', 'when', 'where', 'although', 'though', 'still', 'yet', 'so',
  'then', 'now', 'today', 'yesterday', 'overall', 'altogether', 'including', 'plus', 'or', 'if', 'once', 'nearly', 'barely', 'roughly',
  'likely', 'possibly', 'apparently', 'reportedly', 'officially', 'already', 'again', 'also', 'even', 'what', 'why', 'how', 'during',
  'within', 'between', 'among', 'against', 'across', 'through', 'into', 'toward', 'towards', 'per', 'via', 'than', 'that', 'which', 'who',
]);

const STOP_AFTER_BARE = new Set(['and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'who', 'which', 'that', 'percent', 'more', 'less', 'per', 'a', 'an', 'the']);

const at = (tokens: readonly Token[], i: number): Token | undefined => tokens[i];
const isPunct = (t: Token | undefined, ...chars: string[]): boolean => t !== undefined && t.kind === Tok.Punct && chars.includes(t.text);
const isWord = (t: Token | undefined, ...words: string[]): boolean => isWordToken(t) && words.includes(t.lower);

/** Why a candidate is not a quantity, or undefined when it is one. */
export function exclusionReason(tokens: readonly Token[], c: Candidate): string | undefined {
  const n = c.numeral;
  const t = tokens[n.first] as Token;
  const prev = at(tokens, n.first - 1);
  const next = at(tokens, n.last + 1);
  const digitsOnly = n.digits && !n.scaled && n.first === n.last;
  const measured = c.currencyPrefix || c.kind === 'percent' || c.kind === 'money' || c.unitSource === 'unit' || c.unitSource === 'compound' || c.unitSource === 'age';

  if (n.digits) {
    // Glued to letters or code punctuation: "A350", "G20", "600S", "1990s", "pic/123", "#1", "+86".
    const approximatorGlued = prev !== undefined && t.glued && matchBackward(APPROXIMATOR_TABLE, tokens, n.first - 1, 1) !== undefined;
    if (t.glued && prev?.kind === Tok.Word && !approximatorGlued && !c.currencyPrefix) return 'inside a code';
    if (t.glued && isPunct(prev, '/', '\\', '_', '@', '#', '=', '&', '?', '+', '.', ':', '~', '|', '^') ) return 'inside a code';
    if (t.glued && isPunct(prev, '-', '‑') && isWordToken(at(tokens, n.first - 2)) && (at(tokens, n.first - 1) as Token).glued) return 'inside a code';
    const unitGlued = c.unitSource === 'unit' || c.unitSource === 'percent' || c.unitSource === 'currency' || c.unitSource === 'age';
    if (next?.glued && next.kind === Tok.Word && !unitGlued && !c.upper) {
      return ORDINALS.has(next.lower) ? 'ordinal' : 'inside a code';
    }
    if (next?.glued && next.kind === Tok.Word && ORDINALS.has(next.lower)) return 'ordinal';
    // Clock times and dates written with separators: "4:30", "11/19", "2023-05-31", "31.05.2023".
    if (isPunct(next, ':') && next?.glued && at(tokens, n.last + 2)?.kind === Tok.Num && at(tokens, n.last + 2)?.glued) return 'time';
    if (isPunct(prev, ':') && t.glued && at(tokens, n.first - 2)?.kind === Tok.Num) return 'time';
    if (isPunct(next, '/') && next?.glued && at(tokens, n.last + 2)?.kind === Tok.Num) return 'date or ratio';
    if (isPunct(prev, '/') && t.glued) return 'date or ratio';
    if (clockAfter(tokens, n.last + 1)) return 'time';
    // Phone numbers: three digit groups or more joined by hyphens, dots or spaces.
    if (isPhone(tokens, n.first, n.last)) return 'phone number';
  }
  if (digitsOnly && INTEGER.test(t.text)) {
    const v = Number(t.text);
    // A leading zero makes a code, not an amount: "03-7619056", "007".
    if (t.text.length > 1 && t.text.startsWith('0')) return 'code';
    if (!measured && YEAR.test(t.text) && !(c.unitSource === 'noun' && c.approx !== 'exact')) return 'year';
    // "2016-style", "2020-era": a year as a modifier.
    if (YEAR.test(t.text) && c.unitSource === 'compound' && c.kind === 'count') return 'year';
    if (!measured && FOUR_DIGITS.test(t.text) && c.unitSource === 'none' && v >= 1000 && isWord(prev, 'in', 'since', 'of', 'from', 'until', 'by', 'year', 'circa')) return 'year';
    // A chronology line: "1533 - Queen Elizabeth I born".
    if (!measured && FOUR_DIGITS.test(t.text) && c.unitSource === 'none' && n.first === 0 && isPunct(next, '-', '–', '—', ':')) return 'year';
    if (v >= 1 && v <= 31 && (monthNear(tokens, n.first - 1, -1) || monthNear(tokens, n.last + 1, 1))) return 'date';
    // A two-digit year after a month: "September 97", "July 96".
    if (t.text.length === 2 && monthNear(tokens, n.first - 1, -1) && c.unitSource !== 'unit') return 'year';
    if (isListMarker(tokens, n.first)) return 'list marker';
    // "the 777 program", "a 747 pilot": a designation before a singular noun.
    if (c.unitSource === 'none' && SINGULAR_DESIGNATION_BEFORE.has(prev?.lower ?? '') && isLowerWord(next) && !STOP_AFTER_BARE.has(next?.lower ?? '')) return 'designation';
    if (isHouseNumber(tokens, n.last + 1)) return 'house number';
  }
  // A bare number alone in brackets is a footnote, tie-break or reference: "7-6 (5)", "[3]".
  if (c.unitSource === 'none' && isPunct(prev, '(', '[') && isPunct(at(tokens, c.last + 1), ')', ']')) return 'bracketed number';
  // Score lists: "6-4, 7-6", "7-5, 3-6".
  if (c.upper !== undefined && c.unitSource === 'none' && (scorePairNear(tokens, c.first - 1, -1) || scorePairNear(tokens, c.last + 1, 1))) return 'score';
  // Day ranges before or after a month: "18-24 November".
  if (c.upper !== undefined && c.unitSource === 'none' && (c.high ?? 99) <= 31 && (monthNear(tokens, c.last + 1, 1) || monthNear(tokens, c.first - 1, -1))) return 'date';
  // "LC 500 Convertible", "Redemption 2 port": a number between two parts of a name.
  // "Apollo 10 crew", "Artemis 1 test flight", "LC 500 Convertible": a plain integer right after a name.
  if (c.first === n.first && !c.currencyPrefix && c.unitSource === 'noun' && n.digits && !n.scaled && INTEGER.test(t.text) && nameBefore(tokens, n) && !isTitleCase(tokens)) return 'inside a name';
  // Labels: "page 5", "No. 3", "Route 66", "version 2", "the number eight".
  if (!c.currencyPrefix && labelBefore(tokens, c.first - 1)) return 'label';
  if (c.approx === 'exact' && c.unitSource === 'none' && !c.currencyPrefix && c.first === n.first && nameContext(tokens, n) && !isTitleCase(tokens)) return 'inside a name';
  // The pronoun "one": "no one", "one of the largest", "one day"; a bare "one" counts nothing.
  if (n.value === 1 && !n.digits && t.lower === 'one' && !measured) {
    if (ONE_BEFORE.has(prev?.lower ?? '') || c.unitSource === 'none') return 'pronoun one';
    if (isWord(next, 'of') && isWord(at(tokens, n.last + 2), 'the', 'those', 'these', 'them', 'us')) return 'pronoun one';
    // "one of my oldest friends", "one of its best": a superlative makes "one" a pronoun.
    if (isWord(next, 'of') && SUPERLATIVE.test(at(tokens, n.last + 3)?.lower ?? '')) return 'pronoun one';
    if (isWord(next, 'another')) return 'pronoun one';
    // "One chapter …", "one Weibo commenter": an indefinite article unless the text contrasts a count
    // ("only one toilet", "two warrants, one out-of-county warrant", "One of Alibaba's shares").
    if (!isWord(next, 'of') && !isWord(prev, 'only', 'just', 'exactly', 'than', 'least', 'most') && !isPunct(prev, ',', ';', ':') && !isWord(prev, 'and')) return 'indefinite one';
  }
  // "one day" as "some day": only a duration after a preposition or approximator ("for one day").
  if (t.lower === 'one' && c.unit === 'day' && c.first === n.first && !isWord(prev, 'for', 'within', 'in', 'than', 'only', 'just', 'over', 'after')) return 'idiom one day';
  // "one-upmanship", "one-off", "one-sided": idioms, not a count of one.
  if (t.lower === 'one' && c.unitSource === 'compound' && c.kind === 'count') return 'idiom one';
  // Durations placed in time belong to dateranges: "the past two years", "two months later".
  if (c.kind === 'duration' && c.note === undefined) {
    const before = isWord(at(tokens, c.first - 1), 'the') ? at(tokens, c.first - 2) : at(tokens, c.first - 1);
    if (before !== undefined && POSITION_BEFORE.has(before.lower) && c.approx === 'exact') return 'placed in time';
    if (isWord(at(tokens, c.first - 1), ...TIME_POSITION_BEFORE)) return 'placed in time';
    if (POSITION_AFTER.has(at(tokens, c.last + 1)?.lower ?? '')) return 'placed in time';
  }
  return undefined;
}

/** A "N-N" pair right before or after (across a comma): the numbers are game scores. */
function scorePairNear(tokens: readonly Token[], i: number, direction: 1 | -1): boolean {
  let k = i;
  if (isPunct(at(tokens, k), ',', ';')) k += direction;
  const a = direction === 1 ? k : k - 2;
  return at(tokens, a)?.kind === Tok.Num && isPunct(at(tokens, a + 1), '-', '–') && at(tokens, a + 2)?.kind === Tok.Num && at(tokens, a + 1)?.glued === true;
}

function clockAfter(tokens: readonly Token[], i: number): boolean {
  const t = at(tokens, i);
  if (!isWordToken(t)) return false;
  // "a.m." / "p.m." are lexed as a . m .
  if ((t.lower === 'a' || t.lower === 'p') && isPunct(at(tokens, i + 1), '.') && isWord(at(tokens, i + 2), 'm')) return true;
  return CLOCK_SET.has(t.lower) && !(t.lower === 'et' && !t.glued && isLowerWord(at(tokens, i + 1)));
}

function monthNear(tokens: readonly Token[], i: number, direction: 1 | -1): boolean {
  let k = i;
  // Skip "." of "Nov." and "of" in "12 of May"; "the 19th of".
  if (isPunct(at(tokens, k), '.') && direction === -1) k--;
  if (direction === 1 && isWord(at(tokens, k), 'of')) k++;
  const t = at(tokens, k);
  if (!isWordToken(t) || !MONTH_SET.has(t.lower)) return false;
  // "may" and "march" are also verbs: only capitalised.
  if ((t.lower === 'may' || t.lower === 'march') && !isCapitalised(t)) return false;
  return true;
}

function isPhone(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first] as Token;
  if (isPunct(at(tokens, first - 1), '+') && (tokens[first] as Token).glued) return true;
  // (812) 379-5555
  if (isPunct(at(tokens, first - 1), '(') && isPunct(at(tokens, last + 1), ')') && at(tokens, last + 2)?.kind === Tok.Num) return true;
  let groups = 1;
  let k = last + 1;
  while (isPunct(at(tokens, k), '-', '.') && at(tokens, k)?.glued && at(tokens, k + 1)?.kind === Tok.Num && at(tokens, k + 1)?.glued) {
    groups++;
    k += 2;
  }
  if (groups >= 3) return true;
  if (groups === 2 && THREE_DIGITS.test(t.text) && FOUR_DIGITS.test(at(tokens, last + 2)?.text ?? '')) return true;
  if (groups === 2 && (at(tokens, last + 2)?.text.length ?? 0) >= 6) return true;
  // An area code before a local number: "312 408-8787".
  const local = at(tokens, last + 1);
  if (groups === 1 && THREE_DIGITS.test(t.text) && local?.kind === Tok.Num && !local.glued && THREE_DIGITS.test(local.text) && isPunct(at(tokens, last + 2), '-') && FOUR_DIGITS.test(at(tokens, last + 3)?.text ?? '')) return true;
  return false;
}

function isListMarker(tokens: readonly Token[], i: number): boolean {
  const next = at(tokens, i + 1);
  if (i === 0 && isPunct(next, '.', ')') && next?.glued && !isNumberAfter(tokens, i + 2)) return true;
  if (i === 1 && isPunct(at(tokens, 0), '(', '#') && isPunct(next, ')')) return true;
  return false;
}

const isNumberAfter = (tokens: readonly Token[], i: number): boolean => at(tokens, i)?.kind === Tok.Num && at(tokens, i)?.glued === true;

function isHouseNumber(tokens: readonly Token[], i: number): boolean {
  // Up to four capitalised words, initials or numbered streets, then a street word: "1119 Eighth St.", "3170 W. County Road".
  for (let k = i; k < i + 6; k++) {
    const t = at(tokens, k);
    if (t === undefined) return false;
    if (isPunct(t, '.')) continue;
    if (!isCapitalised(t)) return false;
    if (STREET_SET.has(t.lower) && k > i) return true;
  }
  return false;
}

function labelBefore(tokens: readonly Token[], i: number): boolean {
  let k = i;
  if (isPunct(at(tokens, k), '.', '#', ':')) k--;
  const t = at(tokens, k);
  if (!isWordToken(t) || !LABEL_SET.has(t.lower)) return false;
  // "the number of", lower-case generic words like "case" or "level" need a capital or "No."
  if (t.lower === 'number' && isWord(at(tokens, k - 1), 'a', 'the') && !isWord(at(tokens, k - 1), 'the')) return false;
  if (t.lower === 'no' && !isPunct(at(tokens, k + 1), '.') && !isCapitalised(t)) return false;
  return true;
}

/** "Boeing 787", "Windows 10", "Group of 20", "the 737 Max": a number that names, not counts. */
const titleCaseCache = new WeakMap<readonly Token[], boolean>();

/** A headline written in Title Case ("Regulator Removes 1.4 Million Posts"): capitals say nothing there. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let cached = titleCaseCache.get(tokens);
  if (cached === undefined) {
    let words = 0;
    let capitalised = 0;
    for (const t of tokens) {
      // Short function words stay lower-case even in Title Case ("of", "the", "and").
      if (t.kind !== Tok.Word || t.text.length < 3 || STOP_AFTER_BARE.has(t.lower)) continue;
      words++;
      if (isCapitalised(t)) capitalised++;
    }
    cached = words >= 4 && capitalised >= words * 0.8;
    titleCaseCache.set(tokens, cached);
  }
  return cached;
}

function nameBefore(tokens: readonly Token[], n: Numeral): boolean {
  const prev = at(tokens, n.first - 1);
  return isCapitalised(prev) && !(tokens[n.first] as Token).glued && !LEAD_WORDS.has(prev?.lower ?? '') && !WEEKDAYS.has(prev?.lower ?? '') && !MONTH_SET.has(prev?.lower ?? '');
}

function nameContext(tokens: readonly Token[], n: Numeral): boolean {
  const prev = at(tokens, n.first - 1);
  const next = at(tokens, n.last + 1);
  if (nameBefore(tokens, n)) return true;
  if (isWord(prev, 'of') && isCapitalised(at(tokens, n.first - 2)) && !isCapitalised(next)) return (at(tokens, n.first - 2) as Token).lower !== 'some';
  if (isCapitalised(next) && !WEEKDAYS.has(next?.lower ?? '') && !MONTH_SET.has(next?.lower ?? '') && n.digits) return true;
  return false;
}


/** A bare age after a person's name: "Elizabeth A. Burton, 32, of …", "Ryan S. Hollman 31, of …", "Smith (45)". */
export function bareAge(tokens: readonly Token[], n: Numeral): Unit | undefined {
  const t = tokens[n.first] as Token;
  if (!n.digits || n.first !== n.last || !INTEGER.test(t.text)) return undefined;
  const v = Number(t.text);
  if (v < 1 || v > 120) return undefined;
  const prev = at(tokens, n.first - 1);
  const next = at(tokens, n.last + 1);
  const age: Unit = { last: n.last, unit: 'year', kind: 'duration', note: 'age', source: 'age' };
  const isName = (k: number): boolean => {
    const w = at(tokens, k);
    // A capitalised word that is not a month or weekday, after a name or inside a sentence.
    return isCapitalised(w) && !MONTH_SET.has(w?.lower ?? '') && !WEEKDAYS.has(w?.lower ?? '') && (isCapitalised(at(tokens, k - 1)) || isLowerWord(at(tokens, k - 1)) || isPunct(at(tokens, k - 1), '.'));
  };
  if (isWord(prev, 'age', 'aged', 'ages') || (isWord(prev, 'of') && isWord(at(tokens, n.first - 2), 'age'))) return age;
  // "The former star, 42, was …", "Pregnant girl, 13, …": a number set off by commas after a noun.
  if (isPunct(prev, ',') && isPunct(next, ',', '–', '—') && isWordToken(at(tokens, n.first - 2)) && !STOP_AFTER_BARE.has(at(tokens, n.first - 2)?.lower ?? '') && !MONTH_SET.has(at(tokens, n.first - 2)?.lower ?? '') && !WEEKDAYS.has(at(tokens, n.first - 2)?.lower ?? '') && isWordToken(at(tokens, n.last + 2))) return age;
  if (isPunct(prev, ',') && isName(n.first - 2) && isPunct(next, ',', ';')) return age;
  if (isPunct(prev, ',') && isPunct(at(tokens, n.first - 2), '.') && isWord(at(tokens, n.first - 3), 'jr', 'sr') && isPunct(next, ',')) return age;
  if (isWordToken(prev) && isName(n.first - 1) && isPunct(next, ',') && isWord(at(tokens, n.last + 2), 'of', 'from', 'who')) return age;
  if (isPunct(prev, '(') && isName(n.first - 2) && isPunct(next, ')')) return age;
  return undefined;
}

