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
import type { Range } from '@claimsift/core';
import { leadingRuns } from './leading.js';
import type { LeadingRuns } from './leading.js';
import snapshot from './data/leading-runs.json' with { type: 'json' };

/** What can start a match of one pattern. */
export type TriggerSet = LeadingRuns;

/**
 * Leading runs read from the finder's pattern sources ahead of time (scripts/leading-runs.ts):
 * reading them costs ~40 ms of start-up. Keyed by the source they were read from, so a pattern
 * changed since is read afresh, never given stale runs; a test keeps the snapshot current.
 */
export const SNAPSHOT_RUNS: ReadonlyMap<string, LeadingRuns> = new Map(
  (snapshot as unknown as { patterns: { source: string; runs: LeadingRuns }[] }).patterns.map((p) => [p.source, p.runs]),
);

/** The trigger set of one pattern, read from its source (or the snapshot of that reading). */
export const triggerSet = (pattern: RegExp): TriggerSet => SNAPSHOT_RUNS.get(pattern.source) ?? leadingRuns(pattern);

const isWordCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** What an ASCII code unit is to the trigger scan: a word character (digit, letter, "_"), an apostrophe, or other. */
const OTHER = 0;
const DIGIT = 1;
const LETTER = 2;
const UNDERSCORE = 3;
const APOSTROPHE = 4;
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) =>
  c >= 0x30 && c <= 0x39 ? DIGIT : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LETTER : c === 0x5f ? UNDERSCORE : c === 0x27 ? APOSTROPHE : OTHER);

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
  // At most one node per letter of the runs, plus the root: typed arrays sized once.
  const capacity = 1 + sets.reduce((sum, s) => sum + s.runs.reduce((n, [run]) => n + run.length, 0), 0);
  const children = new Int32Array(capacity * 26);
  const wholeMask = new Int32Array(capacity);
  const openMask = new Int32Array(capacity);
  let nodes = 1;
  sets.forEach((s, i) => {
    const bit = 1 << i;
    if (s.digits) digitMask |= bit;
    if (s.apostrophes) apostropheMask |= bit;
    if (s.anyWord) anyWordMask |= bit;
    for (const [run, how] of s.runs) {
      let node = 0;
      for (let k = 0; k < run.length; k++) {
        const slot = node * 26 + run.charCodeAt(k) - 0x61;
        if (children[slot] === 0) children[slot] = nodes++;
        node = children[slot] as number;
      }
      const masks = how === 'open' ? openMask : wholeMask;
      masks[node] = (masks[node] as number) | bit;
    }
  });
  return { size: sets.length, digitMask, apostropheMask, anyWordMask, children: children.slice(0, nodes * 26), wholeMask: wholeMask.slice(0, nodes), openMask: openMask.slice(0, nodes) };
}

/** Letter index 0–25 of an ASCII letter (either case), else a value outside 0–25. */
const letterOf = (c: number): number => ((c | 0x20) - 0x61) >>> 0;

/** Appends `at` to the list of every set of the mask. */
function push(out: number[][], mask: number, at: number): void {
  for (let m = mask; m !== 0; m &= m - 1) (out[31 - Math.clz32(m & -m)] as number[]).push(at);
}

/**
 * Candidate start offsets for each trigger set of the index, ascending, in one scan of the text
 * (or of the given ranges, ascending and disjoint: the offsets inside them). A word start whose
 * word is letters walks the trie as it reads them: the word is one of a set's whole runs, or
 * goes on past a run after which the set's match can end.
 */
export function candidateOffsets(text: string, index: TriggerIndex, ranges: readonly Range[] = [{ start: 0, end: text.length }]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < index.size; i++) out.push([]);
  const { children, openMask, wholeMask } = index;
  const n = text.length;
  for (const range of ranges) {
    const end = Math.min(range.end, n);
    let at = range.start;
    // A range starting inside a word: the rest of that word starts nothing.
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) while (at < end && isWordCode(text.charCodeAt(at))) at++;
    while (at < end) {
      const c = text.charCodeAt(at);
      const kind = c < 0x80 ? (ASCII_KIND[c] as number) : OTHER;
      if (kind === OTHER) {
        if (c === 0x2019) push(out, index.apostropheMask, at);
        at++;
        continue;
      }
      if (kind === APOSTROPHE) {
        push(out, index.apostropheMask, at);
        at++;
        continue;
      }
      // A word start: digits and letters can open a match; the rest of the word cannot.
      const start = at;
      if (kind === DIGIT) {
        push(out, index.digitMask, start);
      } else if (kind === LETTER) {
        let mask = index.anyWordMask;
        let node = 0;
        let letter = (c | 0x20) - 0x61;
        do {
          node = children[node * 26 + letter] as number;
          if (node === 0) break;
          mask |= openMask[node] as number;
          letter = letterOf(text.charCodeAt(++at));
        } while (letter < 26);
        if (node !== 0) mask |= wholeMask[node] as number;
        push(out, mask, start);
      }
      while (at < n && isWordCode(text.charCodeAt(at))) at++;
    }
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
