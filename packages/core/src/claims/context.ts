/**
 * What the slot rules need to know about one document, computed once: its agencies (with the
 * root each belongs to), quotes, dateranges, the main agency, the headline period, the anchor.
 */
import type { Doc } from '../document.js';
import type { Mention } from '../mentions.js';
import type { Range } from '../span.js';
import type { NamedAgency } from './references.js';
import { firstAfter, lastBefore } from './spans.js';
import type { Words } from './words.js';
import { wordsOf } from './words.js';

export interface MentionTypes {
  /** Mention types that make claims (default ["quantity"]; a custom extractor's type can join). */
  readonly quantity: readonly string[];
  /** Mention types that can act (default ["agency"]). */
  readonly actor: readonly string[];
  readonly period: readonly string[];
  readonly quote: readonly string[];
}

export const DEFAULT_TYPES: MentionTypes = { quantity: ['quantity'], actor: ['agency'], period: ['daterange'], quote: ['quote'] };

export interface Agency extends NamedAgency {
  readonly category: string | null;
  readonly parent: string | null;
}

export interface DocContext {
  readonly doc: Doc;
  readonly words: Words;
  readonly quantities: readonly Mention[];
  /** Agencies that can act (media outlets report, they do not act), in text order. */
  readonly agencies: readonly Agency[];
  /** Every agency mention, media outlets included: they can be the source of a figure. */
  readonly sources: readonly Agency[];
  /** The same agencies by canonical name and by parent name, in text order. */
  readonly byName: ReadonlyMap<string, readonly Agency[]>;
  readonly byParent: ReadonlyMap<string, readonly Agency[]>;
  readonly quotes: readonly Mention[];
  readonly dateranges: readonly Mention[];
  /** Canonical name of the agency the document is mostly about, or null. */
  readonly mainAgency: string | null;
  /** The publication or anchor date (`YYYY-MM-DD`): a period equal to that single day only dates the report. */
  readonly anchorDate: string | null;
  /** The first content block (the headline when there is one). */
  readonly headline: Range | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function toAgency(m: Mention): Agency {
  return { id: m.id, start: m.start, end: m.end, name: str(m.name) ?? m.text, category: str(m.category), parent: str(m.parent) };
}

export function buildContext(doc: Doc, mentions: readonly Mention[], types: MentionTypes): DocContext {
  const ofTypes = (list: readonly string[]) => mentions.filter((m) => list.includes(m.type));
  const sources = ofTypes(types.actor).map(toAgency);
  const agencies = sources.filter((a) => a.category !== 'media');
  const anchor = doc.data.anchor as { date?: unknown } | undefined;
  const first = doc.contentBlocks()[0];
  return {
    doc,
    words: wordsOf(doc),
    quantities: ofTypes(types.quantity),
    agencies,
    sources,
    byName: groupBy(agencies, (a) => a.name),
    byParent: groupBy(agencies, (a) => a.parent),
    quotes: ofTypes(types.quote),
    dateranges: ofTypes(types.period),
    mainAgency: mainAgencyOf(agencies, first),
    anchorDate: doc.publishedAt ?? str(anchor?.date),
    headline: first ? { start: first.start, end: first.end } : null,
  };
}

function groupBy(agencies: readonly Agency[], key: (a: Agency) => string | null): Map<string, Agency[]> {
  const map = new Map<string, Agency[]>();
  for (const a of agencies) {
    const k = key(a);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(a);
    else map.set(k, [a]);
  }
  return map;
}

/** The agency a sub-unit belongs to ("MPS Traffic Management Bureau" → "Ministry of Public Security"). */
export const rootName = (a: Agency): string => a.parent ?? a.name;

/** Most mentioned agency (counting a sub-unit for its parent); a headline mention counts twice; ties go to the earlier. */
function mainAgencyOf(agencies: readonly Agency[], headline: Range | undefined): string | null {
  const score = new Map<string, number>();
  for (const a of agencies) {
    const inHeadline = headline !== undefined && a.start >= headline.start && a.end <= headline.end;
    const name = rootName(a);
    score.set(name, (score.get(name) ?? 0) + (inHeadline ? 2 : 1));
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, s] of score) {
    if (s > bestScore) {
      best = name;
      bestScore = s;
    }
  }
  return best;
}

/** The mention to point to for an agency name near `offset`: the nearest preceding one, else the first; else (only sub-units named) the nearest of those. */
export function mentionOf(ctx: DocContext, name: string, offset: number): Agency | null {
  for (const list of [ctx.byName.get(name), ctx.byParent.get(name)]) {
    if (!list || list.length === 0) continue;
    return lastBefore(list, offset + 1, () => true, 1) ?? firstAfter(list, offset, () => true, 1) ?? null;
  }
  return null;
}
