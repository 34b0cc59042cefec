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

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff ||
  c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c;

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
    while (i < n && !isBreak(text.charCodeAt(i))) {
      if (!isSpace(text.charCodeAt(i))) textEnd = i + 1;
      i++;
    }
    // swallow the line break and following blank lines up to the next visible line
    let j = i;
    let lastBreakEnd = i;
    while (j < n && isSpace(text.charCodeAt(j))) {
      j++;
      if (isBreak(text.charCodeAt(j - 1))) lastBreakEnd = j;
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
