/**
 * Properties on arbitrary text: never throws, every span re-slices, no overlaps, dates are
 * real ISO dates with start <= end, same input → same output.
 */
import fc from 'fast-check';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import { dateRanges } from '@claimsift/extractors';

const pieces = [
  'in', 'on', 'since', 'until', 'by', 'from', 'to', 'between', 'and', 'the', 'end', 'of', 'early', 'mid-', 'late', 'first', 'half',
  'eight', 'months', 'past', 'three', 'years', 'ago', 'later', 'this', 'last', 'next', 'year', 'week', 'quarter', 'Q3', 'H2',
  'May', 'March', 'Nov.', 'August', '27th', '26', '10-22', 'Friday,', 'Monday', 'evening', 'today', 'recently', 'so far',
  '2019', '2019–2021', '1957-58', '2023-05-31', '11/05/2019', 'the 1990s', "'90s", 'spring', 'fall', 'Christmas', 'fiscal',
  'will', 'was', 'scheduled', 'for', 'as of', 'at least', '.', ',', '-', '–', '\n', ' ', '\u00a0', '😀', '\ud800', '$', '%', '1119 Eighth St.',
];
const dateLike = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((a) => a.join(' '));
const glued = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
const anyText = fc.oneof(dateLike, glued, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
const anchor = fc.oneof(fc.constant(null), fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

const pipeline = createPipeline({ extractors: [dateRanges()], blocks: { classify: false } });
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('dateranges: properties', () => {
  it('never throws; spans re-slice, do not overlap, and carry valid periods', () => {
    fc.assert(
      fc.property(anyText, anchor, (text, publishedAt) => {
        const result = pipeline.run(text, { publishedAt });
        let lastEnd = 0;
        for (const m of result.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = m.end;
          const { startDate, endDate } = m as unknown as { startDate: string | null; endDate: string | null };
          if (startDate !== null) expect(startDate).toMatch(ISO);
          if (endDate !== null) expect(endDate).toMatch(ISO);
          if (startDate !== null && endDate !== null) expect(startDate <= endDate).toBe(true);
          if (publishedAt === null && !result.publishedAt) expect(m.anchor).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(dateLike, anchor, (text, publishedAt) => {
        expect(pipeline.run(text, { publishedAt })).toEqual(pipeline.run(text, { publishedAt }));
      }),
      { numRuns: 100 },
    );
  });

  it('never reads the clock: an undated text resolves the same today and in any year', () => {
    const text = 'Last month the agency said this year had been hard, and on Tuesday it closed 100 accounts.';
    const result = pipeline.run(text);
    for (const m of result.mentions) expect([m.startDate, m.endDate]).toEqual([null, null]);
  });

  it('runs in linear time on long hostile inputs', () => {
    const hostile = ['May '.repeat(20000), '2019-'.repeat(20000), 'the first '.repeat(20000), 'since '.repeat(20000), '1'.repeat(100000), 'from March 10 to '.repeat(5000)];
    for (const text of hostile) {
      const started = performance.now();
      pipeline.run(text, { publishedAt: '2019-11-20' });
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });

  it('lists every regular expression it uses, and recheck finds each one safe', async () => {
    const ex = dateRanges();
    expect(ex.patterns.length).toBeGreaterThan(20);
    for (const p of ex.patterns) {
      // On a loaded machine recheck may time out ("unknown"); only a found attack fails the test.
      const result = await check(p.source, p.flags, { timeout: 60_000 });
      expect({ source: p.source.slice(0, 80), status: result.status }).not.toEqual({ source: p.source.slice(0, 80), status: 'vulnerable' });
    }
  }, 600_000);
});
