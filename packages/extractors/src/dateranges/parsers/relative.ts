/**
 * Parsers of expressions relative to the anchor or to a date of the text: today, this year,
 * earlier this year, the past two years, a year ago, two months later, recently.
 */
import { expr } from '../expr.js';
import { wordAfter, wordBefore } from '../context.js';
import { COUNT, HYPHEN, SP, UNIT, norm, re } from '../patterns.js';
import { DAY_WORDS, SHIFT_WORDS } from '../tables.js';
import { TODAY, USA, DAY_WORD, NEXT_FOLLOWING_PREVIOUS, PAST_LAST_PREVIOUS, CLAUSE_EDGE_AFTER, LOWER_WORD_AFTER, DEGREE_AFTER, FORWARD_WORD, FIRST_FINAL, LAST_WORD, FIRST_WORD, COMING_NEXT, WEEKEND_LEADS, WEEK_WORD, NEXT_FOLLOWING, THE_WORD, PLURAL_UNIT, BEFORE_AFTER, LATER_WORDS, unitOf, countOf, isVague } from './shared.js';
import type { Parser } from './shared.js';

/** Days named relative to the anchor — "today", "yesterday", "last night", "currently". */
export const dayWord: Parser = {
  name: 'day-word',
  pattern: re(`\\b(?:the${SP}day${SP}(?:before${SP}yesterday|after${SP}tomorrow)|(?:yesterday|tomorrow)(?:${SP}(?:morning|afternoon|evening|night))?|this${SP}(?:morning|afternoon|evening)|last${SP}night|today|tonight|currently)(?![\\w-])`),
  extract(m, text) {
    if (TODAY.test(m[0]) && (USA.test(wordBefore(text, m.index)) || wordBefore(text, m.index) === 'the')) return null; // "USA Today", "the Today show"
    const key = norm(m[0]);
    const offset = DAY_WORDS[key] ?? DAY_WORDS[key.split(' ')[0] as string] ?? 0;
    return expr(m.index, m.index + m[0].length, { kind: 'unit', unit: 'day', shift: offset }, this.name);
  },
};

/** A calendar unit around the anchor — "this year", "last month", "next week", "the current quarter". */
export const unitShift: Parser = {
  name: 'unit-shift',
  pattern: re(`\\b(?:(the)${SP})?(this(?:${SP}(?:past|coming))?|last|next|past|previous|coming|current|following)${SP}(?:fiscal${SP})?(day|week|weekend|month|quarter|year|decade|century)(?![\\w-])`),
  extract(m, text) {
    const the = Boolean(m[1]);
    // A day only as "the next day", "the following day", "the previous day" (from a date of the text).
    if (DAY_WORD.test(m[3] as string) && !(the && NEXT_FOLLOWING_PREVIOUS.test(m[2] as string))) return null;
    const shiftWords = norm(m[2] as string).split(' ');
    const unit = unitOf(m[3] as string);
    const end = m.index + m[0].length;
    const main = shiftWords[shiftWords.length - 1] as string;
    const shift = SHIFT_WORDS[main] ?? 0;
    if (the && wordAfter(text, end).toLowerCase() === 'of') return null; // "the last weekend of the festival"
    if ((main === 'following' || main === 'previous') && the) {
      return expr(m.index, end, { kind: 'offset', unit, count: 1, direction: main === 'previous' ? -1 : 1, from: 'text' }, this.name);
    }
    if (the && unit === 'quarter') return expr(m.index, end, { kind: 'unit', unit, shift }, this.name); // "the last quarter": a calendar quarter
    if (the && PAST_LAST_PREVIOUS.test(main)) return expr(m.index, end, { kind: 'stretch', unit, count: 1, direction: -1 }, this.name);
    // "The next year, the Taliban released…" after "in August 2016": a year after the text's date.
    if (the && main === 'next' && !STRETCH_LEADS.has(wordBefore(text, m.index))) return expr(m.index, end, { kind: 'offset', unit, count: 1, direction: 1, from: 'text' }, this.name);
    if (the && (main === 'coming' || main === 'next')) return expr(m.index, end, { kind: 'stretch', unit, count: 1, direction: 1 }, this.name);
    if (main === 'past' && !the) {
      if (wordBefore(text, m.index) === 'the') return null;
      return expr(m.index, end, { kind: 'unit', unit, shift: -1 }, this.name);
    }
    return expr(m.index, end, { kind: 'unit', unit, shift }, this.name);
  },
};

/** Words before "the next year" that make it a stretch from the anchor ("over the next year"). */
const STRETCH_LEADS = new Set(['in', 'over', 'within', 'during', 'for', 'throughout', 'through', 'by', 'until', 'of']);

/** Part of the anchor's unit — "earlier this year", "so far this year", "year to date", "later this week". */
export const toDate: Parser = {
  name: 'to-date',
  pattern: re(`\\b(?:(earlier|so${SP}far|thus${SP}far|later)${SP}(?:in${SP})?(?:this|the)${SP}(week|month|quarter|year)|(year|month|week)${HYPHEN}to${HYPHEN}date)(?![\\w-])`),
  extract(m) {
    const unit = unitOf((m[2] ?? m[3]) as string);
    const side = m[1] && norm(m[1]) === 'later' ? 'after' : 'before';
    return expr(m.index, m.index + m[0].length, { kind: 'todate', unit, side }, this.name);
  },
};

/** Open stretches up to the anchor — "recently", "recent years", "so far", "as yet", "to date". */
export const recent: Parser = {
  name: 'recent',
  pattern: re(`\\b(?:recently|lately|as${SP}yet|so${SP}far|thus${SP}far|to${SP}date|recent${SP}(days|weeks|months|years|decades))(?![\\w-])`),
  extract(m, text) {
    const key = norm(m[0]);
    if (key === 'so far' || key === 'thus far' || key === 'to date') {
      // "so far" as a degree ("so far from"), "to date" as a verb phrase ("to date someone"): need a clause edge after.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!CLAUSE_EDGE_AFTER.test(after) && !LOWER_WORD_AFTER.test(after)) return null;
      if (DEGREE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
    }
    return expr(m.index, m.index + m[0].length, { kind: 'recent', unit: m[1] ? unitOf(m[1]) : null, direction: -1 }, this.name);
  },
};

/** N units back or forward from the anchor — "the past two years", "the next three months", "over the last 12 months". */
export const stretch: Parser = {
  name: 'stretch',
  pattern: re(`\\b(?:the${SP})?(past|last|next|previous|coming|following|first|final)${SP}(${COUNT})${SP}(${UNIT})(?![\\w-])`),
  extract(m, text) {
    const direction = FORWARD_WORD.test(m[1] as string) ? 1 : -1;
    const unit = unitOf(m[3] as string);
    const count = countOf(m[2] as string);
    if (count === null) return null;
    if (FIRST_FINAL.test(m[1] as string) || LAST_WORD.test(m[1] as string) && wordAfter(text, m.index + m[0].length).toLowerCase() === 'of') {
      // "the first eight months of 2024": a slice, merged by the refiners with what follows "of".
      if (wordAfter(text, m.index + m[0].length).toLowerCase() !== 'of') return null;
      return expr(m.index, m.index + m[0].length, { kind: 'stretch', unit, count, direction: FIRST_WORD.test(m[1] as string) ? 1 : -1 }, 'slice-count');
    }
    if (isVague(m[2] as string)) return expr(m.index, m.index + m[0].length, { kind: 'recent', unit, direction }, this.name);
    if (unit === 'decade') return expr(m.index, m.index + m[0].length, { kind: 'stretch', unit: 'year', count: count * 10, direction }, this.name);
    const fromText = direction > 0 && NEXT_FOLLOWING.test(m[1] as string);
    return expr(m.index, m.index + m[0].length, { kind: 'stretch', unit, count, direction, ...(fromText ? { fromText } : {}) }, this.name);
  },
};

/**
 * A point N units away — "a year ago", "two weeks from now", "two months later" (from a date of the
 * text), "the day before" at the end of a clause (not "the day before the vote": an event, not a date).
 */
export const offset: Parser = {
  name: 'offset',
  pattern: re(`\\b(?:(?:about|nearly|almost|roughly|around|some|just|only|more${SP}than|over|less${SP}than)${SP})?(${COUNT}|the)${HYPHEN}(${UNIT})${SP}(ago|later|earlier|before|after|from${SP}now|from${SP}today)(?![\\w-])`),
  extract(m, text) {
    const the = THE_WORD.test(m[1] as string);
    const end = m.index + m[0].length;
    if (the ? PLURAL_UNIT.test(m[2] as string) || !CLAUSE_EDGE_AFTER.test(text.slice(end, end + 6)) : BEFORE_AFTER.test(m[3] as string)) return null;
    if (the) return expr(m.index, end, { kind: 'offset', unit: unitOf(m[2] as string), count: 1, direction: LATER_WORDS.test(m[3] as string) ? 1 : -1, from: 'text' }, this.name);
    const count = countOf(m[1] as string);
    if (count === null || isVague(m[1] as string)) return null;
    const unit = unitOf(m[2] as string);
    const word = norm(m[3] as string);
    // "two weeks from now": forward from the anchor.
    const fromNow = word.startsWith('from');
    const from = word === 'ago' || fromNow ? 'anchor' : 'text';
    const direction = word === 'later' || fromNow ? 1 : -1;
    return expr(m.index, m.index + m[0].length, { kind: 'offset', unit, count, direction, from }, this.name);
  },
};

/** Vague stretches: "the coming weeks", "the past months" (counted ones are `stretch`). */
export const vagueStretch: Parser = {
  name: 'vague-stretch',
  pattern: re(`\\bthe${SP}(coming|next|past|last)${SP}(days|weeks|months|years|decades)(?![\\w-])`),
  extract(m, text) {
    if (wordAfter(text, m.index + m[0].length).toLowerCase() === 'of') return null;
    const direction = COMING_NEXT.test(m[1] as string) ? 1 : -1;
    return expr(m.index, m.index + m[0].length, { kind: 'recent', unit: unitOf(m[2] as string), direction }, this.name);
  },
};

/** "over the weekend": the latest weekend that has begun by the anchor. */
export const theWeekend: Parser = {
  name: 'the-weekend',
  pattern: re(`\\bthe${SP}weekend(?![\\w-])`),
  extract(m, text) {
    if (!WEEKEND_LEADS.test(wordBefore(text, m.index))) return null;
    return expr(m.index, m.index + m[0].length, { kind: 'unit', unit: 'weekend', shift: 0, latest: true }, this.name);
  },
};

/** "the year", "the month" after "of" (the anchor's): only as the object of a slice, see refiners. */
export const theUnit: Parser = {
  name: 'the-unit',
  pattern: re(`\\bthe${SP}(year|month|week|decade)(?![\\w-])`),
  extract(m, text) {
    const before = wordBefore(text, m.index);
    // "throughout the week" of a reported campaign: the anchor's week; kept on its own.
    if (WEEK_WORD.test(m[1] as string) && (before === 'throughout' || before === 'during')) {
      return expr(m.index, m.index + m[0].length, { kind: 'unit', unit: 'week', shift: 0 }, 'the-week');
    }
    if (before !== 'of') return null;
    return expr(m.index, m.index + m[0].length, { kind: 'unit', unit: unitOf(m[1] as string), shift: 0 }, this.name);
  },
};

/** "now" and "the present" only as the end of a range ("from 2019 to now"); dropped otherwise. */
export const nowWord: Parser = {
  name: 'now',
  pattern: re(`\\b(?:now|the${SP}present)(?![\\w-])`),
  extract(m) {
    return expr(m.index, m.index + m[0].length, { kind: 'unit', unit: 'day', shift: 0 }, this.name);
  },
};
