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
/** The same pattern tried at one position: `test` moves lastIndex to the token's end without building a match. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;
const NUMBER_AT = /\p{N}/uy;

/** Exactly the white space of RegExp `\s` (and of String#trim): what the token pattern skips between tokens. */
export const isRegExpSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** The kind of the token [start, end): ASCII decided by code, anything else by the Unicode classes. */
function kindAt(text: string, start: number, end: number): TokenKind {
  const c = text.charCodeAt(start);
  if (c < 0x80) {
    if (isAsciiDigit(c)) return TokenKind.number;
    return end - start > 1 || isAsciiLetter(c) ? TokenKind.word : TokenKind.punct;
  }
  if (end - start === 1) {
    LETTER_OR_NUMBER_AT.lastIndex = start;
    if (!LETTER_OR_NUMBER_AT.test(text)) return TokenKind.punct;
  }
  NUMBER_AT.lastIndex = start;
  return NUMBER_AT.test(text) ? TokenKind.number : TokenKind.word;
}

const isAsciiAlnum = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c);

/** End of the run of `accept` code units from `i`. */
function runEnd(text: string, i: number, accept: (c: number) => boolean): number {
  while (i < text.length && accept(text.charCodeAt(i))) i++;
  return i;
}

/** End of the token of the pattern at `start`, as TOKEN_AT would match it. */
function patternTokenEnd(text: string, start: number): number {
  TOKEN_AT.lastIndex = start;
  TOKEN_AT.test(text);
  return TOKEN_AT.lastIndex;
}

/**
 * End of the token at `start` (a non-space position). Plain ASCII tokens are read by code unit
 * comparisons; whenever a character outside ASCII could be part of the token (a letter, a
 * mark, a digit, ’ or ‑), the token is left to the pattern, so both agree on every text.
 */
function asciiTokenEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c >= 0x80) return patternTokenEnd(text, start);
  if (!isAsciiAlnum(c)) return start + 1; // \S: one character
  const n = text.length;
  let i: number;
  if (isAsciiDigit(c)) {
    // \p{N}+ (?:[.,]\p{N}+)*
    i = runEnd(text, start, isAsciiDigit);
    for (;;) {
      if (i >= n) return i;
      const d = text.charCodeAt(i);
      if (d >= 0x80) return patternTokenEnd(text, start);
      if (d !== 0x2e && d !== 0x2c) break;
      const e = text.charCodeAt(i + 1);
      if (e >= 0x80) return patternTokenEnd(text, start);
      if (!isAsciiDigit(e)) break;
      i = runEnd(text, i + 1, isAsciiDigit);
    }
  } else {
    // [\p{L}\p{M}\p{N}]+
    i = runEnd(text, start, isAsciiAlnum);
    if (i < n && text.charCodeAt(i) >= 0x80) return patternTokenEnd(text, start);
  }
  // (?:['’‑-][\p{L}\p{M}\p{N}]+)*
  for (;;) {
    if (i >= n) return i;
    const d = text.charCodeAt(i);
    if (d >= 0x80) return patternTokenEnd(text, start);
    if (d !== 0x27 && d !== 0x2d) return i;
    const e = text.charCodeAt(i + 1);
    if (e >= 0x80) return patternTokenEnd(text, start);
    if (!isAsciiAlnum(e)) return i;
    i = runEnd(text, i + 1, isAsciiAlnum);
    if (i < n && text.charCodeAt(i) >= 0x80) return patternTokenEnd(text, start);
  }
}

export function tokenize(text: string, range: Range = { start: 0, end: text.length }): Tokens {
  let starts = new Uint32Array(Math.max(16, (range.end - range.start) >>> 2));
  let ends = new Uint32Array(starts.length);
  let kinds = new Uint8Array(starts.length);
  let count = 0;
  // The first token is searched as the global pattern would (range.start may be anywhere);
  // after it every token starts at the first non-space position, at a code point boundary.
  TOKEN.lastIndex = range.start;
  const first = TOKEN.exec(text);
  let start = first === null ? text.length : first.index;
  while (start < range.end) {
    const tokenEnd = asciiTokenEnd(text, start);
    if (count === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
      kinds = grow(kinds);
    }
    starts[count] = start;
    ends[count] = Math.min(tokenEnd, range.end);
    kinds[count] = kindAt(text, start, tokenEnd);
    count++;
    start = tokenEnd;
    while (start < text.length && isRegExpSpace(text.charCodeAt(start))) start++;
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
