/**
 * The gate scan must find exactly the first hit of its definition: one regular expression,
 * a digit or sign, or a gate word as a whole word, case-insensitive with Unicode folding.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATE_SIGNS, GATE_WORDS, nextGateHit } from '../../src/quantities/gate.js';

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const alternation = [...GATE_WORDS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(REGEX_SPECIAL, '\\$&')).join('|');
const DEFINITION = new RegExp(`[\\d${GATE_SIGNS}]|\\b(?:${alternation})\\b`, 'giu');

function firstHit(text: string, from: number): number {
  DEFINITION.lastIndex = from;
  return DEFINITION.exec(text)?.index ?? Number.POSITIVE_INFINITY;
}

const PIECES = ['one', 'Two', 'THREE', 'thousand', 'Rs', 'rs.', 'Rs.5', 'usd', 'AED', 'decade-long', 'monthlong', 'minus', 'half', 'halves', 'dozen', 'a', 'x', '_', '1', '$', '€', '元', 'ſ', '\u212a', 'ſix', 'te\u212a', '-', '.', ' ', '\n', 'é', '😀', 'none', 'twos', 'ones'];

describe('quantity gate', () => {
  it('finds the first hit of its regular-expression definition on any text and start', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.boolean(), fc.nat(), fc.nat(), (pieces, spaced, a, b) => {
      const text = pieces.join(spaced ? ' ' : '');
      const from = a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      const hit = firstHit(text, from);
      expect(nextGateHit(text, from)).toBe(hit);
      expect(nextGateHit(text, from, to)).toBe(hit < to ? hit : Number.POSITIVE_INFINITY);
    }), { numRuns: 3000 });
  });

  it('finds the first hit of its definition at every line of the development pages', () => {
    const file = fileURLToPath(new URL('../../../../../shared/benchdata/boilerplate.dev.jsonl', import.meta.url));
    if (!existsSync(file)) return; // the development data is optional
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 40)) {
      const text = (JSON.parse(line) as { text: string }).text;
      for (let from = 0; from < text.length; from = text.indexOf('\n', from) + 1 || text.length) expect(nextGateHit(text, from)).toBe(firstHit(text, from));
    }
  });
});
