/**
 * Word scanner for the agency finder: one pass over a range of the text, no regex per word.
 * Each word knows its shape (capitalised, upper case, lower case), its lookup key, the parts
 * of a glued word ("PublicSecurity" → public, security), a possessive ending, and what lies
 * between it and the previous word. Scraped glue such as "theMPS" or "thatThe" is split
 * into two words at the case change, offsets untouched. Everything that depends on a word's
 * spelling alone is computed once per distinct spelling and shared.
 */
import { CHAR_PATTERNS, LETTER, MARK, NUMBER, UPPER, classAt, unitClass, widthAt } from './chars.js';
import { createInternTable, hashRange } from './intern.js';
import type { Interned } from './intern.js';

// What a word is: dotted abbreviations ("U.S.", "U.N.") or letter/digit runs joined by a hyphen,
// apostrophe or ampersand ("People's", "Nano-Satellite", "AT&T"). `scanWords` implements this
// regex by hand over a character-class table (no match objects, no strings for known spellings);
// a property test holds the two together.
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// A lower-case function word glued to a capitalised word by lost white space ("theMPS").
const GLUED_PREFIX = /^(?:the|of|and|that|from|by|with|for|to|at|in|on|said)(?=\p{Lu})/u;
// Case changes inside a word: "PublicSecurity" → "Public" + "Security".
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;
const POSSESSIVE = /['’]s$/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_DIGIT = /^\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const MANY_DIGITS = /\p{N}[^\p{N}]?\p{N}[^\p{N}]?\p{N}/u;
const LOWER_TAIL = /-\p{Ll}[\p{Ll}\p{M}]*$/u;
const CURLY_APOSTROPHE = /[’‘]/g;
const DOT = /\./g;
// What lies before a sentence's first word: a line break or a sentence or clause mark.
const SENTENCE_GAP = /[\n\r.!?:;"“”|•–—]/;

export const WORD_PATTERNS: readonly RegExp[] = [WORD, GLUED_PREFIX, ...CHAR_PATTERNS, CAMEL_SPLIT, POSSESSIVE, HAS_LOWER, HAS_UPPER, STARTS_UPPER, STARTS_DIGIT, HAS_LETTER, MANY_DIGITS, LOWER_TAIL, SENTENCE_GAP, CURLY_APOSTROPHE, DOT];

export type Shape = 'cap' | 'upper' | 'lower' | 'num';

/** What a word is by its spelling alone (the same for every occurrence). */
export interface WordSpelling {
  /** The word as written. */
  readonly text: string;
  /** Lookup key of the whole word: lower case, "'" apostrophes, no dots. */
  readonly key: string;
  /** Key without the possessive. */
  readonly baseKey: string;
  /** Keys of the glued parts ("PublicSecurity" → public, security); one part for most words. */
  readonly parts: readonly string[];
  /** `parts` without the possessive on the last part. */
  readonly baseParts: readonly string[];
  readonly shape: Shape;
  readonly possessive: boolean;
}

/** One occurrence of a word: its spelling's facts plus where it stands. */
export interface Word extends WordSpelling {
  readonly start: number;
  /** End of the word, possessive included. */
  readonly end: number;
  /** End without a possessive "'s". */
  readonly coreEnd: number;
  /** Raw text between the previous word and this one ("" for split glue). */
  readonly gap: string;
  /** First word of a line or after a sentence-ending mark. */
  readonly sentenceStart: boolean;
  /** Inside a line written in capitals (a headline): case says nothing there. */
  readonly shouted: boolean;
}

export function wordKey(text: string): string {
  return text.toLowerCase().replace(CURLY_APOSTROPHE, "'").replace(DOT, '');
}

/** Keys of words[first..last] joined by spaces; the last word's without its possessive. */
export function joinBaseKeys(words: readonly Word[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) {
    const w = words[k] as Word;
    out += (k > first ? ' ' : '') + (k === last ? w.baseKey : w.key);
  }
  return out;
}

function shapeOf(text: string): Shape {
  if (STARTS_DIGIT.test(text)) return HAS_UPPER.test(text) ? 'upper' : 'num';
  // Model numbers ("A350-900") count as numbers; a compound ending in a lower-case word ("GOP-dominated") as a lower-case word.
  if (MANY_DIGITS.test(text)) return 'num';
  if (LOWER_TAIL.test(text)) return 'lower';
  if (!STARTS_UPPER.test(text)) return 'lower';
  const core = text.replace(POSSESSIVE, '');
  if (!HAS_LOWER.test(core)) return core.length >= 2 ? 'upper' : 'cap';
  return 'cap';
}

/** Everything about a word that depends on its spelling alone, with the scanner's own facts. */
interface Spelling extends WordSpelling, Interned {
  /** Letters, all of them capitals (counts towards a shouted line). */
  readonly hasLetter: boolean;
  readonly noLower: boolean;
  /** Length of a glued function word to split off ("the" of "theMPS"), or 0. */
  readonly glue: number;
  /** Bits in the fixed word lists, -1 until `spellingBits` asks. */
  bits: number;
  /** The last `Vocabulary` that added this spelling's base key (each spelling is added once per vocabulary). */
  vocabularyPass: number;
}

function gluedLength(text: string): number {
  const glue = GLUED_PREFIX.exec(text);
  return glue && glue[0].length < text.length ? glue[0].length : 0;
}

function spell(text: string, hash: number): Spelling {
  const possessive = POSSESSIVE.test(text) && text.length > 2;
  const coreText = possessive ? text.slice(0, -2) : text;
  const key = wordKey(text);
  const baseParts = coreText.split(CAMEL_SPLIT).map(wordKey);
  const parts = possessive ? [...baseParts.slice(0, -1), `${baseParts[baseParts.length - 1] ?? ''}'s`] : baseParts;
  return {
    text,
    hash,
    key,
    baseKey: possessive ? wordKey(coreText) : key,
    parts,
    baseParts,
    shape: shapeOf(text),
    possessive,
    hasLetter: HAS_LETTER.test(text),
    noLower: !HAS_LOWER.test(text),
    glue: gluedLength(text),
    bits: -1,
    vocabularyPass: 0,
  };
}

// News text repeats its words: each spelling is analysed once and shared (the arrays are read-only).
const SPELLINGS = createInternTable(16, spell);

/** What lies between two words, with the two facts the scanner needs of it. */
interface Gap extends Interned {
  readonly sentenceGap: boolean;
  readonly newline: boolean;
}
const gapOf = (gap: string, hash: number): Gap => ({ text: gap, hash, sentenceGap: SENTENCE_GAP.test(gap), newline: gap.includes('\n') });
const GAPS = createInternTable(12, gapOf);
// Longer gaps are rare; they are sliced, not interned.
const MAX_INTERNED_GAP = 16;
// Most gaps are one Latin-1 character (a space): those come from a table by character code.
const ONE_CHAR_GAPS: Gap[] = [];
for (let c = 0; c < 256; c++) {
  const gap = String.fromCharCode(c);
  ONE_CHAR_GAPS.push(gapOf(gap, hashRange(gap, 0, 1)));
}

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;
const FULL_STOP = 0x2e;
const isJoiner = (c: number): boolean => c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE || c === AMPERSAND;

/** End of the WORD match that starts at `s` (a letter or digit). */
function wordEnd(text: string, s: number): number {
  // First alternative: two or more "X." (the regex takes it whenever it matches).
  let j = s;
  let pairs = 0;
  while (j < text.length && (classAt(text, j) & UPPER) !== 0) {
    const w = widthAt(text, j);
    if (text.charCodeAt(j + w) !== FULL_STOP) break;
    j += w + 1;
    pairs++;
  }
  if (pairs >= 2) return j;
  // Second: a run of letters, marks and digits, continued after each joiner that a letter or digit follows.
  j = s + widthAt(text, s);
  for (;;) {
    while (j < text.length) {
      const c = text.charCodeAt(j);
      // Most code units are outside the surrogate range: one table look-up, width one.
      if (c < 0xd800 || c > 0xdfff) {
        if ((unitClass(c) & (LETTER | MARK | NUMBER)) === 0) break;
        j++;
      } else if ((classAt(text, j) & (LETTER | MARK | NUMBER)) !== 0) j += widthAt(text, j);
      else break;
    }
    if (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && (classAt(text, j + 1) & (LETTER | NUMBER)) !== 0) j += 1 + widthAt(text, j + 1);
    else return j;
  }
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * A scanned word: its position and a reference to its shared spelling, whose facts it reads
 * through getters (a word costs eight fields, not fifteen).
 */
class ScannedWord implements Word {
  shouted = false;
  // Copied from the spelling: the passes over every word ask these first, and the copies keep them off the spelling.
  readonly shape: Shape;
  /** The spelling's lexical bits, -1 until known (see `spellingBits`). */
  bits: number;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly spelling: Spelling,
    readonly gap: string,
    readonly sentenceStart: boolean,
  ) {
    this.shape = spelling.shape;
    this.bits = spelling.bits;
  }
  get coreEnd(): number {
    return this.spelling.possessive ? this.end - 2 : this.end;
  }
  get text(): string {
    return this.spelling.text;
  }
  get key(): string {
    return this.spelling.key;
  }
  get baseKey(): string {
    return this.spelling.baseKey;
  }
  get parts(): readonly string[] {
    return this.spelling.parts;
  }
  get baseParts(): readonly string[] {
    return this.spelling.baseParts;
  }
  get possessive(): boolean {
    return this.spelling.possessive;
  }
}

/**
 * The bits of a word in the fixed word lists, kept with its spelling: `classify` (lexical.ts,
 * the one classification of spellings) runs once per spelling, not once per word.
 */
export function spellingBits(w: Word, classify: (spelling: WordSpelling) => number): number {
  const word = w as ScannedWord;
  if (word.bits < 0) {
    const spelling = word.spelling;
    if (spelling.bits < 0) spelling.bits = classify(spelling);
    word.bits = spelling.bits;
  }
  return word.bits;
}

let vocabularies = 0;

/** Words a text writes in lower case, and capitalised words met inside its sentences (by base key). */
export class Vocabulary {
  readonly lower = new Set<string>();
  readonly midSentence = new Set<string>();
  // A spelling is lower case or not by its text alone, so one number marks it as added to either set.
  private readonly pass = ++vocabularies;

  /** Adds a word met while scanning; a spelling already added costs one comparison. */
  note(spelling: Spelling, sentenceStart: boolean): void {
    if (spelling.vocabularyPass === this.pass) return;
    if (spelling.shape === 'lower') {
      spelling.vocabularyPass = this.pass;
      this.lower.add(spelling.baseKey);
    } else if (spelling.shape === 'cap' && !sentenceStart) {
      spelling.vocabularyPass = this.pass;
      this.midSentence.add(spelling.baseKey);
    }
  }
}

/** Scan [start, end) of `text` into words. */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  return scanInto([], text, start, end);
}

const spellingOf = (text: string, s: number, e: number): Spelling => SPELLINGS.lookup(text, s, e, hashRange(text, s, e));

/** The scan of one range: the words so far and the letters of the current line (for shouted lines). */
class RangeScan {
  readonly first: number;
  lineFirst: number;
  lineLetters = 0;
  lineUpper = 0;
  previousEnd: number;
  constructor(
    readonly words: ScannedWord[],
    readonly text: string,
    start: number,
    readonly vocabulary: Vocabulary | null,
  ) {
    this.first = words.length;
    this.lineFirst = this.first;
    this.previousEnd = start;
  }

  push(s: number, e: number, sp: Spelling): void {
    const { text, words } = this;
    // (A word can begin before the range's start when it splits a surrogate pair: its gap is empty.)
    const gapStart = Math.min(this.previousEnd, s);
    let gap: string;
    let gapFacts: Gap;
    const oneChar = s - gapStart === 1 ? text.charCodeAt(gapStart) : 256;
    if (oneChar < 256) {
      gapFacts = ONE_CHAR_GAPS[oneChar] as Gap;
      gap = gapFacts.text;
    } else if (s - gapStart <= MAX_INTERNED_GAP) {
      gapFacts = GAPS.lookup(text, gapStart, s, hashRange(text, gapStart, s));
      gap = gapFacts.text;
    } else {
      gap = text.slice(gapStart, s);
      gapFacts = gapOf(gap, 0); // (never interned: its hash is not asked)
    }
    const i = words.length;
    if (i > this.first && gapFacts.newline) {
      this.closeLine();
      this.lineFirst = i;
      this.lineLetters = 0;
      this.lineUpper = 0;
    }
    if (sp.hasLetter) {
      this.lineLetters++;
      if (sp.noLower) this.lineUpper++;
    }
    const sentenceStart = i === this.first || gapFacts.sentenceGap;
    words.push(new ScannedWord(s, e, sp, gap, sentenceStart));
    this.vocabulary?.note(sp, sentenceStart);
    this.previousEnd = e;
  }

  /** Marks the words of a line whose letters are nearly all capitals (headlines, datelines). */
  closeLine(): void {
    const { words, lineLetters, lineUpper } = this;
    if (lineLetters >= 2 && lineUpper / lineLetters > 0.7) for (let k = this.lineFirst; k < words.length; k++) (words[k] as ScannedWord).shouted = true;
  }
}

/**
 * Scan [start, end) of `text`, appending its words to `words` (one list for many blocks, no copying)
 * and noting them in `vocabulary` if given (while each spelling is at hand).
 */
export function scanInto(out: Word[], text: string, start: number, end: number, vocabulary: Vocabulary | null = null): Word[] {
  const scan = new RangeScan(out as ScannedWord[], text, start, vocabulary);
  // Like the regex in unicode mode, a start inside a surrogate pair steps back to the pair.
  let i = start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)) ? start - 1 : start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff ? (unitClass(c) & (LETTER | NUMBER)) === 0 : (classAt(text, i) & (LETTER | NUMBER)) === 0) {
      i += widthAt(text, i);
      continue;
    }
    const full = wordEnd(text, i);
    const e = Math.min(full, end);
    const sp = spellingOf(text, i, e);
    const glue = sp.glue;
    if (glue > 0) {
      scan.push(i, i + glue, spellingOf(text, i, i + glue));
      scan.push(i + glue, e, spellingOf(text, i + glue, e));
    } else scan.push(i, e, sp);
    i = full;
  }
  scan.closeLine();
  return out;
}
