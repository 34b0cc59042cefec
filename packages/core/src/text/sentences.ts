/**
 * Rule-based sentence splitting inside one line block (sentences never cross blocks).
 * A sentence ends at `. ! ? …` (and CJK terminators), optionally followed by closing quotes
 * or brackets, when what follows looks like a new sentence. Scraped text often glues
 * sentences ("work.We have"): a period between a lower-case word and a capitalised word
 * with no space also ends a sentence. One pass over the characters, no backtracking.
 */
import type { Range } from '../span.js';
import { ABBREVIATIONS } from './abbreviations.js';

// `. ! ? … 。 ！ ？ ‼ ⁉`, compared by code unit: this test runs on every character of the text.
const isTerminator = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || (c >= 0x2026 && (c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x203c || c === 0x2049));
// `" ' ” ’ » ) ] 」 』 ›`
const isCloser = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x203a;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0x202f;
const OPENERS = new Set(['"', '“', '‘', '\'', '«', '(', '[', '「', '『', '‹']);

export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let sentenceStart = skipSpace(text, start, end);
  let i = sentenceStart;
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (isBoundary(text, i, j, end, sentenceStart)) {
      pushTrimmed(text, sentenceStart, j, out);
      sentenceStart = skipSpace(text, j, end);
      i = sentenceStart;
    } else {
      i = j;
    }
  }
  if (sentenceStart < end) pushTrimmed(text, sentenceStart, end, out);
  return out;
}

function isBoundary(text: string, termAt: number, afterTerm: number, end: number, sentenceStart: number): boolean {
  if (afterTerm >= end) return true;
  const term = text[termAt] as string;
  const cjk = term === '。' || term === '！' || term === '？';
  const next = text.charCodeAt(afterTerm);
  if (!isWs(next)) {
    if (cjk) return true;
    // glued: "work.We" — a lower-case word of 2+ letters, a period, then Upper+lower
    if (term !== '.' || afterTerm !== termAt + 1) return false;
    const prev1 = text[termAt - 1] ?? '';
    const prev2 = text[termAt - 2] ?? '';
    const n1 = text[afterTerm] ?? '';
    const n2 = text[afterTerm + 1] ?? '';
    return isLower(prev1) && isLower(prev2) && isUpper(n1) && (isLower(n2) || n2 === ' ');
  }
  const k = skipSpace(text, afterTerm, end);
  if (k >= end) return true;
  const first = text[k] as string;
  if (term === '.' && isAbbreviationBefore(text, termAt, sentenceStart)) return false;
  if (isLower(first)) return false;
  return isUpper(first) || isDigit(first.charCodeAt(0)) || OPENERS.has(first) || !/[\p{L}\p{N}]/u.test(first) || !isLower(first);
}

/** "Mr.", "U.S.", "Gov.", a single initial "A." — a period that does not end a sentence. */
function isAbbreviationBefore(text: string, dotAt: number, floor: number): boolean {
  let k = dotAt;
  while (k > floor && /[\p{L}.]/u.test(text[k - 1] as string)) k--;
  const word = text.slice(k, dotAt);
  if (word.length === 0) return false;
  if (word.length === 1 && isUpper(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, a.m, e.g
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isWs(text.charCodeAt(i))) i++;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  let e = end;
  while (e > start && isWs(text.charCodeAt(e - 1))) e--;
  if (e > start) out.push({ start, end: e });
}
