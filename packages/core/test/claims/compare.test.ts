import { describe, expect, it } from 'vitest';
import type { Claim, ClaimsiftResult, Mention } from '@claimsift/core';
import { compareClaims, formatComparisonTable } from '../../src/claims/index.js';

/** One stated figure: who, what, how many of what, when. */
interface Fact {
  readonly actor: string | null;
  readonly action: string | null;
  readonly text: string;
  readonly value: number | null;
  readonly approx?: string;
  readonly unit: string | null;
  readonly low?: number;
  readonly high?: number;
  readonly period?: [string, string];
  readonly parent?: string;
  readonly kind?: string;
}

/** A result with one claim per fact; offsets are synthetic but consistent within the document. */
function doc(id: string, facts: readonly Fact[]): ClaimsiftResult {
  const mentions: Mention[] = [];
  const claims: Claim[] = [];
  let offset = 0;
  const next = (type: string, text: string, fields: Record<string, unknown>) => {
    const m = { id: `m${mentions.length + 1}`, type, start: offset, end: offset + text.length, text, ...fields } as Mention;
    offset += text.length + 1;
    mentions.push(m);
    return m;
  };
  facts.forEach((f, i) => {
    const actor = f.actor ? next('agency', f.actor, { name: f.actor, acronym: null, category: 'government', parent: f.parent ?? null, country: null }) : null;
    const q = next('quantity', f.text, { value: f.value, low: f.low ?? null, high: f.high ?? null, approx: f.approx ?? 'exact', unit: f.unit, kind: f.kind ?? 'count' });
    const period = f.period ? next('daterange', 'then', { startDate: f.period[0], endDate: f.period[1], granularity: 'year', relative: false, anchor: null }) : null;
    claims.push({
      id: `c${i + 1}`,
      start: q.start,
      end: q.end,
      text: q.text,
      quantity: q.id,
      actor: actor?.id ?? null,
      action: f.action,
      period: period?.id ?? null,
      source: { quote: null, speaker: null, attributedTo: null },
      confidence: 1,
    });
  });
  return { id, lang: 'eng', publishedAt: null, blocks: [], mentions, claims };
}

const MPS = 'Ministry of Public Security';
const CAC = 'Cyberspace Administration of China';
const Y2024: [string, string] = ['2024-01-01', '2024-12-31'];
const Y2023: [string, string] = ['2023-01-01', '2023-12-31'];

const membersOf = (r: ReturnType<typeof compareClaims>) => r.groups.map((g) => [g.status, g.members.map((m) => `${m.doc}:${m.text}`)]);

describe('compareClaims', () => {
  it('agrees across approximators, rounding and unit variants', () => {
    const result = compareClaims([
      doc('a', [{ actor: CAC, action: 'remove', text: 'around 8,000', value: 8000, approx: 'about', unit: null }, { actor: CAC, action: 'disable', text: 'around 67,000 accounts', value: 67000, approx: 'about', unit: 'account' }]),
      doc('b', [{ actor: CAC, action: 'close', text: 'nearly 8,000 accounts', value: 8000, approx: 'under', unit: 'account' }, { actor: CAC, action: 'close', text: 'as many as 67,000 social media accounts', value: 67000, approx: 'at-most', unit: 'social media account' }]),
    ]);
    expect(membersOf(result)).toEqual([
      ['agree', ['a:around 8,000', 'b:nearly 8,000 accounts']],
      ['agree', ['a:around 67,000 accounts', 'b:as many as 67,000 social media accounts']],
    ]);
    expect(result.groups[1]?.key).toEqual({ actor: CAC, action: 'disable', unit: 'account' }); // most frequent act, ties to the first
    expect(result.groups[1]?.spread).toEqual({ min: 67000, max: 67000 });
  });

  it('flags the same figure with a different decisive act as a conflict, and says why', () => {
    const result = compareClaims([
      doc('000', [{ actor: MPS, action: 'arrest', text: 'over 25,000 individuals', value: 25000, approx: 'over', unit: 'individual', period: Y2024 }]),
      doc('003', [{ actor: MPS, action: 'punish', text: 'more than 25,000 netizens', value: 25000, approx: 'over', unit: 'netizen' }]),
    ]);
    expect(result.groups).toHaveLength(1);
    const group = result.groups[0];
    expect(group?.status).toBe('conflict');
    expect(group?.why).toContain('arrest (000) vs punish (003)');
    expect(group?.key.unit).toBe('person');
  });

  it('lets acts of attention (identify, target) agree with any act', () => {
    const result = compareClaims([
      doc('a', [{ actor: CAC, action: 'identify', text: 'nearly 187,000 accounts', value: 187000, approx: 'under', unit: 'account' }]),
      doc('b', [{ actor: CAC, action: 'punish', text: 'Nearly 187,000 accounts', value: 187000, approx: 'under', unit: 'account' }]),
    ]);
    expect(result.groups.map((g) => g.status)).toEqual(['agree']);
  });

  it('keeps apart different figures, actors, units, periods and durations', () => {
    const result = compareClaims([
      doc('a', [
        { actor: MPS, action: 'investigate', text: 'over 22,000 cases', value: 22000, approx: 'over', unit: 'case', period: Y2024 },
        { actor: MPS, action: 'arrest', text: '25,000 people', value: 25000, unit: 'person' },
        { actor: CAC, action: 'investigate', text: 'a two-month', value: 2, unit: 'month', kind: 'duration' },
        { actor: MPS, action: 'close', text: '10,000 accounts', value: 10000, unit: 'account', period: Y2024 },
      ]),
      doc('b', [
        { actor: MPS, action: 'investigate', text: 'more than 1,600 cases', value: 1600, approx: 'over', unit: 'case', period: Y2023 },
        { actor: CAC, action: 'find', text: 'About 25,000 accounts', value: 25000, approx: 'about', unit: 'account' },
        { actor: CAC, action: 'investigate', text: 'a two-month', value: 2, unit: 'month', kind: 'duration' },
        { actor: MPS, action: 'shut down', text: 'more than 10,000 accounts', value: 10000, approx: 'over', unit: 'account', period: Y2023 },
        { actor: null, action: 'arrest', text: '25,000 people', value: 25000, unit: 'person' },
      ]),
    ]);
    expect(result.groups.filter((g) => g.members.some((m) => m.doc === 'a') && g.members.some((m) => m.doc === 'b'))).toEqual([]);
  });

  it('compares only figures that say who did what, and rounds small numbers tightly', () => {
    const results = [
      doc('a', [
        { actor: 'Apple', action: null, text: '16-inch', value: 16, unit: 'inch', kind: 'measure' },
        { actor: MPS, action: 'arrest', text: '10 people', value: 10, unit: 'person' },
      ]),
      doc('b', [
        { actor: 'Apple', action: null, text: '16-inch', value: 16, unit: 'inch', kind: 'measure' },
        { actor: MPS, action: 'arrest', text: '12 people', value: 12, unit: 'person' },
      ]),
    ];
    expect(compareClaims(results).groups).toEqual([]);
    expect(compareClaims(results, { withoutAction: true }).groups.map((g) => g.key.actor)).toEqual(['Apple']);
  });

  it('counts a sub-unit for its parent agency', () => {
    const result = compareClaims([
      doc('a', [{ actor: 'MPS Traffic Management Bureau', parent: MPS, action: 'investigate', text: '623 cases', value: 623, unit: 'case' }]),
      doc('b', [{ actor: MPS, action: 'investigate', text: '623 such cases', value: 623, unit: 'case' }]),
    ]);
    expect(result.groups.map((g) => g.key.actor)).toEqual([MPS]);
  });

  it('lets a vague amount join a group only when exactly one fits, never found one', () => {
    const vague = { actor: CAC, action: 'target', text: 'hundreds of thousands of accounts', value: null, approx: 'vague', low: 100000, high: 999999, unit: 'account' };
    const alone = compareClaims([doc('a', [vague]), doc('b', [{ actor: CAC, action: 'punish', text: '930.000 other accounts', value: 930000, unit: 'account' }])]);
    expect(alone.groups).toEqual([]);
    const joins = compareClaims([
      doc('a', [vague]),
      doc('b', [{ actor: CAC, action: 'punish', text: '430,000 accounts', value: 430000, unit: 'account' }]),
      doc('c', [{ actor: CAC, action: 'punish', text: 'more than 430,000 accounts', value: 430000, approx: 'over', unit: 'account' }]),
    ]);
    expect(membersOf(joins)).toEqual([['agree', ['a:hundreds of thousands of accounts', 'b:430,000 accounts', 'c:more than 430,000 accounts']]]);
    const ambiguous = compareClaims([
      doc('a', [vague]),
      doc('b', [{ actor: CAC, action: 'punish', text: '430,000 accounts', value: 430000, unit: 'account' }, { actor: CAC, action: 'punish', text: '187,000 accounts', value: 187000, unit: 'account' }]),
      doc('c', [{ actor: CAC, action: 'punish', text: '430,000 accounts', value: 430000, unit: 'account' }, { actor: CAC, action: 'punish', text: '187,000 accounts', value: 187000, unit: 'account' }]),
    ]);
    expect(ambiguous.groups.every((g) => g.members.every((m) => m.doc !== 'a'))).toBe(true);
  });

  it('flags different figures for the same actor, act, unit and period, one figure per document', () => {
    const result = compareClaims([
      doc('a', [{ actor: MPS, action: 'arrest', text: '1,200 suspects', value: 1200, unit: 'suspect', period: Y2023 }]),
      doc('b', [{ actor: MPS, action: 'detain', text: '3,000 people', value: 3000, unit: 'person', period: Y2023 }]),
    ]);
    expect(result.groups.map((g) => [g.status, g.spread])).toEqual([['conflict', { min: 1200, max: 3000 }]]);
    expect(result.groups[0]?.why).toMatch(/^different figures/);
    // two figures in one document are sub-counts, not a contradiction
    const sub = compareClaims([
      doc('a', [{ actor: MPS, action: 'arrest', text: '1,200 suspects', value: 1200, unit: 'suspect', period: Y2023 }, { actor: MPS, action: 'arrest', text: '300 suspects', value: 300, unit: 'suspect', period: Y2023 }]),
      doc('b', [{ actor: MPS, action: 'arrest', text: '3,000 people', value: 3000, unit: 'person', period: Y2023 }]),
    ]);
    expect(sub.groups).toEqual([]);
  });

  it('groups a figure restated within one document unless minDocuments says otherwise', () => {
    const results = [doc('a', [{ actor: MPS, action: 'shut down', text: '10,000 accounts', value: 10000, unit: 'account' }, { actor: MPS, action: 'shut down', text: 'more than 10,000 accounts', value: 10000, approx: 'over', unit: 'account' }])];
    expect(compareClaims(results).groups).toHaveLength(1);
    expect(compareClaims(results, { minDocuments: 2 }).groups).toHaveLength(0);
  });

  it('is deterministic and independent of claim order inside groups', () => {
    const a = doc('a', [{ actor: CAC, action: 'remove', text: '1.4 million posts', value: 1400000, unit: 'post' }]);
    const b = doc('b', [{ actor: CAC, action: 'delete', text: 'as many as 1.4 million posts', value: 1400000, approx: 'at-most', unit: 'post' }]);
    expect(compareClaims([a, b])).toEqual(compareClaims([a, b]));
    expect(compareClaims([b, a]).groups[0]?.members.map((m) => m.doc)).toEqual(['b', 'a']);
  });
});

describe('formatComparisonTable', () => {
  it('prints one block per group with status, key, members and reason', () => {
    const table = formatComparisonTable(
      compareClaims([
        doc('000', [{ actor: MPS, action: 'arrest', text: 'over 25,000 individuals', value: 25000, approx: 'over', unit: 'individual', period: Y2024 }]),
        doc('003', [{ actor: MPS, action: 'punish', text: 'more than 25,000 netizens', value: 25000, approx: 'over', unit: 'netizen' }]),
      ]),
    );
    const lines = table.split('\n');
    expect(lines[0]).toBe(`#1  CONFLICT  ${MPS} · arrest / punish · person  (spread 25,000)`);
    expect(lines[1]).toMatch(/^ {4}000 +c1 +\d+-\d+ +over 25,000 individuals +arrest +2024-01-01\.\.2024-12-31$/);
    expect(lines[2]).toMatch(/^ {4}003 +c1 .*more than 25,000 netizens +punish +-$/);
    expect(lines[3]).toMatch(/^ {4}why: same figure/);
    expect(table.trimEnd().split('\n').pop()).toBe('1 group: 0 agree, 1 conflict');
  });

  it('says so when nothing is grouped', () => {
    expect(formatComparisonTable({ groups: [] })).toBe('No figure is stated by more than one claim.\n');
  });
});
