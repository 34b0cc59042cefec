import { describe, expect, it } from 'vitest';
import { keepEveryLine, keepSentenceLines } from '../../src/boilerplate/baselines.js';
import { complement, loadCorpusGold, loadDevSet } from '../../src/boilerplate/data.js';
import { scoreBoilerplate, scorePage } from '../../src/boilerplate/score.js';

describe('scoreBoilerplate', () => {
  // "aaaa bbbb" is gold, "bbbb\ncccc" is predicted: 4 of 8 non-space characters agree each way
  const text = 'aaaa bbbb\ncccc\n';
  const half = { id: 'half', text, gold: [{ start: 0, end: 9 }], predicted: [{ start: 5, end: 14 }] };

  it('counts non-white-space characters only', () => {
    expect(scorePage(half)).toMatchObject({ truePositive: 4, goldChars: 8, predictedChars: 8, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('gives micro scores over all characters and macro scores over pages', () => {
    const perfect = { id: 'perfect', text: 'x y z', gold: [{ start: 0, end: 5 }], predicted: [{ start: 0, end: 5 }] };
    const empty = { id: 'empty', text: 'abcd', gold: [{ start: 0, end: 4 }], predicted: [] };
    const s = scoreBoilerplate([half, perfect, empty]);
    // micro: tp 4+3+0 = 7, gold 8+3+4 = 15, predicted 8+3+0 = 11
    expect(s.micro.precision).toBeCloseTo(7 / 11, 10);
    expect(s.micro.recall).toBeCloseTo(7 / 15, 10);
    expect(s.micro.f1).toBeCloseTo((2 * (7 / 11) * (7 / 15)) / (7 / 11 + 7 / 15), 10);
    // macro: a page with no prediction has precision 0
    expect(s.macro.precision).toBeCloseTo((0.5 + 1 + 0) / 3, 10);
    expect(s.macro.recall).toBeCloseTo((0.5 + 1 + 0) / 3, 10);
    expect(s.macro.f1).toBeCloseTo((0.5 + 1 + 0) / 3, 10);
  });

  it('does not count overlapping predicted spans twice', () => {
    const twice = { ...half, predicted: [{ start: 5, end: 14 }, { start: 5, end: 9 }] };
    expect(scorePage(twice).predictedChars).toBe(8);
  });
});

describe('baselines and loaders', () => {
  it('keeps lines, or only sentence lines of ten words', () => {
    const text = 'Menu\n  one two three four five six seven eight nine ten.  \nshort line.\n';
    expect(keepEveryLine(text).map((r) => text.slice(r.start, r.end))).toEqual(['Menu', 'one two three four five six seven eight nine ten.', 'short line.']);
    expect(keepSentenceLines(text).map((r) => text.slice(r.start, r.end))).toEqual(['one two three four five six seven eight nine ten.']);
  });

  it('turns gold boilerplate spans into content spans', () => {
    expect(complement(10, [{ start: 6, end: 8 }, { start: 0, end: 2 }])).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 10 },
    ]);
  });

  it('returns no pages when the data is missing', () => {
    expect(loadDevSet('/nonexistent/boilerplate.dev.jsonl')).toEqual([]);
    expect(loadCorpusGold('/nonexistent/corpus')).toEqual([]);
  });
});
