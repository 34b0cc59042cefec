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
