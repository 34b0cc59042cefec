/**
 * Words of a short window of the text, with their offsets: the unit the speaker-phrase parsers
 * work on. Windows are bounded (an attribution is a few dozen words), so scanning them is cheap.
 */
import { LETTER_OR_DIGIT, WORD } from './patterns.js';
import { isAcronymText } from './shapes.js';
import { NON_NAME, classesOf } from './wordclasses.js';

/** White space of scraped text: spaces, tabs, line breaks, no-break and ideographic spaces. */
export const isSpaceCode = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x3000 || c === 0x2009 || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029 || c === 0xfeff;

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** True for a character (or symbol sequence) with no letter or digit. */
  readonly punct: boolean;
  /** True when the first character is an upper-case letter ("Wang", "NASA"). */
  readonly capitalised: boolean;
  /** A capitalised word that can be part of a name or an organisation (not "The", "But", "May"). */
  readonly nameish: boolean;
  /** The lexicon lists the lower-cased word is on: bits of wordclasses.ts. */
  readonly classes: number;
}

const nameish = (punct: boolean, capitalised: boolean, classes: number): boolean => !punct && capitalised && (classes & NON_NAME) === 0;

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
/** The connectors of WORD: ' ’ - ‑ &. */
const isConnector = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2011 || c === 0x26;

/**
 * End of the WORD match at `i` when the word is plain ASCII letters and digits joined by
 * connectors (most words of English news), else -1: the caller then runs the regex. Same
 * result as WORD, without a Unicode regex run per word.
 */
function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n && isAsciiLetterOrDigit(text.charCodeAt(j))) j++;
    if (j >= n) return j;
    const c = text.charCodeAt(j);
    if (c >= 0x80 && !isConnector(c)) return -1; // a non-ASCII letter may continue the word
    if (!isConnector(c) || j + 1 >= n) return j;
    const d = text.charCodeAt(j + 1);
    if (d >= 0x80) return -1;
    if (!isAsciiLetterOrDigit(d)) return j;
    j++;
  }
}

/** True when text[start, end) has a capital A–Z: only then does lower-casing an ASCII word change it. */
function hasAsciiCapital(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

const capitalisedText = (t: string): boolean => {
  const ch = t[0] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** The words of text[start, end), at most `limit` of them (the first ones). */
export function wordsIn(text: string, start: number, end: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end && out.length < limit) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (c < 0x80) {
      // ASCII: a plain word, or one character of punctuation
      const wordEnd = isAsciiLetterOrDigit(c) ? asciiWordEnd(text, i) : i + 1;
      if (wordEnd >= 0) {
        const stop = Math.min(wordEnd, end);
        const t = text.slice(i, stop);
        const punct = !isAsciiLetterOrDigit(c);
        const lower = punct || !hasAsciiCapital(text, i, stop) ? t : t.toLowerCase();
        const capitalised = c >= 0x41 && c <= 0x5a;
        const classes = classesOf(lower);
        out.push({ start: i, end: stop, text: t, lower, punct, capitalised, nameish: nameish(punct, capitalised, classes), classes });
        i = stop;
        continue;
      }
    }
    if (c >= 0x2010 && c <= 0x2027) {
      // dashes, curly quotes, bullets, ellipsis: one character of punctuation, as WORD's \S would take it
      const t = text.slice(i, i + 1);
      out.push({ start: i, end: i + 1, text: t, lower: t, punct: true, capitalised: false, nameish: false, classes: 0 });
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m === null) {
      i++;
      continue;
    }
    const stop = Math.min(i + m[0].length, end);
    const t = text.slice(i, stop);
    const lower = t.toLowerCase();
    const punct = !LETTER_OR_DIGIT.test(t);
    const capitalised = capitalisedText(t);
    const classes = classesOf(lower);
    out.push({ start: i, end: stop, text: t, lower, punct, capitalised, nameish: nameish(punct, capitalised, classes), classes });
    i = stop;
  }
  return out;
}

export const isCapitalised = (w: Word): boolean => w.capitalised;

/** "NASA", "MPS", "CAC": two or more letters, all upper case. */
export const isAcronym = (w: Word): boolean => isAcronymText(w.text);
