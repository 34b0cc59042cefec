/**
 * Properties on arbitrary text: never throws, spans re-slice, no overlaps, fields well-formed,
 * deterministic, references re-slice; every regular expression is listed and ReDoS-safe; time
 * grows linearly on long adversarial inputs.
 */
import fc from 'fast-check';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { createPipeline, createDocument } from '@claimsift/core';
import { agencies } from '@claimsift/extractors';

const pieces = [
  'Ministry', 'of', 'Public', 'Security', 'PublicSecurity', '(MPS)', 'MPS', 'theMPS', 'the', 'The', 'ministry', 'Chinese', "China's",
  'Supreme', "People's", 'Court', 'Police', 'police', 'Shanghai', 'Bureau', 'and', '&', 'for', 'Inc', 'Corp.', 'Group', 'News', 'Times',
  'Xinhua', 'Reuters', 'NASA’s', 'CAC', '(CAC)', 'Cyberspace', 'Administration', 'said', 'Weibo', 'President', 'Xi', 'regulators',
  'public security organs', 'U.S.', 'FBI', 'D4CC', ',', '.', '(', ')', '"', '“', '”', '’s', '-', '\n', ' ', '\u00a0', '😀', '\ud800', 'A350-900',
];
const nameLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(' '));
const glued = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
const anyText = fc.oneof(nameLike, glued, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

const pipeline = createPipeline({ extractors: [agencies()], blocks: { classify: false } });
const CATEGORIES = ['government', 'judiciary', 'police', 'party', 'media', 'company', 'ngo', 'other'];

describe('agencies: properties', () => {
  it('never throws; spans re-slice, do not overlap and carry well-formed fields', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = pipeline.run(text);
        let lastEnd = 0;
        for (const m of result.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = m.end;
          expect(typeof m.name).toBe('string');
          expect((m.name as string).length).toBeGreaterThan(0);
          expect(CATEGORIES).toContain(m.category);
          if (m.country !== null) expect(m.country).toMatch(/^[A-Z]{2}$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(nameLike, (text) => {
        expect(pipeline.run(text)).toEqual(pipeline.run(text));
      }),
      { numRuns: 150 },
    );
  });

  it('writes generic references whose spans re-slice', () => {
    const extractor = agencies();
    fc.assert(
      fc.property(nameLike, (text) => {
        const doc = createDocument(text, { blocks: { classify: false } });
        extractor.extract(doc, { message: () => undefined });
        const refs = doc.data.agencyReferences as { start: number; end: number; text: string; resolvedName: string | null }[];
        expect(Array.isArray(refs)).toBe(true);
        for (const r of refs) {
          expect(text.slice(r.start, r.end)).toBe(r.text);
          expect(r.resolvedName === null || typeof r.resolvedName === 'string').toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stays linear on long adversarial inputs', () => {
    const shapes = [
      (n: number) => 'Ministry of '.repeat(n),
      (n: number) => 'ABC (DEF) '.repeat(n),
      (n: number) => 'Acme, '.repeat(n) + 'and Beta Corp',
      (n: number) => 'the ministry said '.repeat(n),
      (n: number) => `${'Zeta'.repeat(n)} said`,
      (n: number) => 'A&B '.repeat(n),
    ];
    for (const shape of shapes) {
      const once = (text: string) => {
        const t0 = performance.now();
        pipeline.run(text);
        return performance.now() - t0;
      };
      // Best of three runs, to keep other processes' noise out.
      const time = (n: number) => {
        const text = shape(n);
        return Math.min(once(text), once(text), once(text));
      };
      time(500);
      const small = Math.max(time(2_000), 20);
      const large = time(16_000);
      // Eight times the input may cost at most 32 times the time (generous for noise); quadratic would be 64.
      expect(large / small).toBeLessThan(32);
    }
  }, 120_000);

  it('lists every regular expression it uses, and recheck finds each one safe', async () => {
    const ex = agencies();
    expect(ex.patterns.length).toBeGreaterThan(20);
    for (const p of ex.patterns) {
      const result = await check(p.source, p.flags, { timeout: 30_000 });
      expect({ source: p.source.slice(0, 80), status: result.status }).toEqual({ source: p.source.slice(0, 80), status: 'safe' });
    }
  }, 300_000);
});
