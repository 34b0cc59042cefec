/**
 * Quotation marks as data. Each mark belongs to a family (marks of one family pair with each
 * other, so scraped text mixing “ and " still pairs) and leans towards opening, closing, or
 * neither (the straight marks). The context decides in the end: a mark after white space and
 * before a letter opens, a mark after a letter and before white space or punctuation closes.
 */
import { LETTER_OR_DIGIT } from './patterns.js';
import { isSpaceCode } from './words.js';

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';
export type MarkLean = 'open' | 'close' | 'none';

interface MarkInfo {
  readonly family: MarkFamily;
  readonly lean: MarkLean;
}

export const QUOTE_MARKS: ReadonlyMap<string, MarkInfo> = new Map<string, MarkInfo>([
  ['“', { family: 'double', lean: 'open' }],
  ['„', { family: 'double', lean: 'open' }],
  ['‟', { family: 'double', lean: 'open' }],
  ['”', { family: 'double', lean: 'close' }],
  ['"', { family: 'double', lean: 'none' }],
  ['＂', { family: 'double', lean: 'none' }],
  ['‘', { family: 'single', lean: 'open' }],
  ['‚', { family: 'single', lean: 'open' }],
  ['’', { family: 'single', lean: 'close' }],
  ["'", { family: 'single', lean: 'none' }],
  ['«', { family: 'guillemet', lean: 'open' }],
  ['»', { family: 'guillemet', lean: 'close' }],
  ['‹', { family: 'single-guillemet', lean: 'open' }],
  ['›', { family: 'single-guillemet', lean: 'close' }],
  ['「', { family: 'corner', lean: 'open' }],
  ['」', { family: 'corner', lean: 'close' }],
  ['『', { family: 'white-corner', lean: 'open' }],
  ['』', { family: 'white-corner', lean: 'close' }],
]);

export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  readonly at: number;
  readonly family: MarkFamily;
  readonly role: MarkRole;
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
const isLetterOrDigit = (ch: string): boolean => {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return isAsciiLetterOrDigit(c); // ASCII without a regex run
  return !QUOTE_MARKS.has(ch) && LETTER_OR_DIGIT.test(ch);
};
/** Characters after which a mark opens: brackets, dashes, slashes, colons. */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '>', '…']);
const isQuoteChar = (ch: string): boolean => QUOTE_MARKS.has(ch);

/**
 * The role of the mark at `i`, or null when it is not a quotation mark there (an apostrophe
 * inside a word: "party’s", "don't").
 */
export function markAt(text: string, i: number, floor: number, ceiling: number): Mark | null {
  // the commonest case, an apostrophe between ASCII letters or digits ("party’s", "don't"), settled by codes
  const code = text.charCodeAt(i);
  if ((code === 0x2019 || code === 0x27) && i > floor && i + 1 < ceiling && isAsciiLetterOrDigit(text.charCodeAt(i - 1)) && isAsciiLetterOrDigit(text.charCodeAt(i + 1))) return null;
  const ch = text[i] ?? '';
  const info = QUOTE_MARKS.get(ch);
  if (!info) return null;
  const prev = i > floor ? (text[i - 1] as string) : '';
  const next = i + 1 < ceiling ? (text[i + 1] as string) : '';
  const prevLetter = isLetterOrDigit(prev);
  const nextLetter = isLetterOrDigit(next);
  if (info.family === 'single' && prevLetter && nextLetter) return null; // apostrophe
  const prevOpenish = prev === '' || isSpaceCode(prev.charCodeAt(0)) || OPENING_CONTEXT.has(prev) || isQuoteChar(prev);
  const nextClosish = next === '' || isSpaceCode(next.charCodeAt(0)) || (!nextLetter && !isQuoteChar(next) && next !== '[' && next !== '(' && next !== '…');
  const canOpen = prevOpenish && !(next === '' || isSpaceCode(next.charCodeAt(0)));
  const canClose = !(prev === '' || isSpaceCode(prev.charCodeAt(0))) && nextClosish;
  if (info.family === 'single') {
    // Single marks are apostrophes too often ("the teachers’ union", "'90s"): only clear cases count.
    if (canOpen && !canClose && nextLetter) return { at: i, family: info.family, role: 'open' };
    if (canClose && !canOpen && !nextLetter) return { at: i, family: info.family, role: 'close' };
    return null;
  }
  let role: MarkRole;
  if (canOpen && !canClose) role = 'open';
  else if (canClose && !canOpen) role = 'close';
  else if (info.lean === 'open') role = 'open';
  else if (info.lean === 'close') role = 'close';
  else role = 'either';
  return { at: i, family: info.family, role };
}

/** Fast pre-check on a UTF-16 code: every quotation mark is in one of these ranges. */
export const mayBeMark = (c: number): boolean =>
  // below « only " and ' are marks: most characters of a text are settled by the first comparison
  c < 0xab ? c === 0x22 || c === 0x27 : c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a || (c >= 0x300c && c <= 0x300f) || c === 0xff02;

/** A quotation-mark character that is no apostrophe (not ’ or ', nor ‛, which is no mark). */
const isQuoteCharNoApostrophe = (c: number): boolean => c !== 0x2019 && c !== 0x27 && c !== 0x201b;

/**
 * The quotation marks of [start, end), in order, and whether a quotation character other than
 * ’ and ' (apostrophes, mostly) occurs there, a mark in its context or not: one pass for both.
 */
export function readMarks(text: string, start: number, end: number): { marks: Mark[]; quoteChar: boolean } {
  const marks: Mark[] = [];
  let quoteChar = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!mayBeMark(c)) continue;
    quoteChar ||= isQuoteCharNoApostrophe(c);
    const m = markAt(text, i, start, end);
    if (m) marks.push(m);
  }
  return { marks, quoteChar };
}

/** Every quotation mark of [start, end), in order. */
export const marksIn = (text: string, start: number, end: number): Mark[] => readMarks(text, start, end).marks;
