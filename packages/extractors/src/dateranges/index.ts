/**
 * Date ranges extractor (SPEC §3 `daterange`): every time expression of the text, resolved to
 * a period against an anchor. Parsers find atoms (parsers.ts), refiners merge them into ranges
 * and periods (refiners.ts), the anchor comes from the caller or the text (anchor.ts), and the
 * resolver turns each expression into `startDate`/`endDate` (resolve.ts).
 */
import { defineExtractor } from '@claimsift/core';
import type { Doc, Extractor, MentionDraft } from '@claimsift/core';
import { ANCHOR_PATTERNS, detectAnchor } from './anchor.js';
import type { Anchor } from './anchor.js';
import { FINDER_PATTERNS, findExpressions, linesAround } from './find.js';
import { ISO_DATE, parseIsoDate } from './calendar.js';
import { PARSER_PATTERNS } from './parsers/index.js';
import { REFINER_PATTERNS } from './refiners.js';
import { resolveExpr, toValue } from './resolve.js';
import type { Resolved } from './resolve.js';

export interface DateRangesOptions {
  /**
   * Look for the text's own date when the caller gives no `publishedAt` (default true).
   * When false, relative expressions of undated texts stay unresolved.
   */
  readonly anchorFromText?: boolean;
}

export type { Anchor } from './anchor.js';
export { findExpressions } from './find.js';

export function dateRanges(options: DateRangesOptions = {}): Extractor {
  const anchorFromText = options.anchorFromText ?? true;
  return defineExtractor({
    name: 'dateranges',
    type: 'daterange',
    assigns: ['daterange', 'anchor'],
    patterns: patterns(),
    extract: (doc) => extract(doc, anchorFromText),
  });
}

function extract(doc: Doc, anchorFromText: boolean): MentionDraft[] {
  // Only content expressions are resolved, and only their tense is read (the anchor's own-date line needs none).
  // Page furniture is searched only when the anchor may come from the text (a byline date):
  // detectAnchor reads the text when it runs and the caller's date does not parse.
  const anchorInText = Boolean(anchorFromText || doc.publishedAt) && (doc.publishedAt === null || parseIsoDate(doc.publishedAt) === null);
  const lines = anchorInText ? undefined : linesAround(doc.text, doc.contentBlocks());
  const expressions = findExpressions(doc.text, (e) => doc.isContent(e.start, e.end), lines);
  const { anchor, day } = anchorFromText || doc.publishedAt
    ? detectAnchor(doc.text, doc.publishedAt, expressions, (e) => doc.isContent(e.start, e.end))
    : { anchor: { date: null, reason: 'no publishedAt given', source: 'none' } as Anchor, day: null };
  doc.data.anchor = anchor;
  const drafts: MentionDraft[] = [];
  let previous: Resolved | null = null;
  let previousAt = -1;
  for (const e of expressions) {
    if (!doc.isContent(e.start, e.end)) continue;
    // Only "the next N years" of a past-tense sentence asks for sentences (computed lazily by the document).
    const previousInSentence = previousAt >= 0 && e.past && e.base.kind === 'stretch' && e.base.fromText === true && doc.sentenceAt(previousAt) === doc.sentenceAt(e.start);
    const resolved = resolveExpr(e, { anchor: day, previous, previousInSentence });
    const value = toValue(resolved, day);
    drafts.push({
      start: e.start,
      end: e.end,
      startDate: value.startDate,
      endDate: value.endDate,
      granularity: value.granularity,
      relative: value.relative,
      anchor: value.anchor,
    });
    // A stated, closed period is the reference for "two months later".
    if (resolved.period.start !== null && resolved.period.end !== null && !e.opener) {
      previous = resolved;
      previousAt = e.start;
    }
  }
  return drafts;
}

/** Every regular expression the extractor runs, for the ReDoS check. */
export function patterns(): RegExp[] {
  return [...PARSER_PATTERNS, ...FINDER_PATTERNS, ...REFINER_PATTERNS, ...ANCHOR_PATTERNS, ISO_DATE];
}
