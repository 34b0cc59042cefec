/**
 * A flat, offset-exact tokenizer. Tokens live in typed arrays (as in wink-nlp), never as
 * per-token objects: `starts[i]`, `ends[i]` are UTF-16 offsets, `kinds[i]` a `TokenKind`.
 * White space is not a token; the gap between `ends[i]` and `starts[i + 1]` is.
 */
import type { Range } from '../span.js';

export const TokenKind = { word: 0, number: 1, punct: 2 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Tokens {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly kinds: Uint8Array;
}

// Digit groups joined by "." or "," ("160,000", "1.4"), then hyphenated parts ("58-year-old");
// letters/marks/digits joined by an apostrophe or hyphen ("People’s"); any other non-space
// code point alone.
// Each alternative is a run of one class separated by a mandatory connector outside that
// class, so matching is linear.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*(?:['’‑-][\p{L}\p{M}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:['’‑-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const DIGIT_START = /^\p{N}/u;

export function tokenize(text: string, range: Range = { start: 0, end: text.length }): Tokens {
  let starts = new Uint32Array(Math.max(16, (range.end - range.start) >>> 2));
  let ends = new Uint32Array(starts.length);
  let kinds = new Uint8Array(starts.length);
  let count = 0;
  TOKEN.lastIndex = range.start;
  for (let m = TOKEN.exec(text); m !== null && m.index < range.end; m = TOKEN.exec(text)) {
    if (count === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
      kinds = grow(kinds);
    }
    const token = m[0];
    starts[count] = m.index;
    ends[count] = Math.min(m.index + token.length, range.end);
    kinds[count] = token.length === 1 && !/[\p{L}\p{N}]/u.test(token) ? TokenKind.punct : DIGIT_START.test(token) ? TokenKind.number : TokenKind.word;
    count++;
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), kinds: kinds.subarray(0, count) };
}

function grow<T extends Uint32Array | Uint8Array>(array: T): T {
  const next = new (array.constructor as new (n: number) => T)(array.length * 2);
  next.set(array);
  return next;
}

/** Index of the first token whose end is after `offset` (binary search); `count` if none. */
export function tokenIndexAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens.ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
