/**
 * Which paragraphs may contain one of a growing set of lower-case words, without tokenising
 * them: one lower-cased copy of all the paragraphs is searched once per word. A paragraph a
 * word is found in (not inside a longer word) may hold it as a word; one it is not found in
 * cannot (lower-casing maps each character on its own, except a capital sigma, so those
 * paragraphs always count).
 */
import type { Paragraph } from './types.js';

export interface WordFinder {
  /** Search for the words not searched for yet. */
  add(words: Iterable<string>): void;
  /** True when paragraph `i` (of the list given) may contain a word added so far. */
  mayContain(i: number): boolean;
}

const CAPITAL_SIGMA = 'Σ';

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * False when the match at `at` has a lower-case ASCII letter or digit right before or after it:
 * it is then inside a longer word (words are maximal runs of letters and digits; only letters
 * lower-case to letters), so no word there is the searched word or its possessive.
 */
const standsAlone = (all: string, at: number, length: number): boolean =>
  !isAsciiLetterOrDigit(all.charCodeAt(at - 1)) && !isAsciiLetterOrDigit(all.charCodeAt(at + length));

export function createWordFinder(text: string, paragraphs: readonly Paragraph[]): WordFinder {
  const starts: number[] = [];
  const parts: string[] = [];
  const hit = new Uint8Array(paragraphs.length);
  let offset = 0;
  paragraphs.forEach((p, i) => {
    const raw = text.slice(p.start, p.end);
    if (raw.includes(CAPITAL_SIGMA)) hit[i] = 1;
    const lower = raw.toLowerCase();
    starts.push(offset);
    parts.push(lower);
    offset += lower.length + 1;
  });
  const all = parts.join('\n');
  const searched = new Set<string>();
  /** Index of the paragraph whose lower-cased copy holds offset `at`. */
  const paragraphAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    add(words) {
      for (const w of words) {
        if (w === '' || searched.has(w)) continue;
        searched.add(w);
        for (let at = all.indexOf(w); at >= 0; ) {
          if (!standsAlone(all, at, w.length)) {
            at = all.indexOf(w, at + 1);
            continue;
          }
          const i = paragraphAt(at);
          hit[i] = 1;
          const next = starts[i + 1];
          if (next === undefined) break;
          at = all.indexOf(w, next); // one hit per paragraph is enough
        }
      }
    },
    mayContain: (i) => hit[i] === 1,
  };
}
