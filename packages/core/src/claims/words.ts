/**
 * A read-only view of the document's tokens for the claim rules: lower-cased words by index,
 * token ranges of spans. Built on `doc.tokens` (typed arrays), so nothing is re-tokenised.
 */
import type { Doc } from '../document.js';
import type { Range } from '../span.js';
import { TokenKind, tokenIndexAfter } from '../text/tokens.js';

export interface Words {
  readonly count: number;
  /** Lower-cased token text ("" outside [0, count)). */
  word(i: number): string;
  start(i: number): number;
  end(i: number): number;
  isPunct(i: number): boolean;
  /** Index of the first token ending after `offset`. */
  indexAfter(offset: number): number;
  /** Token indices [first, last) lying inside `range`. */
  within(range: Range): { first: number; last: number };
}

export function wordsOf(doc: Doc): Words {
  const { tokens, text } = doc;
  // Filled on first use: the rules read only the words near quantities.
  const cache: (string | undefined)[] = new Array<string | undefined>(tokens.count);
  const word = (i: number): string => {
    if (i < 0 || i >= tokens.count) return '';
    let w = cache[i];
    if (w === undefined) {
      w = text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
      if (w.includes('’')) w = w.replaceAll('’', "'");
      cache[i] = w;
    }
    return w;
  };
  const indexAfter = (offset: number) => tokenIndexAfter(tokens, offset);
  return {
    count: tokens.count,
    word,
    start: (i) => tokens.starts[i] ?? text.length,
    end: (i) => tokens.ends[i] ?? text.length,
    isPunct: (i) => tokens.kinds[i] === TokenKind.punct,
    indexAfter,
    within(range) {
      const first = indexAfter(range.start);
      let last = first;
      while (last < tokens.count && (tokens.starts[last] as number) < range.end) last++;
      return { first, last };
    },
  };
}

/** A lower-cased word set from a list of words or phrases. */
export const wordSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
