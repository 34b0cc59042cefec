import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import type { Mention } from '@claimsift/core';
import { dateRanges } from '@claimsift/extractors';

/** One-sentence inputs are short fragments: keep every block as content. */
export const pipeline = createPipeline({ extractors: [dateRanges()], blocks: { classify: false } });

export interface Expected {
  /** The span as written; located with indexOf (after `after` when given). */
  readonly text: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly granularity?: string;
  readonly relative?: boolean;
  readonly after?: string;
}

export interface SpecCase {
  readonly name: string;
  readonly text: string;
  readonly anchor: string | null;
  readonly expect: readonly Expected[];
}

export function dateranges(text: string, anchor: string | null): Mention[] {
  return pipeline.run(text, { publishedAt: anchor }).mentions.filter((m) => m.type === 'daterange') as Mention[];
}

/** Expected mentions with their offsets, in text order. */
export function located(c: SpecCase): Array<Expected & { start: number; end: number }> {
  return c.expect.map((e) => {
    const from = e.after ? c.text.indexOf(e.after) + e.after.length : 0;
    const start = c.text.indexOf(e.text, from);
    if (start < 0) throw new Error(`spec "${c.name}": "${e.text}" is not in the text`);
    return { ...e, start, end: start + e.text.length };
  });
}

/** One `describe` per group; each case must yield exactly its expected mentions (spans and periods). */
export function describeCases(group: string, cases: readonly SpecCase[]): void {
  describe(`dateranges: ${group}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const got = dateranges(c.text, c.anchor);
        const want = located(c);
        expect(got.map((m) => m.text)).toEqual(want.map((w) => w.text));
        got.forEach((m, i) => {
          const w = want[i]!;
          expect([m.start, m.end]).toEqual([w.start, w.end]);
          expect([m.startDate, m.endDate]).toEqual([w.startDate, w.endDate]);
          if (w.granularity !== undefined) expect(m.granularity).toBe(w.granularity);
          if (w.relative !== undefined) {
            expect(m.relative).toBe(w.relative);
            expect(m.anchor).toBe(w.relative && c.anchor ? c.anchor : null);
          }
        });
      });
    }
  });
}
