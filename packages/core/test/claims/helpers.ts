/** Hand-made documents and mentions for the claim tests: mentions are placed by searching their text. */
import { createDocument } from '@claimsift/core';
import type { Mention } from '@claimsift/core';

export interface Spec {
  readonly type: string;
  /** The mention's text; `nth` picks a later occurrence. */
  readonly text: string;
  readonly nth?: number;
  readonly [field: string]: unknown;
}

export const quantity = (text: string, value: number | null, unit: string | null, approx = 'exact', extra: Record<string, unknown> = {}): Spec => ({
  type: 'quantity',
  text,
  value,
  low: null,
  high: null,
  approx,
  unit,
  kind: 'count',
  ...extra,
});
export const agency = (text: string, name = text, extra: Record<string, unknown> = {}): Spec => ({
  type: 'agency',
  text,
  name,
  acronym: null,
  category: 'government',
  parent: null,
  country: null,
  ...extra,
});
export const daterange = (text: string, startDate: string | null, endDate: string | null, granularity = 'year', extra: Record<string, unknown> = {}): Spec => ({
  type: 'daterange',
  text,
  startDate,
  endDate,
  granularity,
  relative: false,
  anchor: null,
  ...extra,
});

/** Places every spec in `text` (in order of appearance) and numbers them m1..mN as the pipeline does. */
export function build(text: string, specs: readonly Spec[], init: { publishedAt?: string | null; id?: string } = {}) {
  const placed = specs.map((spec) => {
    const { type, text: needle, nth = 0, ...fields } = spec;
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" not found`);
    return { type, start, end: start + needle.length, text: needle, ...fields };
  });
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  const mentions = placed.map((m, i) => ({ id: `m${i + 1}`, ...m }) as Mention);
  const doc = createDocument(text, { id: init.id ?? 'doc', publishedAt: init.publishedAt ?? null });
  doc.setMentions(mentions);
  const byText = (needle: string, nth = 0) => {
    const found = mentions.filter((m) => m.text === needle)[nth];
    if (!found) throw new Error(`no mention "${needle}"`);
    return found;
  };
  return { doc, mentions, byText };
}
