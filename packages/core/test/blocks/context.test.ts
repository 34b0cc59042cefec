import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../src/blocks/context.js';
import { smoothClasses } from '../../src/blocks/context.js';
import { mainRegions, positiveSegments } from '../../src/blocks/region.js';

describe('context smoothing (jusText)', () => {
  const smooth = (classes: LineClass[], transparent?: (j: number) => boolean, maxRun?: number) => smoothClasses(classes, transparent, maxRun);

  it('keeps a short line between good ones and drops one between bad ones', () => {
    expect(smooth(['good', 'short', 'good'])).toEqual(['good', 'good', 'good']);
    expect(smooth(['bad', 'short', 'bad'])).toEqual(['bad', 'bad', 'bad']);
  });

  it('turns near-good lines good next to good ones, bad between bad ones', () => {
    expect(smooth(['bad', 'near', 'good'])).toEqual(['bad', 'good', 'good']);
    expect(smooth(['bad', 'near', 'bad'])).toEqual(['bad', 'bad', 'bad']);
  });

  it('treats the edges of the page as bad', () => {
    expect(smooth(['short', 'good'])).toEqual(['bad', 'good']);
  });

  it('looks through transparent furniture (a caption inside the text)', () => {
    expect(smooth(['good', 'short', 'bad', 'good'])[1]).toBe('bad');
    expect(smooth(['good', 'short', 'bad', 'good'], (j) => j === 2)[1]).toBe('good');
  });

  it('drops long runs of short lines even between good ones', () => {
    const run: LineClass[] = ['good', 'short', 'short', 'short', 'short', 'good'];
    expect(smooth(run, undefined, 3).slice(1, 5)).toEqual(['bad', 'bad', 'bad', 'bad']);
    expect(smooth(run, undefined, 4).slice(1, 5)).toEqual(['good', 'good', 'good', 'good']);
  });
});

describe('main text region', () => {
  it('finds maximal positive segments', () => {
    expect(positiveSegments([-5, 10, -2, 10, -30, 4, -1])).toEqual([
      { first: 1, last: 3, score: 18 },
      { first: 5, last: 5, score: 4 },
    ]);
    expect(positiveSegments([-1, -2])).toEqual([]);
  });

  it('keeps segments scoring a share of the best one', () => {
    const scores = [100, -200, 50, -200, 10];
    const regions = mainRegions(scores, { ratio: 0.3, isStop: () => false });
    expect(regions.map((r) => r.first)).toEqual([0, 2]);
  });

  it('ends the main text at a stop line (a comment section), even inside a segment', () => {
    const scores = [100, 100, -5, 300, 300];
    expect(mainRegions(scores, { ratio: 0.3, isStop: () => false })).toEqual([{ first: 0, last: 4, score: 795 }]);
    expect(mainRegions(scores, { ratio: 0.3, isStop: (i) => i === 2 })).toEqual([{ first: 0, last: 1, score: 200 }]);
  });
});
