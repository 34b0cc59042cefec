/**
 * Which paragraphs may contain one of a growing set of lower-case words, without tokenising
 * them. A paragraph is read when it is asked about: one pass over its characters hashes every
 * run of letters and digits that lower-case to ASCII, and a word is compared only at a run that
 * hashes like the word's own leading run (a match starts a run and runs to its end: the word's
 * next character, if any, is no ASCII letter or digit). A paragraph a word is found in (not
 * inside a longer word) may hold it as a word, or as its possessive; one it is not found in
 * cannot. Matching is on the lower-cased text: lower-casing maps each character on its own,
 * except a capital sigma, and only "İ" changes the length of what it lower-cases: a paragraph
 * with either always counts. Runs are read by character code (runs.ts).
 */
import { firstFrom } from '@claimsift/core';
import { hashStep, isRunCode, lowerCode, someRun } from './runs.js';
import type { Paragraph } from './types.js';

export interface WordFinder {
  /** Search for the words not searched for yet. */
  add(words: Iterable<string>): void;
  /** True when paragraph `i` (of the list given) may contain a word added so far. */
  mayContain(i: number): boolean;
}

/** A capital sigma (lower-cased by its context) or "İ" (the one character whose lower case is longer than itself). */
const FOLDING_CAPITAL = /[\u0130\u03a3]/g;
/** Entries of the run-hash filter, a power of two: a document's name words fill few of them. */
const FILTER_SIZE = 0x1000;

const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
};

export function createWordFinder(text: string, paragraphs: readonly Paragraph[]): WordFinder {
  /** Words opening with an ASCII letter or digit, by the hash of their leading run. */
  const byRun = new Map<number, string[]>();
  /** Low bits of the hashes in byRun: most runs are settled here without a map lookup (small: one is made per document). */
  const maybe = new Uint8Array(FILTER_SIZE);
  /** Words opening with another character: searched for in the lower-cased paragraph. */
  const others: string[] = [];
  const searched = new Set<string>();
  /** Per paragraph: HIT when a word was found, else 2 + how many words it was read for (0: never read). */
  const state = new Int32Array(paragraphs.length);
  const HIT = 1;

  /** The paragraph being read, lower-cased (only for words outside ASCII). */
  let lowered: { p: Paragraph; text: string } | null = null;
  const lowerOf = (p: Paragraph): string => {
    if (lowered?.p !== p) lowered = { p, text: text.slice(p.start, p.end).toLowerCase() };
    return lowered.text;
  };
  /** True when the lower-cased text has `word` at `at`, ending a word of paragraph `p`. */
  const matchesAt = (p: Paragraph, at: number, word: string): boolean => {
    const end = at + word.length;
    if (end > p.end) return false;
    if (end < p.end && isRunCode(lowerCode(text.charCodeAt(end)))) return false;
    if (!isAscii(word)) return lowerOf(p).startsWith(word, at - p.start);
    for (let k = 0; k < word.length; k++) if (lowerCode(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
    return true;
  };
  /** Where the text has a capital sigma or "İ" (read once, on the first paragraph asked about). */
  let foldingCapitals: { start: number }[] | null = null;
  const hasFoldingCapital = (p: Paragraph): boolean => {
    if (foldingCapitals === null) {
      foldingCapitals = [];
      FOLDING_CAPITAL.lastIndex = 0;
      for (let m = FOLDING_CAPITAL.exec(text); m !== null; m = FOLDING_CAPITAL.exec(text)) foldingCapitals.push({ start: m.index });
    }
    const next = foldingCapitals[firstFrom(foldingCapitals, p.start)];
    return next !== undefined && next.start < p.end;
  };
  const holds = (p: Paragraph): boolean => {
    if (hasFoldingCapital(p)) return true;
    const found = someRun(text, p.start, p.end, (h, runStart) => {
      const words = maybe[h & (FILTER_SIZE - 1)] === 1 ? byRun.get(h) : undefined;
      if (words) for (const w of words) if (matchesAt(p, runStart, w)) return true;
      return false;
    });
    if (found) return true;
    for (const word of others) {
      const l = lowerOf(p);
      for (let at = l.indexOf(word); at >= 0; at = l.indexOf(word, at + 1)) {
        if ((at === 0 || !isRunCode(l.charCodeAt(at - 1))) && matchesAt(p, p.start + at, word)) return true;
      }
    }
    return false;
  };
  return {
    add(words) {
      for (const w of words) {
        if (w === '' || searched.has(w)) continue;
        searched.add(w);
        if (!isRunCode(w.charCodeAt(0))) {
          others.push(w);
          continue;
        }
        let h = 0;
        for (let k = 0; k < w.length && isRunCode(w.charCodeAt(k)); k++) h = hashStep(h, w.charCodeAt(k));
        maybe[h & (FILTER_SIZE - 1)] = 1;
        const list = byRun.get(h);
        if (list) list.push(w);
        else byRun.set(h, [w]);
      }
    },
    mayContain(i) {
      const p = paragraphs[i];
      if (!p) return false;
      const seen = state[i] as number;
      if (seen === HIT) return true;
      if (seen === searched.size + 2) return false; // read for every word added so far
      const hit = holds(p);
      state[i] = hit ? HIT : searched.size + 2;
      return hit;
    },
  };
}
