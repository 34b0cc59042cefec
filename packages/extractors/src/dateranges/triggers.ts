/**
 * Trigger pass: where each parser can possibly match. Every parser pattern starts with `\b`
 * followed by a digit, an apostrophe or a letter, so a match can only start at a word start
 * whose word opens with one of the pattern's leading letter runs (leading.ts), at a digit, or
 * at an apostrophe. One cheap scan of the text lists those offsets per parser; the finder then
 * runs each parser as a sticky regex at its offsets only, instead of letting the engine try
 * every position of the text.
 *
 * The runs are derived from the pattern sources, never written by hand, so a word added to
 * a table (and so to a pattern) is a trigger at once.
 */
import { leadingRuns } from './leading.js';
import type { LeadingRuns } from './leading.js';

/** What can start a match of one pattern. */
export type TriggerSet = LeadingRuns;

/** The trigger set of one pattern, read from its source. */
export const triggerSet = (pattern: RegExp): TriggerSet => leadingRuns(pattern);

const isWordCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isLetterCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Trigger sets merged into a trie of their runs over the letters a–z, each node carrying bit
 * masks (bit i = set i): no string is built per word of the text.
 */
export interface TriggerIndex {
  readonly size: number;
  readonly digitMask: number;
  readonly apostropheMask: number;
  readonly anyWordMask: number;
  /** children[node * 26 + letter]: the child node, 0 for none (the root is node 0). */
  readonly children: Int32Array;
  /** Sets having the node's letters as a run that must be the whole word. */
  readonly wholeMask: Int32Array;
  /** Sets whose match can end after the node's letters, inside a longer word. */
  readonly openMask: Int32Array;
}

/** At most 31 sets: the masks are 32-bit integers. */
export function triggerIndex(sets: readonly TriggerSet[]): TriggerIndex {
  if (sets.length > 31) throw new RangeError('at most 31 trigger sets');
  let digitMask = 0;
  let apostropheMask = 0;
  let anyWordMask = 0;
  const children: number[] = new Array<number>(26).fill(0);
  const wholeMask: number[] = [0];
  const openMask: number[] = [0];
  sets.forEach((s, i) => {
    const bit = 1 << i;
    if (s.digits) digitMask |= bit;
    if (s.apostrophes) apostropheMask |= bit;
    if (s.anyWord) anyWordMask |= bit;
    for (const [run, how] of s.runs) {
      let node = 0;
      for (let k = 0; k < run.length; k++) {
        const slot = node * 26 + run.charCodeAt(k) - 0x61;
        if (children[slot] === 0) {
          children[slot] = wholeMask.length;
          wholeMask.push(0);
          openMask.push(0);
          for (let j = 0; j < 26; j++) children.push(0);
        }
        node = children[slot] as number;
      }
      const masks = how === 'open' ? openMask : wholeMask;
      masks[node] = (masks[node] as number) | bit;
    }
  });
  return { size: sets.length, digitMask, apostropheMask, anyWordMask, children: Int32Array.from(children), wholeMask: Int32Array.from(wholeMask), openMask: Int32Array.from(openMask) };
}

/**
 * The sets a word at a word start (its ASCII letters, [start, end)) can begin a match of: the
 * word is one of their whole runs, or goes on past a run after which their match can end.
 */
function wordMaskAt(index: TriggerIndex, text: string, start: number, end: number): number {
  let mask = index.anyWordMask;
  let node = 0;
  for (let at = start; at < end; at++) {
    node = index.children[node * 26 + ((text.charCodeAt(at) | 0x20) - 0x61)] as number;
    if (node === 0) return mask;
    mask |= index.openMask[node] as number;
  }
  return mask | (index.wholeMask[node] as number);
}

/** Candidate start offsets for each trigger set of the index, ascending, in one scan of the text. */
export function candidateOffsets(text: string, index: TriggerIndex): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < index.size; i++) out.push([]);
  const push = (mask: number, at: number): void => {
    for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) (out[i] as number[]).push(at);
  };
  const n = text.length;
  let prevWord = false;
  for (let at = 0; at < n; at++) {
    const c = text.charCodeAt(at);
    const word = isWordCode(c);
    if (word && !prevWord) {
      if (c <= 0x39) {
        push(index.digitMask, at);
      } else if (isLetterCode(c)) {
        let end = at + 1;
        while (end < n && isLetterCode(text.charCodeAt(end))) end++;
        push(wordMaskAt(index, text, at, end), at);
        at = end - 1; // the rest of the word starts nothing
      }
    } else if (c === 0x27 || c === 0x2019) {
      push(index.apostropheMask, at);
    }
    prevWord = word;
  }
  return out;
}

/** A pattern run only where it can start: compiled sticky, with its trigger set. */
export interface Triggered {
  readonly sticky: RegExp;
  readonly triggers: TriggerSet;
}

export const triggered = (pattern: RegExp): Triggered => ({ sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'), triggers: triggerSet(pattern) });

/**
 * The matches a global scan of the pattern would find — leftmost first, none overlapping —
 * tried at the candidate offsets only (ascending, a superset of the possible starts).
 */
export function matchesAt(text: string, sticky: RegExp, offsets: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // `from` plays the global scan's lastIndex: a match hides the candidates inside it.
  let from = 0;
  for (const at of offsets) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    from = m[0].length === 0 ? at + 1 : at + m[0].length;
    if (m[0].length > 0) matches.push(m);
  }
  return matches;
}
