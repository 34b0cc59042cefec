import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/report/segments.js';
import type { Marked } from '../../src/report/segments.js';

/** What a segment must carry, computed the slow, obvious way. */
function coveringBruteForce(mentions: readonly Marked[], start: number, end: number): string[] {
  return mentions.filter((m) => m.start <= start && m.end >= end && m.start < m.end).map((m) => m.id);
}

function checkTiling(length: number, blocks: readonly { start: number; end: number }[], mentions: readonly Marked[], extra: readonly number[] = []) {
  const segments = segmentText(length, blocks, mentions, extra);
  let at = 0;
  for (const s of segments) {
    expect(s.start).toBe(at);
    expect(s.end).toBeGreaterThan(s.start);
    at = s.end;
    const block = blocks[s.block];
    if (block) {
      expect(block.start).toBeLessThanOrEqual(s.start);
      expect(block.end).toBeGreaterThanOrEqual(s.end);
    }
    expect(s.mentions.map((m) => m.id).sort()).toEqual(coveringBruteForce(mentions, s.start, s.end).sort());
    const lengths = s.mentions.map((m) => m.end - m.start);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  }
  expect(at).toBe(length);
  for (const cut of [...blocks.flatMap((b) => [b.start, b.end]), ...mentions.flatMap((m) => [m.start, m.end]), ...extra]) {
    if (cut > 0 && cut < length) expect(segments.some((s) => s.start === cut)).toBe(true);
  }
  return segments;
}

describe('segmentText', () => {
  it('cuts at every block and mention edge and never crosses a block', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 10, end: 30 },
    ];
    const mentions: Marked[] = [{ id: 'm1', type: 'quantity', start: 4, end: 14 }];
    const segments = checkTiling(30, blocks, mentions);
    expect(segments.map((s) => [s.start, s.end, s.block])).toEqual([
      [0, 4, 0],
      [4, 10, 0],
      [10, 14, 1],
      [14, 30, 1],
    ]);
    expect(segments.filter((s) => s.mentions.length > 0).map((s) => s.block)).toEqual([0, 1]);
  });

  it('gives nested and partly overlapping mentions of different types to each piece, outermost first', () => {
    // quote [0,40) holds a quantity [10,20); an agency [15,30) overlaps the quantity's end.
    const mentions: Marked[] = [
      { id: 'q', type: 'quote', start: 0, end: 40 },
      { id: 'n', type: 'quantity', start: 10, end: 20 },
      { id: 'a', type: 'agency', start: 15, end: 30 },
    ];
    const segments = checkTiling(50, [{ start: 0, end: 50 }], mentions);
    expect(segments.map((s) => [s.start, s.end, s.mentions.map((m) => m.id).join('+')])).toEqual([
      [0, 10, 'q'],
      [10, 15, 'q+n'],
      [15, 20, 'q+a+n'],
      [20, 30, 'q+a'],
      [30, 40, 'q'],
      [40, 50, ''],
    ]);
  });

  it('cuts at the extra offsets it is given (claim edges) without marking anything', () => {
    const segments = checkTiling(20, [{ start: 0, end: 20 }], [], [5, 12]);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 12],
      [12, 20],
    ]);
  });

  it('copes with an empty text, no blocks, and offsets outside the text', () => {
    expect(segmentText(0, [], [])).toEqual([]);
    const segments = segmentText(10, [], [{ id: 'm1', type: 'x', start: 8, end: 99 }], [-3, Number.NaN, 4.5]);
    expect(segments.map((s) => [s.start, s.end, s.mentions.length])).toEqual([
      [0, 8, 0],
      [8, 10, 1],
    ]);
  });

  it('matches the brute-force covering sets for random blocks and mentions', () => {
    const arbitrary = fc
      .record({
        length: fc.integer({ min: 1, max: 80 }),
        cuts: fc.uniqueArray(fc.integer({ min: 1, max: 79 }), { maxLength: 6 }),
        spans: fc.array(fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom('quantity', 'agency', 'quote', 'daterange', 'custom')), { maxLength: 12 }),
      })
      .map(({ length, cuts, spans }) => {
        const edges = [0, ...cuts.filter((c) => c < length).sort((a, b) => a - b), length];
        const blocks = edges.slice(1).map((end, i) => ({ start: edges[i] as number, end }));
        const mentions = spans
          .map(([start, size, type], i) => ({ id: `m${i + 1}`, type, start: Math.min(start, length - 1), end: Math.min(start + size, length) }))
          .filter((m) => m.start < m.end);
        return { length, blocks, mentions };
      });
    fc.assert(
      fc.property(arbitrary, ({ length, blocks, mentions }) => {
        checkTiling(length, blocks, mentions);
      }),
      { numRuns: 300 },
    );
  });
});
