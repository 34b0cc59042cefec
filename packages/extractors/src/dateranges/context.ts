/**
 * Small character-level look-arounds used by the parsers and refiners: the word before a
 * position, whether a match is capitalised. Bounded scans, no regular expressions.
 */

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2019;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f;

/** The lower-cased word ending right before `pos` (skipping spaces and one hyphen), or ''. */
export function wordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 0x2d) i--;
  const end = i;
  while (i > 0 && end - i < 20 && isLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end).toLowerCase();
}

/** Start offset of the word ending right before `pos` (see `wordBefore`). */
export function wordBeforeStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 0x2d) i--;
  const end = i;
  while (i > 0 && end - i < 20 && isLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The lower-cased word starting at or after `pos` (skipping spaces), or ''. */
export function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && i - start < 20 && isLetter(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

export function isCapitalised(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= 0x41 && c <= 0x5a;
}

/** True when the letters of [start, end) are all upper case (a shouting headline or an acronym). */
export function isAllCaps(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

export function charBefore(text: string, pos: number): string {
  return pos > 0 ? (text[pos - 1] as string) : '';
}

export function charAfter(text: string, pos: number): string {
  return pos < text.length ? (text[pos] as string) : '';
}
