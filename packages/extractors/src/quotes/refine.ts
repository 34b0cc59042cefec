/**
 * Refiners over quote drafts: drop quoted fragments too short to be speech (scare quotes,
 * terms), quoted names and titles of works (every word capitalised), and overlaps between
 * the finders (marked quotes win over unmarked ones).
 */
import type { Doc, DraftRefiner, MentionDraft } from '@claimsift/core';
import { DIGIT_START } from './patterns.js';
import { isCapitalised, wordsIn } from './words.js';
import type { Word } from './words.js';

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'at', 'by', 'de', 'la', '&']);
const CLAUSE_PUNCT = new Set(['.', '!', '?', ';', ':']);

const wordCount = (words: readonly Word[]): number => words.filter((w) => !w.punct).length;

export function minimumWords(min: number): DraftRefiner {
  // the first words of a quote decide, as a rule: the whole quote is read only when they are mostly punctuation
  const window = Math.max(16, min * 4);
  return (drafts: MentionDraft[], doc: Doc) =>
    drafts.filter((d) => {
      const first = wordsIn(doc.text, d.start, d.end, window);
      if (wordCount(first) >= min) return true;
      return first.length === window && wordCount(wordsIn(doc.text, d.start, d.end)) >= min;
    });
}

/** "China's Red Army Command", "Strategic Missile Troops": a name or a title, not speech. */
export const dropNames: DraftRefiner = (drafts, doc) =>
  drafts.filter((d) => {
    const words = wordsIn(doc.text, d.start, d.end, 13); // more than twelve words is speech, whatever they are
    if (words.length > 12) return true;
    if (words.some((w) => w.punct && CLAUSE_PUNCT.has(w.text))) return true;
    return !words.every((w) => w.punct || isCapitalised(w) || SMALL_WORDS.has(w.lower) || DIGIT_START.test(w.text));
  });

/** Of two drafts that overlap, keep the one listed first (finders list marked quotes first). */
export const dropOverlaps: DraftRefiner = (drafts) => {
  const ranked = drafts.map((d, rank) => ({ d, rank })).sort((a, b) => a.d.start - b.d.start || a.rank - b.rank);
  const kept: { d: MentionDraft; rank: number }[] = [];
  for (const x of ranked) {
    const last = kept[kept.length - 1];
    if (!last || last.d.end <= x.d.start) kept.push(x);
    else if (x.rank < last.rank) kept[kept.length - 1] = x;
  }
  return kept.map((x) => x.d);
};
