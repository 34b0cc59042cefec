import { describe, expect, it } from 'vitest';
import { scoreClaimSlots } from '../src/accuracy/claims.js';
import { predictionsToScore, runSystem } from '../src/accuracy/run.js';
import { goldClaim } from '../src/data/corpus.js';
import { loadExternalSuites, mapSpanType, toBenchDoc } from '../src/data/external.js';
import { benchdataDir } from '../src/data/jsonl.js';
import { loadNewsMentions } from '../src/data/news-mentions.js';
import type { BenchDoc } from '../src/data/types.js';

describe('external suite mapping', () => {
  const text = 'It cost $ 75 million on Friday at 5pm, over two weeks.';
  const doc = toBenchDoc({
    id: 'x-1',
    source: 'recognizers-test',
    text,
    refDate: '2016-11-07T00:00:00',
    spans: [
      { start: 8, end: 20, type: 'currency', surface: '$ 75 million', value: 75e6, specType: 'quantity' },
      { start: 24, end: 30, type: 'date', surface: 'Friday', value: null, specType: 'daterange' },
      { start: 34, end: 37, type: 'time', surface: '5pm', value: null, specType: null },
      { start: 44, end: 53, type: 'duration', surface: 'two weeks', value: null, specType: 'quantity' },
    ],
  });

  it('maps source types onto claimsift types and keeps unscored spans as ignore regions', () => {
    expect(doc.publishedAt).toBe('2016-11-07');
    expect(doc.gold.map((g) => [g.type, g.text])).toEqual([
      ['quantity', '$ 75 million'],
      ['daterange', 'Friday'],
    ]);
    expect(doc.gold[0]).toMatchObject({ value: 75e6 });
    // RT dates carry no period: scored on the span only.
    expect(doc.gold[1]!.spanOnly).toBe(true);
    expect(doc.ignore).toEqual([
      { start: 34, end: 37 },
      { start: 44, end: 53 },
    ]);
    expect(mapSpanType({ start: 0, end: 1, type: 'agency', surface: 'x' })).toBe('agency');
    expect(mapSpanType({ start: 0, end: 1, type: 'set', surface: 'x', specType: null })).toBeNull();
  });

  it('refuses a span that does not slice to its surface', () => {
    expect(() => toBenchDoc({ id: 'bad', source: 's', text: 'abc', spans: [{ start: 0, end: 2, type: 'number', surface: 'bc' }] })).toThrow(/does not slice/);
  });

  it('does not count predictions on ignored spans, unless they touch gold of their type', () => {
    const pred = [
      { type: 'daterange', start: 24, end: 37 }, // Friday at 5pm: overlaps gold Friday → kept
      { type: 'daterange', start: 34, end: 37 }, // 5pm only → dropped
      { type: 'quantity', start: 49, end: 53 }, // inside the duration → dropped
      { type: 'agency', start: 0, end: 2 }, // type not scored here → dropped
    ];
    expect(predictionsToScore(doc, pred, ['quantity', 'daterange']).map((p) => [p.start, p.end])).toEqual([[24, 37]]);
  });
});

describe('scope', () => {
  const doc: BenchDoc = {
    id: 'page',
    text: 'Headline 5 cases\nBody has 7 cases here.\nFooter',
    publishedAt: null,
    gold: [{ type: 'quantity', start: 26, end: 33, text: '7 cases', value: 7 }],
    scope: [{ start: 17, end: 39 }],
  };

  it('keeps only predictions entirely inside one scope span', () => {
    const pred = [
      { type: 'quantity', start: 9, end: 16 }, // headline: not annotated, not spurious
      { type: 'quantity', start: 26, end: 33 },
      { type: 'quantity', start: 35, end: 45 }, // crosses the scope end
    ];
    expect(predictionsToScore(doc, pred, ['quantity']).map((p) => p.start)).toEqual([26]);
  });

  it('runs a system over a source and scores it', () => {
    const system = { name: 'fake', types: ['quantity'], extract: () => [{ type: 'quantity', start: 9, end: 16 }, { type: 'quantity', start: 26, end: 31, value: 7 }] };
    const report = runSystem(system, { name: 's', title: 's', types: ['quantity', 'agency'], docs: [doc] }, null)!;
    expect(report.types).toEqual(['quantity']);
    const [s] = report.scores;
    expect(s).toMatchObject({ gold: 1, pred: 1, valueAccuracy: 1 });
    expect(s!.strict.f1).toBe(0);
    expect(s!.relaxed.f1).toBe(1);
    expect(runSystem(system, { name: 's', title: 's', types: ['agency'], docs: [doc] }, null)).toBeNull();
  });
});

describe('claim slots', () => {
  it('reads corpus gold claims: quantity by mention id, actor as a name or a mention id, period inline or by id', () => {
    const mentions = [
      { id: 'm1', type: 'quantity', start: 44, end: 67 },
      { id: 'm2', type: 'daterange', start: 68, end: 77, startDate: '2024-01-01', endDate: '2024-12-31' },
      { id: 'm3', type: 'agency', start: 100, end: 126, name: 'Ministry of Public Security' },
    ];
    expect(goldClaim({ quantity: 'm1', actor: 'Ministry of Public Security', action: 'arrest', period: { startDate: '2024-01-01', endDate: '2024-08-31' }, speaker: null }, mentions)).toEqual({
      quantity: { start: 44, end: 67 },
      actor: 'Ministry of Public Security',
      action: 'arrest',
      period: { startDate: '2024-01-01', endDate: '2024-08-31' },
      speaker: null,
    });
    expect(goldClaim({ quantity: 'm1', actor: 'm3', period: 'm2', source: { speaker: 'Wang Qiang' } }, mentions)).toMatchObject({
      actor: 'Ministry of Public Security',
      period: { startDate: '2024-01-01', endDate: '2024-12-31' },
      speaker: 'Wang Qiang',
    });
    expect(goldClaim({ quantity: 'm9' }, mentions)).toBeNull();
  });

  it('matches claims through their quantity and compares each slot', () => {
    const doc: BenchDoc = {
      id: 'c',
      text: 'x'.repeat(60),
      publishedAt: null,
      gold: [],
      claims: [
        { quantity: { start: 10, end: 20 }, actor: 'Ministry of Public Security', action: 'arrest', period: { startDate: '2024-01-01', endDate: '2024-08-31' }, speaker: null },
        { quantity: { start: 50, end: 60 }, actor: null, action: 'seize', period: null, speaker: 'Wang Qiang' },
      ],
    };
    const mentions = [
      { id: 'm1', type: 'agency', start: 0, end: 5, name: 'the Ministry of Public Security' },
      { id: 'm2', type: 'quantity', start: 12, end: 20 },
      { id: 'm3', type: 'daterange', start: 25, end: 30, startDate: '2024-01-01', endDate: '2024-08-30' },
    ];
    const claim = { id: 'c1', start: 0, end: 40, text: '', quantity: 'm2', actor: 'm1', action: 'arrest', period: 'm3', source: { quote: null, speaker: null, attributedTo: null }, confidence: 1 };
    const s = scoreClaimSlots([{ doc, mentions, claims: [claim] }]);
    expect(s).toMatchObject({ gold: 2, pred: 1, matched: 1 });
    expect(s.slots).toEqual({ actor: 1, action: 1, period: 0, speaker: 1 });
    expect(s.errors.map((e) => [e.slot, e.gold, e.pred])).toEqual([
      ['period', '2024-01-01..2024-08-31', '2024-01-01..2024-08-30'],
      ['missing', null, null],
    ]);
  });
});

const bench = benchdataDir();

describe.skipIf(!bench.exists)('benchdata loaders', () => {
  it('joins news-mentions with the page texts and checks every offset', () => {
    const news = loadNewsMentions(bench.path)!;
    expect(news.docs).toHaveLength(12);
    expect(news.docs.reduce((n, d) => n + d.gold.length, 0)).toBe(486);
    for (const d of news.docs) {
      for (const g of d.gold) expect(d.text.slice(g.start, g.end)).toBe(g.text);
      expect(d.scope!.length).toBeGreaterThan(0);
    }
  });

  it('loads every other suite with offsets that slice', () => {
    const suites = loadExternalSuites(bench.path);
    const names = suites.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['rt-currency', 'rt-datetime', 'tempeval3', 'conllpp', 'conllpp-nonsports']));
    expect(names).not.toContain('news-mentions');
    for (const s of suites) for (const d of s.docs) for (const g of d.gold) expect(d.text.slice(g.start, g.end).toLowerCase()).toBe(g.text!.toLowerCase());
  });
});

describe.skipIf(bench.exists)('without benchdata', () => {
  it('finds no suites and does not throw', () => {
    expect(loadExternalSuites(bench.path)).toEqual([]);
    expect(loadNewsMentions(bench.path)).toBeNull();
  });
});
