/**
 * Words of a short window of the text, with their offsets: the unit the speaker-phrase parsers
 * work on. Windows are bounded (an attribution is a few dozen words), so scanning them is cheap.
 */
import { ACRONYM, LETTER_OR_DIGIT, WORD } from './patterns.js';

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
}

export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
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
    out.push({ start: i, end: stop, text: t, lower: t.toLowerCase(), punct: !LETTER_OR_DIGIT.test(t) });
    i = stop;
  }
  return out;
}

export const isCapitalised = (w: Word): boolean => {
  const ch = w.text[0] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** "NASA", "MPS", "CAC": two or more letters, all upper case. */
export const isAcronym = (w: Word): boolean => w.text.length >= 2 && ACRONYM.test(w.text);
