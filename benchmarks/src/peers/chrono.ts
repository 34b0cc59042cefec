/** chrono-node: date expressions with their resolved start and end (daterange). */
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import { isoDay, refDateOf } from './spans.js';
import { predicted } from './types.js';
import type { Peer, PredictedMention } from './types.js';

/** The calendar period a parsed component stands for, by the finest unit chrono is certain of. */
function period(c: ParsedComponents): { first: string; last: string; granularity: 'day' | 'month' | 'year' } {
  const y = c.get('year') ?? 1970;
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  if (c.isCertain('day') || (c.isCertain('weekday') && !c.isCertain('month'))) {
    const day = isoDay(new Date(y, m - 1, d, 12));
    return { first: day, last: day, granularity: 'day' };
  }
  if (c.isCertain('month')) return { first: isoDay(new Date(y, m - 1, 1, 12)), last: isoDay(new Date(y, m, 0, 12)), granularity: 'month' };
  return { first: `${y}-01-01`, last: `${y}-12-31`, granularity: 'year' };
}

export const chronoPeer: Peer = {
  name: 'chrono',
  types: ['daterange'],
  extract(text, refDate): PredictedMention[] {
    const ref = refDateOf(refDate);
    return chrono.parse(text, ref).map((r) => {
      const from = period(r.start);
      const to = r.end ? period(r.end) : from;
      return predicted(text, 'daterange', r.index, r.index + r.text.length, {
        startDate: from.first,
        endDate: to.last,
        granularity: r.end ? 'day' : from.granularity,
        relative: !r.start.isCertain('year'),
        anchor: refDate,
      });
    });
  },
};
