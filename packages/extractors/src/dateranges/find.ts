/**
 * Finder: runs every parser over the text and refines the atoms into time expressions.
 * Patterns are global regexes scanned with `lastIndex`; the text is never re-sliced per match.
 */
import type { TimeExpr } from './expr.js';
import { PARSERS } from './parsers.js';
import type { Parser } from './parsers.js';
import { dropHelpers, dropOverlaps, dropRecurring, markAhead, mergeCountSlices, mergeOpeners, mergeParts, mergeRanges, mergeWeekdayDate, mergeYearShift } from './refiners.js';

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
      if (found) atoms.push(found);
    }
  }
  return atoms;
}

/** Atoms → time expressions: overlaps, merges, open ranges, look-ahead. */
export function findExpressions(text: string): TimeExpr[] {
  let list = dropOverlaps(findAtoms(text));
  list = mergeWeekdayDate(list, text);
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
