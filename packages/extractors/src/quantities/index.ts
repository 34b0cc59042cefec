/**
 * The quantities extractor (SPEC §3 `quantity`): numbers with what they count or measure,
 * normalised. Pure rules over a linear token scan of each content block:
 * lexer → numeral parser → unit / counted-noun attacher → approximator → exclusions.
 */
import { defineExtractor } from '@claimsift/core';
import type { Doc, Extractor, MentionDraft } from '@claimsift/core';
import { findCandidates } from './find.js';
import type { Candidate } from './find.js';
import { lex } from './lexer.js';
import { nextGateHit } from './gate.js';
import { QUANTITY_PATTERNS } from './patterns.js';

export interface QuantitiesOptions {
  /** Also emit bare numbers with no unit or counted noun ("the earlier two"). Default true. */
  readonly bareNumbers?: boolean;
}

/** Every regular expression the extractor uses (for the ReDoS check). */
export const patterns: readonly RegExp[] = QUANTITY_PATTERNS;

export function quantities(options: QuantitiesOptions = {}): Extractor {
  const bareNumbers = options.bareNumbers !== false;
  return defineExtractor({
    name: 'quantities',
    type: 'quantity',
    patterns,
    extract: (doc) => extractQuantities(doc, bareNumbers),
  });
}

/** Quantity drafts of every content block of a document. */
export function extractQuantities(doc: Doc, bareNumbers = true): MentionDraft[] {
  const drafts: MentionDraft[] = [];
  for (const block of doc.contentBlocks()) {
    // A block with no gate hit holds no numeral and is skipped.
    if (nextGateHit(doc.text, block.start, block.end) >= block.end) continue;
    const tokens = lex(doc.text, block.start, block.end);
    for (const c of findCandidates(tokens)) {
      if (c.excluded !== undefined) continue;
      if (!bareNumbers && c.unit === null) continue;
      const first = tokens[c.first];
      const last = tokens[c.last];
      if (first === undefined || last === undefined) continue;
      drafts.push(toDraft(first.start, last.end, c));
    }
  }
  return drafts;
}

/** Fixed key order: value, low, high, approx, unit, kind, then rate and note when present. */
function toDraft(start: number, end: number, c: Candidate): MentionDraft {
  const draft: Record<string, unknown> = { start, end, value: c.value, low: c.low, high: c.high, approx: c.approx, unit: c.unit, kind: c.kind };
  if (c.rate !== undefined) draft['rate'] = c.rate;
  if (c.note !== undefined) draft['note'] = c.note;
  return draft as MentionDraft;
}
