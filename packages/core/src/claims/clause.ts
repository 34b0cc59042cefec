/**
 * The clause of a quantity: the part of its sentence that states the figure, without the
 * reporting frame ("In a statement on Friday, CAC said that", "According to a statement
 * released on August 27th,") and without neighbouring clauses (";", "while ...", ", said X").
 * Slots are looked for in the clause first, then in the sentence.
 */
import type { Range } from '../span.js';
import { CLAUSE_OPENERS, REPORTING_CUES } from './lexicon.js';
import { wordSet } from './words.js';
import type { Words } from './words.js';

const OPENERS = wordSet(CLAUSE_OPENERS);
const CUES = wordSet(REPORTING_CUES);
const HARD_STOPS = new Set([';', ':', '|', '•']);
const AUXILIARIES = wordSet(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** What a word does to a clause: ends it (a hard stop, an opener) or, as a reporting cue, may frame it. One lookup per word. */
const BOUNDARIES: ReadonlyMap<string, 'stop' | 'cue'> = new Map([
  ...[...HARD_STOPS, ...OPENERS].map((w) => [w, 'stop'] as const),
  ...[...CUES].map((w) => [w, 'cue'] as const),
]);

/** A cue at `i` frames a clause; "are reported to have been removed" is a passive, not a frame. */
const cueFrames = (words: Words, i: number): boolean => !AUXILIARIES.has(words.word(i - 1));
const isFrameCue = (words: Words, i: number): boolean => CUES.has(words.word(i)) && cueFrames(words, i);

export interface Clause extends Range {
  /** True when the clause follows a reporting frame (a cue or "according to ...," before it). */
  readonly framed: boolean;
}

export function clauseOf(words: Words, quantity: Range, sentence: Range): Clause {
  const q = words.indexAfter(quantity.start);
  let start = sentence.start;
  let framed = false;
  let leftmostComma = -1;
  for (let i = q - 1; i >= 0 && words.start(i) >= sentence.start; i--) {
    const w = words.word(i);
    if (w === ',') leftmostComma = i;
    const boundary = BOUNDARIES.get(w);
    if (boundary === undefined) continue;
    if (boundary === 'stop') {
      start = words.end(i);
      break;
    }
    if (w === 'according' && words.word(i + 1) === 'to') {
      // "According to X, <clause>": the clause starts after the comma closing the frame.
      start = leftmostComma >= 0 ? words.end(leftmostComma) : words.end(i + 1);
      framed = true;
      break;
    }
    if (cueFrames(words, i)) {
      start = words.word(i + 1) === 'that' ? words.end(i + 1) : words.end(i);
      framed = true;
      break;
    }
  }
  let end = sentence.end;
  const qEnd = words.indexAfter(quantity.end);
  for (let i = qEnd; i < words.count && words.start(i) < sentence.end; i++) {
    if (words.start(i) < quantity.end) continue;
    const w = words.word(i);
    const boundary = BOUNDARIES.get(w);
    if (boundary === 'stop' || (boundary === 'cue' && cueFrames(words, i))) {
      end = words.start(i);
      break;
    }
    // ", the ministry said" / ", Xinhua reported": a comma whose next few words reach a cue.
    if (w === ',' && reachesCue(words, i + 1, sentence.end)) {
      end = words.start(i);
      break;
    }
  }
  return { start: Math.min(start, quantity.start), end: Math.max(end, quantity.end), framed };
}

function reachesCue(words: Words, from: number, limit: number): boolean {
  for (let i = from; i < from + 5 && i < words.count && words.start(i) < limit; i++) {
    const w = words.word(i);
    if (isFrameCue(words, i)) return true;
    if (w === ',' || HARD_STOPS.has(w)) return false;
  }
  return false;
}
