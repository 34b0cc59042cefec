/**
 * Finder: runs every parser over the text and refines the atoms into time expressions.
 * A trigger pass (triggers.ts) lists where each parser can start; the parser runs there only,
 * as a sticky regex, with the same leftmost, non-overlapping matches as a global scan.
 */
import type { TimeExpr } from './expr.js';
import { FULL_MONTH_NAMES, PARSERS } from './parsers/index.js';
import { wordBefore } from './context.js';
import type { Parser } from './parsers/index.js';
import { candidateOffsets, triggerIndex, triggerSet } from './triggers.js';
import { dropHelpers, dropOverlaps, dropRecurring, markAhead, mergeCountSlices, mergeOpeners, mergeParts, mergeRanges, mergeWeekdayDate, mergeWeekdayOfWeek, mergeYearShift } from './refiners.js';

/** Each parser with its pattern compiled sticky and the words that can start it. */
const TRIGGERED = PARSERS.map((parser) => ({ parser, sticky: new RegExp(parser.pattern.source, parser.pattern.flags.replace('g', '') + 'y'), triggers: triggerSet(parser.pattern) }));
const TRIGGERS = triggerIndex(TRIGGERED.map((t) => t.triggers));

/** The sticky patterns of the finder, for the ReDoS check. */
export const FINDER_PATTERNS: readonly RegExp[] = TRIGGERED.map((t) => t.sticky);

export function findAtoms(text: string): TimeExpr[] {
  const atoms: TimeExpr[] = [];
  const offsets = candidateOffsets(text, TRIGGERS);
  TRIGGERED.forEach(({ parser, sticky }, i) => {
    // `from` plays the global scan's lastIndex: a match hides the candidates inside it.
    let from = 0;
    for (const at of offsets[i] as number[]) {
      if (at < from) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      if (m[0].length === 0) {
        from = at + 1;
        continue;
      }
      from = at + m[0].length;
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

/** Atoms → time expressions: overlaps, merges, open ranges, look-ahead. */
export function findExpressions(text: string): TimeExpr[] {
  let list = dropOverlaps(findAtoms(text));
  list = mergeWeekdayDate(list, text);
  list = mergeWeekdayOfWeek(list, text);
  list = mergeYearShift(list, text);
  list = mergeCountSlices(list, text);
  list = mergeParts(list, text);
  list = mergeRanges(list, text);
  list = mergeOpeners(list, text);
  list = dropHelpers(list);
  list = dropRecurring(list, text);
  list = markAhead(list, text);
  return list;
}
