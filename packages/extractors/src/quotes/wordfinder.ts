/**
 * Which paragraphs may contain one of a growing set of lower-case words, without tokenising
 * them. The text is lower-cased once and the start of every run of ASCII letters and digits in
 * the paragraphs is filed under its first character; a word is then compared only at the
 * starts filed under its own first character. A paragraph a word is found in (not inside a
 * longer word) may hold it as a word, or as its possessive; one it is not found in cannot:
 * lower-casing maps each character on its own, except a capital sigma (those paragraphs always
 * count), and when it changes the text's length every paragraph counts.
 */
import type { Paragraph } from './types.js';

export interface WordFinder {
  /** Search for the words not searched for yet. */
  add(words: Iterable<string>): void;
  /** True when paragraph `i` (of the list given) may contain a word added so far. */
  mayContain(i: number): boolean;
}

const CAPITAL_SIGMA = 'Σ';

/** Lower-case ASCII letters and digits: what a lower-cased ASCII word is made of. */
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

export function createWordFinder(text: string, paragraphs: readonly Paragraph[]): WordFinder {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) {
    return { add: () => undefined, mayContain: () => true }; // a character lower-cased to two: offsets differ, every paragraph counts
  }
  const hit = new Uint8Array(paragraphs.length);
  const hasSigma = text.includes(CAPITAL_SIGMA);
  /** Word starts (offsets) by their first character code, with the paragraph of each. */
  const starts = new Map<number, { at: number[]; paragraph: number[] }>();
  paragraphs.forEach((p, i) => {
    if (hasSigma && text.slice(p.start, p.end).includes(CAPITAL_SIGMA)) hit[i] = 1;
    let previous = false;
    for (let j = p.start; j < p.end; j++) {
      const c = lower.charCodeAt(j);
      const current = isAsciiLetterOrDigit(c);
      if (current && !previous) {
        let list = starts.get(c);
        if (!list) starts.set(c, (list = { at: [], paragraph: [] }));
        list.at.push(j);
        list.paragraph.push(i);
      }
      previous = current;
    }
  });
  /** The match of `word` at `at` ends a word of paragraph `p`: at its end, or before no letter or digit. */
  const endsWord = (p: Paragraph, at: number, word: string): boolean => {
    const end = at + word.length;
    return end === p.end || (end < p.end && !isAsciiLetterOrDigit(lower.charCodeAt(end)));
  };
  /** Index of the paragraph that starts at or before `at` and ends after it, or -1. */
  const paragraphAt = (at: number): number => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((paragraphs[mid] as Paragraph).start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && at < (paragraphs[found] as Paragraph).end ? found : -1;
  };
  const searched = new Set<string>();
  const search = (word: string): void => {
    const first = word.charCodeAt(0);
    if (isAsciiLetterOrDigit(first)) {
      const list = starts.get(first);
      if (!list) return;
      for (let k = 0; k < list.at.length; k++) {
        const i = list.paragraph[k] as number;
        if (hit[i] === 1) continue;
        const at = list.at[k] as number;
        if (lower.startsWith(word, at) && endsWord(paragraphs[i] as Paragraph, at, word)) hit[i] = 1;
      }
      return;
    }
    // a word opening with another character: one search through the text
    for (let at = lower.indexOf(word); at >= 0; ) {
      const i = paragraphAt(at);
      const p = paragraphs[i];
      if (p && hit[i] !== 1 && at + word.length <= p.end && (at === p.start || !isAsciiLetterOrDigit(lower.charCodeAt(at - 1))) && endsWord(p, at, word)) {
        hit[i] = 1;
      }
      at = lower.indexOf(word, at + 1);
    }
  };
  return {
    add(words) {
      for (const w of words) {
        if (w === '' || searched.has(w)) continue;
        searched.add(w);
        search(w);
      }
    },
    mayContain: (i) => hit[i] === 1,
  };
}
