/**
 * The period slot: when the counted acts happened. In order:
 *   1. a daterange in the clause ("from March 10 to May 22, as many as 67,000 accounts ...");
 *   2. the nearest governing one in the sentence, then earlier in the paragraph;
 *   3. the document's headline period ("... Arrests Over 25,000 Individuals This Year").
 * A single day outside the clause dates the statement or the press conference, not the count
 * ("According to a statement released on August 27th, the MPS has investigated ..."); so does a
 * day right after a reporting verb ("said on Friday"); the publication day itself never governs.
 * Inside the clause a stretch of time is preferred to a single day. A figure announced as belonging to
 * a separate campaign ("In a separate campaign, ...") takes only a period stated in its clause.
 */
import type { Mention } from '../mentions.js';
import type { Range } from '../span.js';
import type { DocContext } from './context.js';
import { REPORTING_CUES } from './lexicon.js';
import { wordSet } from './words.js';
import { firstFrom, spansIn } from './spans.js';

export type PeriodRule = 'clause' | 'sentence' | 'paragraph' | 'headline' | 'none';

export interface PeriodMatch {
  readonly period: Mention | null;
  readonly rule: PeriodRule;
}

export const RANGE_WORDS = /\b(?:from|to|until|till|through|between|since|and)\b|[-–—]/i;

/** True for a period of one day ("August 27th", "Friday, May 26"). */
export function isSingleDay(m: Mention): boolean {
  const { startDate, endDate, granularity } = m as { startDate?: unknown; endDate?: unknown; granularity?: unknown };
  if (typeof startDate === 'string' && typeof endDate === 'string') return startDate === endDate;
  return granularity === 'day' && !RANGE_WORDS.test(m.text);
}

function isPublicationDay(ctx: DocContext, m: Mention): boolean {
  return ctx.anchorDate !== null && isSingleDay(m) && m.startDate === ctx.anchorDate;
}

const CUES = wordSet(REPORTING_CUES);

/** A day right after a reporting verb dates the statement: "said on Friday", "announced Tuesday". */
function isReportingDay(ctx: DocContext, m: Mention): boolean {
  if (!isSingleDay(m)) return false;
  const { words } = ctx;
  const i = words.indexAfter(m.start);
  const prev = words.word(i - 1);
  return CUES.has(prev) || (prev === 'on' && CUES.has(words.word(i - 2)));
}

/** Which dateranges a rule takes. */
type PeriodFilter = (ctx: DocContext, m: Mention) => boolean;
/** A period that can govern the figure: not the publication day, not the day of a statement. */
const governs: PeriodFilter = (ctx, m) => !isPublicationDay(ctx, m) && !isReportingDay(ctx, m);
/** A governing stretch of time, not a single day. */
const governingStretch: PeriodFilter = (ctx, m) => !isSingleDay(m) && governs(ctx, m);

/** The daterange nearest to the figure in `range` (before it first), among those `accept` allows. */
function nearest(ctx: DocContext, range: Range, offset: number, accept: PeriodFilter): Mention | null {
  let before: Mention | null = null;
  let after: Mention | null = null;
  for (const m of spansIn(ctx.dateranges, range)) {
    if (!accept(ctx, m)) continue;
    if (m.start < offset) before = m;
    else if (after === null) after = m;
  }
  return before ?? after;
}

const headlines = new WeakMap<DocContext, Mention | null>();

/** The headline's period (first content block), if it states one. */
export function headlinePeriod(ctx: DocContext): Mention | null {
  let period = headlines.get(ctx);
  if (period === undefined) {
    period = ctx.headline ? (spansIn(ctx.dateranges, ctx.headline).find((m) => !isSingleDay(m)) ?? null) : null;
    headlines.set(ctx, period);
  }
  return period;
}

/** The nearest accepted daterange in [start, before), looking back over a bounded number of them. */
function lastInParagraph(ctx: DocContext, start: number, before: number, accept: PeriodFilter): Mention | null {
  const list = ctx.dateranges;
  for (let i = firstFrom(list, before) - 1, n = 0; i >= 0 && n < 64; i--, n++) {
    const m = list[i] as Mention;
    if (m.start < start) break;
    if (m.end <= before && accept(ctx, m)) return m;
  }
  return null;
}

export function findPeriod(ctx: DocContext, quantity: Range, clause: Range, sentence: Range, separate: boolean): PeriodMatch {
  // In the clause a stretch of time ("since March 10") beats a single day ("on Friday"), which may date the report.
  const inClause = nearest(ctx, clause, quantity.start, governingStretch) ?? nearest(ctx, clause, quantity.start, governs);
  if (inClause) return { period: inClause, rule: 'clause' };
  if (separate) return { period: null, rule: 'none' };
  const inSentence = nearest(ctx, sentence, quantity.start, governingStretch);
  if (inSentence) return { period: inSentence, rule: 'sentence' };
  const block = ctx.doc.blockAt(quantity.start);
  if (block) {
    const earlier = lastInParagraph(ctx, block.start, sentence.start, governingStretch);
    if (earlier) return { period: earlier, rule: 'paragraph' };
  }
  const headline = headlinePeriod(ctx);
  return headline ? { period: headline, rule: 'headline' } : { period: null, rule: 'none' };
}
