/**
 * Phrase lookups grow the key a token at a time and stop when it is no key's prefix (suffix):
 * they must find the same longest phrase as trying every length from the longest down.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import { quantities } from '../../src/quantities/index.js';
import { lex } from '../../src/quantities/lexer.js';
import type { Token } from '../../src/quantities/lexer.js';
import { SCALE_WORDS, SMALL_NUMBERS } from '../../src/quantities/data/numbers.js';
import { COUNTRY_TABLE, NAME_TABLE, PERCENT_TABLE, SYMBOL_TABLE, UNIT_TABLE, lookup, matchBackward, matchForward, phraseKey } from '../../src/quantities/lexicon.js';

function longestForward<T>(table: ReadonlyMap<string, T>, tokens: readonly Token[], i: number, max: number) {
  if (tokens[i] === undefined) return undefined;
  for (let n = Math.min(max, tokens.length - i); n >= 1; n--) {
    const value = table.get(phraseKey(tokens, i, i + n - 1));
    if (value !== undefined) return { last: i + n - 1, value };
  }
  return undefined;
}

function longestBackward<T>(table: ReadonlyMap<string, T>, tokens: readonly Token[], i: number, max: number) {
  if (tokens[i] === undefined) return undefined;
  for (let n = Math.min(max, i + 1); n >= 1; n--) {
    const value = table.get(phraseKey(tokens, i - n + 1, i));
    if (value !== undefined) return { last: i - n + 1, value };
  }
  return undefined;
}

const PIECES = ['per', 'cent', 'percent', '%', 'hong', 'kong', 'dollars', 'US', '$', 'HK', 'Rs', '.', 'km', '/', 'h', 'square', 'metres', 'miles', 'per hour', 'kilowatt', 'hours', 'a', 'million', ' ', '-', 'New', 'Zealand', 'pound', 'pounds'];
const TABLES: ReadonlyMap<string, unknown>[] = [PERCENT_TABLE, NAME_TABLE, COUNTRY_TABLE, SYMBOL_TABLE, UNIT_TABLE];

describe('quantity phrase lookups', () => {
  it('find the longest phrase as trying every length does', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 4 }), (pieces, spaced, a, max) => {
      const text = pieces.join(spaced ? ' ' : '');
      const tokens = lex(text, 0, text.length);
      const i = tokens.length === 0 ? 0 : a % tokens.length;
      for (const table of TABLES) {
        expect(matchForward(table, tokens, i, max)).toEqual(longestForward(table, tokens, i, max));
        expect(matchBackward(table, tokens, i, max)).toEqual(longestBackward(table, tokens, i, max));
      }
    }), { numRuns: 2000 });
  });
});

describe('table lookups', () => {
  it('answer with the table\'s own entries only, never a member every object inherits', () => {
    for (const record of [SMALL_NUMBERS, SCALE_WORDS] as Readonly<Record<string, unknown>>[]) {
      const map = lookup(record);
      const own = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
      for (const key of [...Object.keys(record), 'constructor', '__proto__', 'tostring', 'toString', 'hasOwnProperty', 'valueOf', 'people', '']) expect(map.get(key)).toBe(own(key));
      fc.assert(fc.property(fc.string({ maxLength: 12 }), (key) => {
        expect(map.get(key)).toBe(own(key));
      }));
    }
  });

  it('read words named like object members as words', () => {
    const sift = createPipeline({ extractors: [quantities()], claims: null });
    const text = 'They built a constructor and two hundred constructor units; twenty point constructor percent.';
    const found = sift.run(text).mentions;
    for (const m of found) expect(m.value === null || typeof m.value === 'number').toBe(true);
    expect(found.map((m) => m.text)).toContain('two hundred constructor units');
    expect(found.find((m) => m.text === 'two hundred constructor units')?.value).toBe(200);
    expect(found.some((m) => m.text.startsWith('a constructor'))).toBe(false);
  });
});
