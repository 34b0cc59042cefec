/**
 * Character spans into the raw text. Offsets are UTF-16 code units (JavaScript string
 * indices), `end` exclusive. `makeSpan` is the one constructor: it slices the text, so
 * `text.slice(start, end) === span.text` holds by construction.
 */
import { SpanError } from './errors.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Span extends Range {
  readonly text: string;
}

/**
 * In spans sorted by start: the index of the first one starting at or after `offset`, which is
 * also how many start before it (binary search).
 */
export function firstFrom(list: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * In ranges sorted by start that do not overlap: the index of the one containing `offset`
 * (start inclusive, end exclusive), or -1 (binary search).
 */
export function rangeIndexAt(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid] as Range;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function isValidRange(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

export function makeSpan(text: string, start: number, end: number): Span {
  if (!isValidRange(text, start, end)) {
    throw new SpanError(`span [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** True when the range does not cut a surrogate pair in two. */
export function respectsSurrogates(text: string, start: number, end: number): boolean {
  return !isLowSurrogateAfterHigh(text, start) && !isLowSurrogateAfterHigh(text, end);
}

function isLowSurrogateAfterHigh(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const low = text.charCodeAt(index);
  const high = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/**
 * Converts UTF-16 offsets of `text` to Unicode code point offsets (as Python's str indexes).
 * Build it once per text; each lookup is O(log n) over the astral characters.
 */
export function createCodePointConverter(text: string): (utf16Offset: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i + 1); // the low half, which has no code point of its own
        i++;
      }
    }
  }
  return (offset: number) => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new SpanError(`offset ${offset} is outside a text of length ${text.length}`);
    }
    // count the low halves strictly before `offset`
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((astral[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/** Code point offsets for one span: `{start, end}` as Python would index the same text. */
export function toCodePointRange(text: string, range: Range): Range {
  const convert = createCodePointConverter(text);
  return { start: convert(range.start), end: convert(range.end) };
}
