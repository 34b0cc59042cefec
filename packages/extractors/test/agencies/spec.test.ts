/**
 * The agency table: every case's mentions by span, with canonical name, category, acronym,
 * parent and country where the case states them, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import { agencies } from '@claimsift/extractors';
import { CASES, NEGATIVE_CASES } from './cases.js';
import type { ExpectedAgency } from './cases.js';

const pipeline = createPipeline({ extractors: [agencies()], blocks: { classify: false } });

function locate(text: string, e: ExpectedAgency): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n <= (e.nth ?? 0); n++) {
    at = text.indexOf(e.text, at + 1);
    if (at < 0) throw new Error(`case text has no occurrence ${e.nth ?? 0} of "${e.text}"`);
  }
  return { start: at, end: at + e.text.length };
}

describe('agencies: cases', () => {
  for (const c of CASES) {
    it(c.title, () => {
      const mentions = pipeline.run(c.text).mentions;
      const got = mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }));
      const want = c.expected.map((e) => ({ ...locate(c.text, e), text: e.text })).sort((a, b) => a.start - b.start);
      expect(got).toEqual(want);
      for (const e of c.expected) {
        const { start } = locate(c.text, e);
        const m = mentions.find((x) => x.start === start) as Record<string, unknown>;
        const fields: Record<string, unknown> = { name: m.name };
        const expected: Record<string, unknown> = { name: e.name };
        for (const key of ['category', 'acronym', 'parent', 'country'] as const) {
          if (e[key] !== undefined) {
            fields[key] = m[key];
            expected[key] = e[key];
          }
        }
        expect(fields).toEqual(expected);
      }
    });
  }
  for (const c of NEGATIVE_CASES) {
    it(`no mention: ${c.title}`, () => {
      expect(pipeline.run(c.text).mentions.map((m) => m.text)).toEqual([]);
    });
  }

  it('emits the SPEC field order: name, acronym, category, parent, country', () => {
    const [m] = pipeline.run('The Federal Aviation Administration grounded the jets.').mentions;
    expect(Object.keys(m ?? {})).toEqual(['id', 'type', 'start', 'end', 'text', 'name', 'acronym', 'category', 'parent', 'country']);
  });
});
