/**
 * Cuts text into line blocks that tile it: each block is one line with text on it plus the
 * line break and any blank lines after it. Leading blank lines belong to the first block.
 * `contentEnd` marks where the line's own text ends (before trailing white space).
 */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
  /** First non-space character of the line. */
  readonly textStart: number;
  /** One past the last non-space character of the line. */
  readonly textEnd: number;
}

const isSpaceCode = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff ||
  c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;

const isBreakCode = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c;

/** White space and line breaks by code unit (one load per character instead of a chain of comparisons). */
const SPACE = 1;
const BREAK = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CHAR_CLASS[c] = (isSpaceCode(c) ? SPACE : 0) | (isBreakCode(c) ? BREAK : 0);

const isSpace = (c: number): boolean => CHAR_CLASS[c] !== 0;

export function cutLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  const n = text.length;
  let i = 0;
  // Leading white space, if any, is carried into the first line's block.
  let blockStart = 0;
  while (i < n) {
    // skip blank space to the first visible character
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const textStart = i;
    let textEnd = i;
    for (; i < n; i++) {
      const k = CHAR_CLASS[text.charCodeAt(i)] as number;
      if (k === 0) textEnd = i + 1;
      else if (k & BREAK) break;
    }
    // swallow the line break and following blank lines up to the next visible line
    let j = i;
    let lastBreakEnd = i;
    for (; j < n; j++) {
      const k = CHAR_CLASS[text.charCodeAt(j)] as number;
      if (k === 0) break;
      if (k & BREAK) lastBreakEnd = j + 1;
    }
    const end = j >= n ? n : lastBreakEnd;
    lines.push({ start: blockStart, end, textStart, textEnd });
    blockStart = end;
    i = end;
  }
  if (blockStart < n) {
    // Only white space: one block of it (or trailing spaces after the last line).
    const last = lines.pop();
    if (last) lines.push({ ...last, end: n });
    else lines.push({ start: 0, end: n, textStart: n, textEnd: n });
  }
  return lines;
}
