import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '@claimsift/core';
import type { Claim, ClaimsiftResult, Mention } from '@claimsift/core';
import { assembleClaims, compareClaims, formatComparisonTable } from '../../src/claims/index.js';

const WORDS = ['the', 'ministry', 'police', 'arrested', 'were', 'closed', 'and', 'more', 'than', '25,000', 'accounts', 'said', 'according', 'to', 'CAC', ',', '.', ':', '"', 'in', '2024', 'another', 'we', 'Regulators', '\n', 'of', 'closure'];
const TYPES = ['quantity', 'agency', 'daterange', 'quote', 'custom'];

/** Texts made of claim-relevant words, and mentions of any type with any (possibly malformed) fields. */
const docArbitrary = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 60 })
  .map((words) => words.join(' '))
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.record({
          type: fc.constantFrom(...TYPES),
          a: fc.nat(text.length),
          b: fc.nat(text.length),
          value: fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string()),
          approx: fc.constantFrom('exact', 'over', 'under', 'about', 'vague', 'range', 'at-most', 'nonsense'),
          name: fc.oneof(fc.constant(undefined), fc.constantFrom('Ministry of Public Security', 'CAC', '')),
          speaker: fc.oneof(fc.constant(null), fc.constant({ text: 'x', start: 0, end: 0, name: null, title: null, organization: 'CAC' })),
        }),
        { maxLength: 12 },
      ),
    ),
  );

function mentionsOf(text: string, raw: readonly { type: string; a: number; b: number; value: unknown; approx: string; name: string | undefined; speaker: unknown }[]): Mention[] {
  return raw
    .map((r) => {
      const start = Math.min(r.a, r.b);
      const end = Math.max(r.a, r.b);
      return { type: r.type, start, end, text: text.slice(start, end), value: r.value, low: null, high: null, approx: r.approx, unit: 'account', kind: 'count', name: r.name, speaker: r.speaker, startDate: '2024-01-01', endDate: null };
    })
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((m, i) => ({ id: `m${i + 1}`, ...m }) as Mention);
}

describe('claim assembly and comparison on arbitrary input', () => {
  it('never throw, keep offsets inside the text and confidences in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(docArbitrary, { minLength: 1, maxLength: 3 }), (docs) => {
        const results: ClaimsiftResult[] = docs.map(([text, raw], d) => {
          const mentions = mentionsOf(text, raw);
          const doc = createDocument(text, { id: `d${d}` });
          doc.setMentions(mentions);
          const drafts = assembleClaims().assemble(doc, mentions);
          for (const c of drafts) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(c.confidence).toBeGreaterThanOrEqual(0);
            expect(c.confidence).toBeLessThanOrEqual(1);
          }
          const claims = drafts.map((c, i) => ({ id: `c${i + 1}`, text: text.slice(c.start, c.end), ...c }) as Claim);
          return { id: `d${d}`, lang: null, publishedAt: null, blocks: [], mentions, claims };
        });
        const comparison = compareClaims(results);
        expect(typeof formatComparisonTable(comparison)).toBe('string');
        expect(compareClaims(results)).toEqual(comparison);
        for (const g of comparison.groups) expect(g.members.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});
