import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import { quantities } from '@claimsift/extractors';

// Pieces of the kinds the quantity rules react to: digits with every separator, number and scale
// words, approximators, units, currency marks, dates, times and hostile characters.
const pieces = [
  '0', '7', '12', '25,000', '930.000', '1.4', '1.322', '1,2,3', '192.168.1.2', '2019', '2023-05-31', '4:30', '555-1234', '1/2', '11/19',
  '10-15', '787-9', '-', '–', '/', '.', ',', ':', '%', '$', '£', '€', '¥', 'HK$', 'US', '(', ')', '"', '“', '”', "'", '’', '+', '#',
  'one', 'two', 'twenty', 'twenty-five', 'hundred', 'thousand', 'million', 'billion', 'bn', 'm', 'k', 'a', 'dozen', 'dozens',
  'hundreds', 'of', 'thousands', 'half', 'third', 'thirds', 'a few', 'several', 'and', 'point', 'minus', 'between', 'to',
  'over', 'more than', 'nearly', 'up to', 'at least', 'some', 'about', 'per cent', 'percent', 'times', 'year', 'years', 'old',
  'year-old', 'day', 'km', 'GW', 'tonnes', 'dollars', 'Hong Kong', 'people', 'accounts', 'jets', 'Boeing', 'May', 'November',
  'St.', 'a.m.', 'ago', 'later', 'the', 'past', 'page', 'No.', 'version', ' ', '  ', '\u00a0', '\n', '\t', '😀', '\ud800', '中国',
];
const glue = fc.constantFrom('', ' ', ' ', '\u00a0');
const soup = fc.array(fc.tuple(fc.constantFrom(...pieces), glue), { maxLength: 40 }).map((parts) => parts.map(([p, g]) => p + g).join(''));
const anyText = fc.oneof(soup, fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }));

const pipeline = createPipeline({ extractors: [quantities()], blocks: { classify: false } });

describe('quantities: properties', () => {
  it('never throws, keeps offsets exact, never overlaps and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = pipeline.run(text);
        const mentions = first.mentions.filter((m) => m.type === 'quantity');
        let previousEnd = -1;
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = m.end;
          const q = m as unknown as { value: number | null; low: number | null; high: number | null; approx: string };
          if (q.value === null) expect(q.low !== null && q.high !== null && q.low <= q.high).toBe(true);
          else expect(Number.isFinite(q.value)).toBe(true);
        }
        expect(pipeline.run(text)).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  it('reads any grouped integer back to its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        const written = n.toLocaleString('en-US');
        const [m] = pipeline.run(`Officials counted ${written} ballots.`).mentions;
        expect(m?.['value']).toBe(n);
        expect(m?.['unit']).toBe('ballot');
      }),
      { numRuns: 200 },
    );
  });

  it('reads scaled decimals without binary noise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(['million', 1e6], ['billion', 1e9]), (whole, tenth, [word, scale]) => {
        const [m] = pipeline.run(`The fund raised $${whole}.${tenth} ${word as string}.`).mentions;
        expect(m?.['value']).toBe(Number(((whole + tenth / 10) * (scale as number)).toPrecision(12)));
        expect(m?.['kind']).toBe('money');
      }),
      { numRuns: 200 },
    );
  });
});
