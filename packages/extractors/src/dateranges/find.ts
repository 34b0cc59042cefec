/**
 * Finder: runs every parser over the text and refines the atoms into time expressions.
 * A trigger pass (triggers.ts) lists where each parser can start; the parser runs there only,
 * as a sticky regex, with the same leftmost, non-overlapping matches as a global scan.
 */
import type { Range } from '@claimsift/core';
import type { TimeExpr } from './expr.js';
import { FULL_MONTH_NAMES, PARSERS } from './parsers/index.js';
import { wordBefore } from './context.js';
import type { Parser } from './parsers/index.js';
import { candidateOffsets, matchesAt, triggerIndex, triggered } from './triggers.js';
import { OPENER_PREFIX, PART_PREFIX, dropHelpers, dropOverlaps, dropRecurring, markAhead, mergeCountSlices, mergeOpeners, mergeParts, mergeRanges, mergeWeekdayDate, mergeWeekdayOfWeek, mergeYearShift } from './refiners.js';

/** The parsers' patterns, then the refiners' prefix patterns. */
export const FINDER_SOURCES: readonly RegExp[] = [...PARSERS.map((p) => p.pattern), PART_PREFIX, OPENER_PREFIX];
/** Each compiled sticky with the words that can start it. */
const RUNS = FINDER_SOURCES.map(triggered);
const PART_RUN = PARSERS.length;
const OPENER_RUN = PARSERS.length + 1;
const TRIGGERS = triggerIndex(RUNS.map((r) => r.triggers));

/** The sticky patterns of the finder, for the ReDoS check. */
export const FINDER_PATTERNS: readonly RegExp[] = RUNS.map((r) => r.sticky);

/** Where each pattern of the finder can start in the text, or in the given ranges of it (one trigger pass). */
export const findCandidates = (text: string, ranges?: readonly Range[]): number[][] => candidateOffsets(text, TRIGGERS, ranges);

const runMatches = (text: string, candidates: readonly (readonly number[])[], run: number): RegExpExecArray[] => matchesAt(text, (RUNS[run] as (typeof RUNS)[number]).sticky, candidates[run] as readonly number[]);

export function findAtoms(text: string, candidates: readonly (readonly number[])[] = findCandidates(text)): TimeExpr[] {
  const atoms: TimeExpr[] = [];
  PARSERS.forEach((parser, i) => {
    for (const m of runMatches(text, candidates, i)) {
      const found = parser.extract(m, text);
      if (found) atoms.push(withoutFullStop(found, text));
    }
  });
  return atoms;
}

/** Every parser over the whole text with its global pattern: the reference the trigger pass must agree with. */
export function scanAtoms(text: string, parsers: readonly Parser[] = PARSERS): TimeExpr[] {
  const atoms: TimeExpr[] = [];
  for (const parser of parsers) {
    const pattern = parser.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const found = parser.extract(m, text);
      if (found) atoms.push(withoutFullStop(found, text));
    }
  }
  return atoms;
}

/** "18-24 November.": the sentence's full stop after a full month name is not an abbreviation's dot. */
function withoutFullStop(e: TimeExpr, text: string): TimeExpr {
  if (text.charCodeAt(e.end - 1) !== 0x2e) return e;
  const word = wordBefore(text, e.end - 1);
  return FULL_MONTH_NAMES.has(word) ? { ...e, end: e.end - 1 } : e;
}

/**
 * Atoms → time expressions: overlaps, merges, open ranges, look-ahead.
 *
 * `wanted`: the expressions whose tense matters (the content ones; default all). The tense
 * look-around (markAhead) is the costliest refiner and only reads each expression's own
 * sentence, so expressions of page furniture skip it.
 *
 * `lines`: when given, only expressions inside these ranges are looked for; each range must be
 * whole lines (from a text start or a "\n" to a "\n" or the text end). No pattern reads across a
 * "\n" and no refiner merges across one, so the expressions found are exactly those of the whole
 * text that lie in the lines (parsers still read the context around a match from the whole text).
 */
export function findExpressions(text: string, wanted: (e: TimeExpr) => boolean = () => true, lines?: readonly Range[]): TimeExpr[] {
  const candidates = findCandidates(text, lines);
  let list = dropOverlaps(findAtoms(text, candidates));
  list = mergeWeekdayDate(list, text);
  list = mergeWeekdayOfWeek(list, text);
  list = mergeYearShift(list, text);
  list = mergeCountSlices(list, text);
  list = mergeParts(list, text, runMatches(text, candidates, PART_RUN));
  list = mergeRanges(list, text);
  list = mergeOpeners(list, text, runMatches(text, candidates, OPENER_RUN));
  list = dropHelpers(list);
  list = dropRecurring(list, text);
  list = markAhead(list, text, wanted);
  return list;
}

/**
 * The whole lines ("\n" to "\n") touching the ranges (ascending), merged: a scope for
 * `findExpressions`. A range that already starts and ends at line breaks (a block of lines) is
 * its own lines; otherwise one forward walk over the line breaks finds them, so linear in the text.
 */
export function linesAround(text: string, ranges: readonly Range[]): Range[] {
  const lines: Range[] = [];
  // The walk: the line [lineStart, lineEnd) it has reached, moved forward only.
  let lineStart = 0;
  let lineEnd = 0;
  const lineOf = (offset: number): void => {
    while (lineEnd <= offset) [lineStart, lineEnd] = [lineEnd, nextLineEnd(text, lineEnd)];
  };
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    let start = r.start;
    if (start > 0 && text.charCodeAt(start - 1) !== 0x0a) {
      lineOf(start);
      start = lineStart;
    }
    let end = r.end;
    if (end < text.length && text.charCodeAt(end - 1) !== 0x0a) {
      lineOf(end - 1);
      end = lineEnd;
    }
    const last = lines[lines.length - 1];
    if (last !== undefined && start <= last.end) lines[lines.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else lines.push({ start, end });
  }
  return lines;
}

/** End of the line starting at `from` (after its "\n"), or the text's end. */
function nextLineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at + 1;
}
