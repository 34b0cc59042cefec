/**
 * Finder: runs every parser over the text and refines the atoms into time expressions.
 * Patterns are global regexes scanned with `lastIndex`; the text is never re-sliced per match.
 */
import type { TimeExpr } from './expr.js';
import { FULL_MONTH_NAMES, PARSERS } from './parsers/index.js';
import { wordBefore } from './context.js';
import type { Parser } from './parsers/index.js';
import { dropHelpers, dropOverlaps, dropRecurring, markAhead, mergeCountSlices, mergeOpeners, mergeParts, mergeRanges, mergeWeekdayDate, mergeWeekdayOfWeek, mergeYearShift } from './refiners.js';

export function findAtoms(text: string, parsers: readonly Parser[] = PARSERS): TimeExpr[] {
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
