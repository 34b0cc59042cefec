/**
 * A read-only view of the document's tokens for the claim rules: lower-cased words by index,
 * token ranges of spans. Built on `doc.tokens` (typed arrays), so nothing is re-tokenised.
 */
import type { Doc } from '../document.js';
import type { Range } from '../span.js';
import { TokenKind, tokenIndexAfter } from '../text/tokens.js';
import type { Tokens } from '../text/tokens.js';

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

/** Words of one document; a class, so that every document's words share their methods. */
class DocumentWords implements Words {
  readonly count: number;
  readonly #text: string;
  readonly #tokens: Tokens;
  // Filled on first use: the rules read only the words near quantities.
  readonly #cache: (string | undefined)[];

  constructor(text: string, tokens: Tokens) {
    this.count = tokens.count;
    this.#text = text;
    this.#tokens = tokens;
    this.#cache = new Array<string | undefined>(tokens.count);
  }

  word(i: number): string {
    if (i < 0 || i >= this.count) return '';
    let w = this.#cache[i];
    if (w === undefined) {
      w = this.#text.slice(this.#tokens.starts[i], this.#tokens.ends[i]).toLowerCase();
      if (w.includes('’')) w = w.replaceAll('’', "'");
      this.#cache[i] = w;
    }
    return w;
  }

  start(i: number): number {
    return this.#tokens.starts[i] ?? this.#text.length;
  }

  end(i: number): number {
    return this.#tokens.ends[i] ?? this.#text.length;
  }

  isPunct(i: number): boolean {
    return this.#tokens.kinds[i] === TokenKind.punct;
  }

  indexAfter(offset: number): number {
    return tokenIndexAfter(this.#tokens, offset);
  }

  within(range: Range): { first: number; last: number } {
    const first = this.indexAfter(range.start);
    let last = first;
    while (last < this.count && (this.#tokens.starts[last] as number) < range.end) last++;
    return { first, last };
  }
}

export function wordsOf(doc: Doc): Words {
  return new DocumentWords(doc.text, doc.tokens);
}

/** A lower-cased word set from a list of words or phrases. */
export const wordSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
