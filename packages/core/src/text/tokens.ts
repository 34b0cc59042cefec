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

// ---- the pattern read by code unit ----
// Classes of a BMP code unit as the token pattern sees it, one bit each, found once per code
// unit (on first sight) by the pattern's own Unicode classes. A surrogate is part of a code
// point the pattern reads whole: a token touching one is left to the pattern.
const WORD = 1; // [\p{L}\p{M}\p{N}]
const NUMBER = 2; // \p{N}
const LETTER_OR_NUMBER = 4; // [\p{L}\p{N}]: a one-unit token of it is not punctuation
const SPACE = 8; // \s
const CONNECTOR = 16; // ['’‑-]
const SEPARATOR = 32; // [.,]
const SURROGATE = 64;
const KNOWN = 128;

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const NUMBER_RE = /\p{N}/u;
const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;

const unitClasses = new Uint8Array(0x10000);

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return KNOWN | SURROGATE;
  const ch = String.fromCharCode(c);
  return (
    KNOWN |
    (WORD_RE.test(ch) ? WORD : 0) |
    (NUMBER_RE.test(ch) ? NUMBER : 0) |
    (LETTER_OR_NUMBER_RE.test(ch) ? LETTER_OR_NUMBER : 0) |
    (isRegExpSpace(c) ? SPACE : 0) |
    (c === 0x27 || c === 0x2019 || c === 0x2011 || c === 0x2d ? CONNECTOR : 0) |
    (c === 0x2e || c === 0x2c ? SEPARATOR : 0)
  );
}

/** Class bits of the code unit at `i` (0 past the end of the text). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  let k = unitClasses[c] as number;
  if (k === 0) unitClasses[c] = k = classify(c);
  return k;
}

/** End of the token of the pattern at `start`, as TOKEN_AT would match it. */
function patternTokenEnd(text: string, start: number): number {
  TOKEN_AT.lastIndex = start;
  TOKEN_AT.test(text);
  return TOKEN_AT.lastIndex;
}

/**
 * End of the token at `start` (a non-space position), read by code unit classes as the
 * pattern would match it; a token that reaches a surrogate is left to the pattern.
 */
function tokenEnd(text: string, start: number): number {
  const first = classAt(text, start);
  if (first & SURROGATE) return patternTokenEnd(text, start);
  if (!(first & WORD)) return start + 1; // \S: one character
  let i = start + 1;
  // `k` is always the class of the unit at `i`, where the token may stop
  let k: number;
  if (first & NUMBER) {
    // \p{N}+ (?:[.,]\p{N}+)*
    while ((k = classAt(text, i)) & NUMBER) i++;
    while (k & SEPARATOR && classAt(text, i + 1) & NUMBER) {
      i += 2;
      while ((k = classAt(text, i)) & NUMBER) i++;
    }
  } else {
    // [\p{L}\p{M}\p{N}]+
    while ((k = classAt(text, i)) & WORD) i++;
  }
  // (?:['’‑-][\p{L}\p{M}\p{N}]+)*
  while (k & CONNECTOR && classAt(text, i + 1) & WORD) {
    i += 2;
    while ((k = classAt(text, i)) & WORD) i++;
  }
  // the token could go on through a surrogate (an astral digit or letter), after its end or a connector
  if (k & SURROGATE || (k & (SEPARATOR | CONNECTOR) && classAt(text, i + 1) & SURROGATE)) return patternTokenEnd(text, start);
  return i;
}

/** The kind of the token [start, end), by the class of its first unit (its code point, for a surrogate). */
function kindAt(text: string, start: number, end: number): TokenKind {
  const k = classAt(text, start);
  if (k & SURROGATE) {
    if (end - start === 1) {
      LETTER_OR_NUMBER_AT.lastIndex = start;
      if (!LETTER_OR_NUMBER_AT.test(text)) return TokenKind.punct;
    }
    NUMBER_AT.lastIndex = start;
    return NUMBER_AT.test(text) ? TokenKind.number : TokenKind.word;
  }
  if (end - start === 1 && !(k & LETTER_OR_NUMBER)) return TokenKind.punct;
  return k & NUMBER ? TokenKind.number : TokenKind.word;
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
    const end = tokenEnd(text, start);
    if (count === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
      kinds = grow(kinds);
    }
    starts[count] = start;
    ends[count] = Math.min(end, range.end);
    kinds[count] = kindAt(text, start, end);
    count++;
    start = end;
    while (classAt(text, start) & SPACE) start++;
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
