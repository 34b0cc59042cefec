/**
 * Lookups in lists of spans sorted by start (mentions come in text order): binary search, so
 * that assembling claims stays near-linear however many mentions a document has.
 */
import { firstFrom } from '../span.js';
import type { Range } from '../span.js';

export { firstFrom };

/** The spans lying inside `range`, in order. */
export function spansIn<T extends Range>(list: readonly T[], range: Range): T[] {
  const out: T[] = [];
  for (let i = firstFrom(list, range.start); i < list.length; i++) {
    const s = list[i] as T;
    if (s.start >= range.end) break;
    if (s.end <= range.end) out.push(s);
  }
  return out;
}

/** The span containing [start, end), when spans do not overlap each other. */
export function spanAround<T extends Range>(list: readonly T[], range: Range): T | undefined {
  const i = firstFrom(list, range.start + 1) - 1;
  const s = list[i];
  return s && s.start <= range.start && range.end <= s.end ? s : undefined;
}

/** The last span starting before `offset` that `accept` allows, looking back at most `reach` spans. */
export function lastBefore<T extends Range>(list: readonly T[], offset: number, accept: (s: T) => boolean, reach = 64): T | undefined {
  for (let i = firstFrom(list, offset) - 1, n = 0; i >= 0 && n < reach; i--, n++) {
    const s = list[i] as T;
    if (accept(s)) return s;
  }
  return undefined;
}

/** The first span starting at or after `offset` that `accept` allows, looking at most `reach` spans ahead. */
export function firstAfter<T extends Range>(list: readonly T[], offset: number, accept: (s: T) => boolean, reach = 64): T | undefined {
  for (let i = firstFrom(list, offset), n = 0; i < list.length && n < reach; i++, n++) {
    const s = list[i] as T;
    if (accept(s)) return s;
  }
  return undefined;
}
