import { describe, expect, it } from 'vitest';
import { normalizeName, prf, relaxedMatches, sameNumber, scoreCorpus, strictMatches, valueAgrees } from '../src/accuracy/score.js';
import type { ScoredMention } from '../src/accuracy/score.js';

const q = (start: number, end: number, fields: Record<string, unknown> = {}): ScoredMention => ({ type: 'quantity', start, end, ...fields });
const a = (start: number, end: number, name?: string): ScoredMention => ({ type: 'agency', start, end, ...(name ? { name } : {}) });

describe('prf', () => {
  it('computes precision, recall and F1 from hit counts', () => {
    const r = prf(3, 4, 6);
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.recall).toBeCloseTo(0.75);
    expect(r.f1).toBeCloseTo(0.6);
  });
  it('gives 0 rather than NaN for an empty side', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 5, 0).recall).toBe(0);
  });
});

describe('strict and relaxed matching', () => {
  const gold = [q(0, 10), q(20, 30), a(40, 50)];
  const pred = [q(0, 10), q(22, 35), a(60, 70), { type: 'daterange', start: 0, end: 5 }];

  it('strict needs the same type and offsets', () => {
    expect(strictMatches(gold, pred)).toEqual([{ gold: 0, pred: 0, overlap: 10 }]);
    // Same offsets, other type: no strict match.
    expect(strictMatches([q(0, 5)], [{ type: 'daterange', start: 0, end: 5 }])).toEqual([]);
  });

  it('relaxed accepts overlapping spans of the same type only', () => {
    expect(relaxedMatches(gold, pred).map((m) => [m.gold, m.pred])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // Touching is not overlapping (end is exclusive).
    expect(relaxedMatches([q(0, 10)], [q(10, 20)])).toEqual([]);
  });

  it('scores per type, micro over documents', () => {
    const scores = scoreCorpus(
      [
        { gold, pred },
        { gold: [q(0, 4)], pred: [] },
      ],
      ['quantity', 'agency', 'daterange'],
    );
    const [quantity, agency, daterange] = scores;
    expect(quantity).toMatchObject({ gold: 3, pred: 2 });
    expect(quantity!.strict.precision).toBeCloseTo(1 / 2);
    expect(quantity!.strict.recall).toBeCloseTo(1 / 3);
    expect(quantity!.strict.f1).toBeCloseTo(0.4);
    expect(quantity!.relaxed.precision).toBeCloseTo(1);
    expect(quantity!.relaxed.recall).toBeCloseTo(2 / 3);
    expect(quantity!.relaxed.f1).toBeCloseTo(0.8);
    expect(agency).toMatchObject({ gold: 1, pred: 1 });
    expect(agency!.relaxed.f1).toBe(0);
    expect(daterange).toMatchObject({ gold: 0, pred: 1 });
    expect(daterange!.relaxed.precision).toBe(0);
  });
});

describe('greedy one-to-one by largest overlap', () => {
  it('gives each gold mention to the prediction overlapping it most', () => {
    // P0 overlaps G0 by 5 and G1 by 10; P1 overlaps G0 by 6. Largest first: (G1,P0), then (G0,P1).
    const m = relaxedMatches([q(0, 10), q(8, 20)], [q(5, 18), q(0, 6)]);
    expect(m.map((x) => [x.gold, x.pred, x.overlap])).toEqual([
      [0, 1, 6],
      [1, 0, 10],
    ]);
  });

  it('never uses a mention twice: a split prediction leaves one piece spurious', () => {
    const m = relaxedMatches([q(0, 10)], [q(0, 4), q(2, 10)]);
    expect(m).toEqual([{ gold: 0, pred: 1, overlap: 8 }]);
    const [s] = scoreCorpus([{ gold: [q(0, 10)], pred: [q(0, 4), q(2, 10)] }], ['quantity']);
    expect(s!.relaxed.precision).toBeCloseTo(0.5);
    expect(s!.relaxed.recall).toBeCloseTo(1);
    expect(s!.strict.f1).toBe(0);
  });

  it('one wide prediction over two gold mentions matches only one of them', () => {
    const [s] = scoreCorpus([{ gold: [q(0, 5), q(6, 20)], pred: [q(0, 20)] }], ['quantity']);
    expect(s!.relaxed.recall).toBeCloseTo(0.5);
    expect(s!.relaxed.precision).toBeCloseTo(1);
  });
});

describe('value accuracy', () => {
  it('compares quantity values with a small relative tolerance', () => {
    expect(valueAgrees(q(0, 5, { value: 1.4e6 }), q(0, 5, { value: 1400000.0000001 }))).toBe(true);
    expect(valueAgrees(q(0, 5, { value: 1.4e6 }), q(0, 5, { value: 1.5e6 }))).toBe(false);
    expect(valueAgrees(q(0, 5, { value: 12 }), q(0, 5, {}))).toBe(false);
    expect(sameNumber(0, 0)).toBe(true);
    expect(sameNumber(0, 1e-9)).toBe(false);
  });

  it('uses low and high when the gold value is null', () => {
    const gold = q(0, 5, { value: null, low: 100, high: 999 });
    expect(valueAgrees(gold, q(0, 5, { value: null, low: 100, high: 999 }))).toBe(true);
    expect(valueAgrees(gold, q(0, 5, { value: null, low: 100, high: 1000 }))).toBe(false);
  });

  it('compares agency names without case, a leading "the" or punctuation', () => {
    expect(normalizeName('The Ministry of Public Security.')).toBe('ministry of public security');
    expect(valueAgrees(a(0, 5, "Supreme People's Procuratorate"), a(0, 5, 'supreme peoples procuratorate'))).toBe(true);
    expect(valueAgrees(a(0, 5, 'U.S. Department of State'), a(0, 5, 'US Department-of-State'))).toBe(true);
    expect(valueAgrees(a(0, 5, 'Ministry of Public Security'), a(0, 5, 'Ministry of State Security'))).toBe(false);
    expect(valueAgrees(a(0, 5, "Supreme People's Procuratorate"), a(0, 5, 'Supreme People’s Procuratorate'))).toBe(true);
    expect(valueAgrees(a(0, 5, 'the Xinhua'), a(0, 5, 'XINHUA'))).toBe(true);
  });

  it('compares daterange start and end dates', () => {
    const d = (startDate: string | null, endDate: string | null): ScoredMention => ({ type: 'daterange', start: 0, end: 5, startDate, endDate });
    expect(valueAgrees(d('2024-01-01', '2024-08-31'), d('2024-01-01', '2024-08-31'))).toBe(true);
    expect(valueAgrees(d('2024-01-01', '2024-08-31'), d('2024-01-01', '2024-08-30'))).toBe(false);
    expect(valueAgrees(d(null, '2019-10-31'), d(null, '2019-10-31'))).toBe(true);
  });

  it('compares the quote speaker name, or the speaker text when the name is null', () => {
    const quote = (speaker: unknown): ScoredMention => ({ type: 'quote', start: 0, end: 30, speaker });
    expect(valueAgrees(quote({ text: 'Wang', name: 'Wang Qiang' }), quote({ text: 'Mr Wang', name: 'wang qiang' }))).toBe(true);
    expect(valueAgrees(quote({ text: 'he', name: null }), quote({ text: 'He', name: null }))).toBe(true);
    expect(valueAgrees(quote({ text: 'Wang', name: 'Wang Qiang' }), quote(null))).toBe(false);
  });

  it('skips span-only gold and counts value accuracy among relaxed matches only', () => {
    expect(valueAgrees({ ...q(0, 5), spanOnly: true }, q(0, 5, { value: 3 }))).toBeNull();
    const [s] = scoreCorpus(
      [
        {
          gold: [q(0, 5, { value: 3 }), q(10, 15, { value: 4 }), q(20, 25, { value: 5 }), { ...q(30, 35), spanOnly: true }],
          pred: [q(0, 5, { value: 3 }), q(12, 18, { value: 40 }), q(30, 34, { value: 1 })],
        },
      ],
      ['quantity'],
    );
    // Three relaxed matches; two have comparable gold values; one of those agrees.
    expect(s!.valueCompared).toBe(2);
    expect(s!.valueAccuracy).toBeCloseTo(0.5);
  });
});
