/**
 * Measurable signals of one line, computed in one pass over its characters plus one pass
 * over its words: length, words, stop words per language, sentence punctuation,
 * capitalisation, digits, symbols, URLs and scripts.
 */
import type { LineSpan } from '../text/lines.js';
import { Script, SCRIPT_COUNT, SCRIPT_TABLE } from './scripts.js';
import { hashStep, lowerUnit, STOP_LANGS, stopMaskAt, stopMaskHashed } from './stopwords.js';

export interface LineFeatures {
  /** Visible length (textEnd - textStart). */
  readonly length: number;
  /** Length where a character of an unspaced script (Han, kana, Thai) counts as a short word (3). */
  readonly weightedLength: number;
  /** White-space separated tokens. */
  readonly tokens: number;
  /** Runs of letters and digits (words), and how many start with an upper-case letter. */
  readonly words: number;
  readonly capitalised: number;
  /** Stop-word hits per language, indexed like STOP_LANGS. */
  readonly stops: Int32Array;
  readonly letters: number;
  /** Upper-case letters (Latin, Latin-1, Greek and Cyrillic capitals). */
  readonly upper: number;
  readonly digits: number;
  /** Visible characters that are neither letters, digits nor white space. */
  readonly symbols: number;
  /** Characters inside URLs. */
  readonly urlChars: number;
  /** The line ends in sentence punctuation (. ! ? … 。 ！ ？), closing quotes/brackets allowed after it. */
  readonly endsSentence: boolean;
  /** The line ends in a colon. */
  readonly endsColon: boolean;
  /** The line ends in an ellipsis ("…", "...": a truncated teaser more often than a sentence). */
  readonly endsEllipsis: boolean;
  /** Sentence punctuation inside the line followed by a space or an unspaced script (sentence count - 1, roughly). */
  readonly innerStops: number;
  /** The line starts with a list marker (`*`, `-`, `•`, `1.`, `1)`). */
  readonly listItem: boolean;
  /** Letters per script, and the dominant script. */
  readonly scriptLetters: Int32Array;
  readonly script: Script;
  /** Number of scripts holding at least 2 letters. */
  readonly scriptCount: number;
}

// scripts written without spaces (see isUnspacedScript), as plain numbers for the hot loop
const UNSPACED_HAN: number = Script.Han;
const UNSPACED_KANA: number = Script.Kana;
const UNSPACED_THAI: number = Script.Thai;
const LATIN: number = Script.Latin;
// imported bindings read once: the hot loops below use module-local copies
const SCRIPTS = SCRIPT_COUNT;
const STOP_LANG_COUNT = STOP_LANGS.length;

const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '】', '」', '』', '）', '*', '_']);

/** URLs: a fixed prefix then non-space characters. */
export const URL_RE = /(?:https?:\/\/|www\.)\S+/gi;

/** A list marker at the start of a line: `*`, `-`, `•`, `1.`, `1)`. */
export const LIST_RE = /^(?:[*•·–—-]|\d{1,2}[.)])(?:\s|$)/;

export const featurePatterns: readonly RegExp[] = [URL_RE, LIST_RE];

/** Stop words are short: longer words are not looked up. */
const MAX_STOP_WORD = 12;

/**
 * Adds the stop-word hits of the word text[start, end) to `stops`. `hash` is its lower-case
 * hash (stopwords.ts), computed during the scan, unless `slow`: a character whose lower case
 * one code unit does not tell.
 */
function countStopWord(text: string, start: number, end: number, hash: number, slow: boolean, stops: Int32Array): void {
  if (end - start > MAX_STOP_WORD) return;
  const mask = slow ? stopMaskAt(text, start, end) : stopMaskHashed(text, start, end, hash);
  if (mask !== 0) for (let b = 0; b < stops.length; b++) if (mask & (1 << b)) stops[b] = (stops[b] as number) + 1;
}

function isUpperCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f);
}

export function lineFeatures(text: string, line: LineSpan): LineFeatures {
  const { textStart: s, textEnd: e } = line;
  const scriptLetters = new Int32Array(SCRIPTS);
  const stops = new Int32Array(STOP_LANG_COUNT);
  const table = SCRIPT_TABLE;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let symbols = 0;
  let tokens = 0;
  let unspaced = 0;
  let innerStops = 0;
  let words = 0;
  let capitalised = 0;
  let inToken = false;
  let wordStart = -1;
  // the lower-case hash of the current word, and whether a character of it has no one-unit lower case
  let hash = 0;
  let slow = false;
  // ASCII letters, most of a Latin page, are counted apart from the table lookups
  let asciiLower = 0;
  let asciiUpper = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    // a letter or digit: the code unit it adds to its word's lower-case hash (0: none of one unit)
    let unit: number;
    let isUpper = false;
    if (c >= 0x61 && c <= 0x7a) {
      unit = c;
      asciiLower++;
    } else if (c >= 0x41 && c <= 0x5a) {
      unit = c + 0x20;
      isUpper = true;
      asciiUpper++;
    } else if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b)) {
      inToken = false;
      if (wordStart >= 0) {
        countStopWord(text, wordStart, i, hash, slow, stops);
        wordStart = -1;
      }
      continue;
    } else if (c >= 0x30 && c <= 0x39) {
      unit = c;
      digits++;
    } else {
      const sc = table[c] as number;
      if (sc === 0) {
        if (!inToken) tokens++;
        inToken = true;
        symbols++;
        if (wordStart >= 0) {
          countStopWord(text, wordStart, i, hash, slow, stops);
          wordStart = -1;
        }
        if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < e && text.charCodeAt(i + 1) === 0x20) innerStops++;
        else if (c === 0x3002 || c === 0xff01 || c === 0xff1f) innerStops++;
        continue;
      }
      isUpper = isUpperCode(c);
      unit = lowerUnit(c);
      letters++;
      if (isUpper) upper++;
      scriptLetters[sc] = (scriptLetters[sc] as number) + 1;
      if (sc === UNSPACED_HAN || sc === UNSPACED_KANA || sc === UNSPACED_THAI) unspaced++;
    }
    if (!inToken) tokens++;
    inToken = true;
    if (wordStart < 0) {
      // words are runs of letters and digits; each is counted and looked up once
      wordStart = i;
      words++;
      if (isUpper) capitalised++;
      hash = 0;
      slow = false;
    }
    if (unit === 0) slow = true;
    else hash = hashStep(hash, unit);
  }
  if (wordStart >= 0) countStopWord(text, wordStart, e, hash, slow, stops);
  letters += asciiLower + asciiUpper;
  upper += asciiUpper;
  scriptLetters[LATIN] = (scriptLetters[LATIN] as number) + asciiLower + asciiUpper;
  let script = Script.None;
  let best = 0;
  let scriptCount = 0;
  for (let k = 1; k < SCRIPTS; k++) {
    const n = scriptLetters[k] as number;
    if (n >= 2) scriptCount++;
    if (n > best) {
      best = n;
      script = k as Script;
    }
  }
  const slice = text.slice(s, e);

  let urlChars = 0;
  // URL_RE is case-blind: "WWW.EXAMPLE.COM" is a URL too
  if (slice.includes('://') || /www\./i.test(slice)) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(slice); m !== null; m = URL_RE.exec(slice)) urlChars += m[0].length;
  }

  // last visible character, skipping closing quotes and brackets
  let k = e - 1;
  while (k > s && CLOSERS.has(text.charAt(k))) k--;
  const last = text.charAt(k);
  const endsSentence = e > s && SENTENCE_END.has(last);
  const endsColon = last === ':' || last === '：';
  const endsEllipsis = last === '…' || (last === '.' && k >= s + 2 && text.charAt(k - 1) === '.' && text.charAt(k - 2) === '.');

  const listItem = LIST_RE.test(slice);

  const length = e - s;
  return {
    length,
    weightedLength: length + 2 * unspaced,
    tokens,
    words,
    capitalised,
    stops,
    letters,
    upper,
    digits,
    symbols,
    urlChars,
    endsSentence,
    endsColon,
    endsEllipsis,
    innerStops,
    listItem,
    scriptLetters,
    script,
    scriptCount,
  };
}
