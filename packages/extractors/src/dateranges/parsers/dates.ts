/**
 * Parsers of calendar dates: ISO and slash dates, month-day and day-month forms, month-year,
 * months and weekdays on their own, day ranges inside a month, fixed holidays.
 */
import { expr, calendar } from '../expr.js';
import { charAfter, charBefore, isCapitalised, wordAfter, wordBefore, wordBeforeStart } from '../context.js';
import { COMMA, DASH, DAY_NUM, HOLIDAY, MONTH, ORDINAL_WORD, OSP, SP, WEEKDAY, WEEKDAY_FULL, YEAR4, YEAR4_GLUED, norm, re } from '../patterns.js';
import { AMBIGUOUS_MONTHS, HOLIDAYS, MONTHS, SHIFT_WORDS } from '../tables.js';
import { CLAUSE_EDGE_AFTER, GLUE_BEFORE_DATE, SLASH_RANGE_AFTER, LOWER_START, LOWER_WORD_AFTER_MONTH, NUMBER_AFTER, NUMERIC_BEFORE, CURRENCY_BEFORE, STARTS_WITH_DIGIT, OF_WORD, JUNE_JULY, monthOf, weekdayOf, dayOf, TIME_CUES, plausibleMonth, glued, FULL_MONTH_NAMES } from './shared.js';
import type { Parser } from './shared.js';

/** 2023-05-31, 2023/05/31, 2019-Aug-01: ISO order (the month may be spelled). */
export const isoDate: Parser = {
  name: 'iso-date',
  pattern: re(`\\b(\\d{4})([-/.])(\\d{1,2}|${MONTH})\\2(\\d{1,2})\\b`),
  extract(m, text) {
    const year = Number(m[1]);
    const month = STARTS_WITH_DIGIT.test(m[3] as string) ? Number(m[3]) : (monthOf(m[3]) ?? 0);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || glued(text, m.index, m.index + m[0].length)) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year, month, day }), this.name);
  },
};

const DAY_OF_MONTH_CUES = new Set(['on', 'by', 'until', 'till', 'since', 'before', 'after', 'from', 'for']);

/** A day of the month alone — "on the 4th", "by the 21st." — not "on the 4th floor" or "the 4th of its kind". */
export const dayOfMonth: Parser = {
  name: 'day-of-month',
  pattern: re(`\\bthe${SP}(\\d{1,2})(?:st|nd|rd|th)(?![\\w-])`),
  extract(m, text) {
    const day = Number(m[1]);
    const end = m.index + m[0].length;
    if (day < 1 || day > 31 || !DAY_OF_MONTH_CUES.has(wordBefore(text, m.index))) return null;
    if (!CLAUSE_EDGE_AFTER.test(text.slice(end, end + 6)) || wordAfter(text, end).toLowerCase() === 'of') return null;
    return expr(m.index, end, calendar({ day }), this.name);
  },
};

/** Words before a year-less "5/12" that make it a date rather than a fraction or a score. */
const SLASH_DAY_SHIFTS = new Set(['this', 'next', 'last']);
const SLASH_DAY_CUES = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'through', 'before', 'after', 'effective', 'starting']);

/** A year-less US month/day — "on 5/12", "this 5/12", "2/29-3/1/2019"; never a bare fraction. */
export const slashMonthDay: Parser = {
  name: 'slash-month-day',
  // Starts with a digit (fast to scan for); a shift word before it ("this 5/12") is looked up after.
  pattern: re(`\\b(\\d{1,2})/(\\d{1,2})(?![\\d/%]|[.,]\\d)`),
  extract(m, text) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || GLUE_BEFORE_DATE.test(charBefore(text, m.index))) return null;
    const end = m.index + m[0].length;
    const before = wordBefore(text, m.index);
    const shift = SLASH_DAY_SHIFTS.has(before) ? (SHIFT_WORDS[before] ?? null) : null;
    // A range to a full date ("2/29-3/1/2019") also makes it a date.
    if (shift === null && !SLASH_DAY_CUES.has(before) && !SLASH_RANGE_AFTER.test(text.slice(end, end + 14))) return null;
    return expr(shift === null ? m.index : wordBeforeStart(text, m.index), end, calendar({ month, day, shift }), this.name);
  },
};

/** 5/31/2023 (US order) or 31/5/2023 when the first number cannot be a month. */
export const slashDate: Parser = {
  name: 'slash-date',
  pattern: re(`\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b`),
  extract(m, text) {
    let month = Number(m[1]);
    let day = Number(m[2]);
    if (month > 12) [month, day] = [day, month];
    if (month < 1 || month > 12 || day < 1 || day > 31 || glued(text, m.index, m.index + m[0].length)) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year: Number(m[3]), month, day }), this.name);
  },
};

/** [Weekday,] Month day[, year] — "Friday, May 26", "Nov. 18", "August 27th", "Dec. 31, 1994". */
export const monthDay: Parser = {
  name: 'month-day',
  // "Sep-23-2020": hyphens only with a year ("Mar-20" alone is a code).
  pattern: re(`\\b(?:(${WEEKDAY})${COMMA})?(${MONTH})(?:${OSP}(?:the${SP})?|(-))(${DAY_NUM})(?:${COMMA}(?:of${SP})?(${YEAR4_GLUED})|-(${YEAR4}))?`),
  extract(m, text) {
    const weekdayWord = m[1];
    const monthWord = m[2] as string;
    const yearWord = m[5] ?? m[6];
    if (m[3] && !m[6]) return null;
    const monthAt = m.index + m[0].indexOf(monthWord, weekdayWord ? weekdayWord.length : 0);
    if (!plausibleMonth(text, monthAt, monthWord) && !yearWord) return null;
    if (NUMBER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && !yearWord) return null; // "May 2.5"
    const day = dayOf(m[4]);
    if (day === null || day > 31) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year: yearWord ? Number(yearWord) : null, month: monthOf(monthWord), day, weekday: weekdayOf(weekdayWord) }), this.name);
  },
};

/** Day Month [year] — "26 May 2023", "the 4th of July", "second of Aug", "04-Mar-2017". */
export const dayMonth: Parser = {
  name: 'day-month',
  // A weekday before it ("Friday, 26 May") is merged by the refiners; hyphens only with a year.
  pattern: re(`\\b(?:the${SP})?(${DAY_NUM}|${ORDINAL_WORD})(?:${SP}(?:of${SP})?|(-))(${MONTH})(?:${COMMA}(?:of${SP})?(${YEAR4})|-(${YEAR4}))?`),
  extract(m, text) {
    const word = m[1] as string;
    const monthWord = m[3] as string;
    const yearWord = m[4] ?? m[5];
    if (m[2] && !m[5]) return null;
    if (NUMERIC_BEFORE.test(charBefore(text, m.index)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) return null; // "$12 December"
    const ordinalWord = !STARTS_WITH_DIGIT.test(word);
    if (ordinalWord && !OF_WORD.test(m[0])) return null;
    const monthAt = m.index + m[0].lastIndexOf(monthWord, yearWord ? m[0].length - yearWord.length : m[0].length);
    if (!plausibleMonth(text, monthAt, monthWord)) return null;
    const day = dayOf(word);
    if (day === null || day < 1 || day > 31) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year: yearWord ? Number(yearWord) : null, month: monthOf(monthWord), day }), this.name);
  },
};

/** Month year — "May 2023", "May of 2023", "Dec-2018", "September, 2017". */
export const monthYear: Parser = {
  name: 'month-year',
  pattern: re(`\\b(${MONTH})${OSP}(?:of${SP}|,${OSP}|-${OSP})?(${YEAR4})`),
  extract(m) {
    return expr(m.index, m.index + m[0].length, calendar({ year: Number(m[2]), month: monthOf(m[1]) }), this.name);
  },
};


/** A month alone — "in April", "since March", "last June". Needs a time word before it. */
export const bareMonth: Parser = {
  name: 'month',
  // "October’s conference": a possessive month (the "’s" stays out of the span).
  pattern: re(`\\b(?:(this${SP}past|this${SP}coming|this|last|next|past|coming)${SP})?(${MONTH})(?![\\w-])(?!['’](?!s\\b))`),
  extract(m, text) {
    const word = m[2] as string;
    const monthAt = m.index + (m[0].length - word.length);
    if (!isCapitalised(text, monthAt)) return null;
    if (word.endsWith('.') === false && norm(word).length <= 4 && MONTHS[norm(word)] !== 5 && !JUNE_JULY.test(word)) return null; // "Jan" alone
    const shiftWord = m[1];
    if (!shiftWord && !TIME_CUES.has(wordBefore(text, m.index)) && !monthModifier(text, m.index, m.index + m[0].length, word)) return null;
    const shift = shiftWord ? (SHIFT_WORDS[norm(shiftWord).split(' ').pop() as string] ?? null) : null;
    let end = m.index + m[0].length;
    if (word.endsWith('.') && FULL_MONTH_NAMES.has(norm(word))) end--; // a full stop, not an abbreviation's dot
    return expr(m.index, end, calendar({ month: monthOf(word), shift: shift === 0 ? 0 : shift }), this.name);
  },
};

/** Words before a month used as a modifier: "a September hearing", "its June meeting". */
const GIVEN_NAME_MONTHS = new Set(['april', 'june', 'august']);
const MONTH_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'whose', 'when']);

/**
 * A full, unambiguous month name (not May or March) as a modifier or possessive: "a key
 * September conversation", "the August heat", "October’s conference", "When February comes".
 * Not before a capitalised word ("the June Carter song"): that is part of a name.
 */
function monthModifier(text: string, start: number, end: number, word: string): boolean {
  const key = norm(word);
  if (!FULL_MONTH_NAMES.has(key) || AMBIGUOUS_MONTHS.has(key)) return false;
  const next = text.charCodeAt(end);
  if (next === 0x27 || next === 0x2019) return !GIVEN_NAME_MONTHS.has(key); // "June’s husband" is a person
  const before = wordBefore(text, start);
  if (!MONTH_DETERMINERS.has(before) && !(before.length > 2 && LOWER_START.test(before) && MONTH_DETERMINERS.has(wordBefore(text, wordBeforeStart(text, start))))) return false;
  return before === 'when' || LOWER_WORD_AFTER_MONTH.test(text.slice(end, end + 2));
}

const WEEKDAY_CUES = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'to', 'through', 'before', 'after', 'and']);

/** Words that make a weekday the name of a day of the year ("Black Friday", "Super Tuesday"). */
const NAMED_DAYS = new Set(['black', 'cyber', 'good', 'super', 'ash', 'easter', 'palm', 'holy', 'maundy', 'giving', 'bloody', 'manic', 'fat', 'shrove']);

/** A weekday — "Tuesday", "next Tuesday", "Monday evening", "Friday's". */
export const weekdayParser: Parser = {
  name: 'weekday',
  pattern: re(`\\b(?:(this|last|next|past|coming)${SP})?(${WEEKDAY_FULL})(?:${SP}(morning|afternoon|evening|night|overnight))?(?![\\w-])`),
  extract(m, text) {
    const word = m[2] as string;
    const at = m.index + m[0].indexOf(word);
    // Lower case ("next friday", "on tuesday") only after a shift or time word.
    if (!isCapitalised(text, at) && !m[1] && !WEEKDAY_CUES.has(wordBefore(text, m.index))) return null;
    const after = charAfter(text, at + word.length);
    if (after === 's' && !m[3]) return null; // "Mondays": a recurring day
    if (!m[1] && NAMED_DAYS.has(wordBefore(text, m.index))) return null; // "Black Friday", "Cyber Monday"
    // "the Sunday Times", "the Monday Night Football": a weekday inside a name.
    if (!m[1] && !m[3] && wordBefore(text, m.index) === 'the' && isCapitalised(text, m.index + m[0].length + 1) && charAfter(text, m.index + m[0].length) === ' ') return null;
    const shift = m[1] ? (SHIFT_WORDS[norm(m[1])] ?? null) : null;
    return expr(m.index, m.index + m[0].length, calendar({ weekday: weekdayOf(word), shift }), this.name);
  },
};

/** A day range inside one month — "March 10-22", "March 10 to 22", "10-22 March 2019". */
export const dayRange: Parser = {
  name: 'day-range',
  pattern: re(`\\b(?:(${MONTH})${OSP}(${DAY_NUM})${OSP}(?:${DASH}|to|through|until)${OSP}(${DAY_NUM})|(${DAY_NUM})${OSP}(?:${DASH}|to)${OSP}(${DAY_NUM})${SP}(${MONTH}))(?:${COMMA}(${YEAR4}))?(?![\\w:]|\\.\\d)`),
  extract(m, text) {
    const monthWord = (m[1] ?? m[6]) as string;
    const monthAt = m.index + m[0].indexOf(monthWord);
    if (!plausibleMonth(text, monthAt, monthWord)) return null;
    const from = dayOf(m[2] ?? m[4]);
    const to = dayOf(m[3] ?? m[5]);
    if (from === null || to === null || to <= from || to > 31) return null;
    const y = m[7] ? Number(m[7]) : null;
    const month = monthOf(monthWord);
    const e = expr(m.index, m.index + m[0].length, calendar({ year: y, month, day: from }), this.name);
    return { ...e, to: expr(m.index, m.index + m[0].length, calendar({ year: y, month, day: to }), this.name) };
  },
};

const HOLIDAY_CUES = new Set(['on', 'at', 'before', 'after', 'by', 'until', 'till', 'since', 'over', 'for', 'during', 'this', 'last', 'next', 'of', 'from', 'to', 'and', 'until', 'around']);

/** Fixed-date holidays — "Christmas", "New Year's Day 2020". */
export const holiday: Parser = {
  name: 'holiday',
  pattern: re(`\\b(${HOLIDAY})(?:${COMMA}(${YEAR4}))?(?![\\w'’])`),
  extract(m, text) {
    if (!isCapitalised(text, m.index)) return null;
    // "on Christmas", "Christmas Day 2019"; not "his Christmas cards".
    if (!m[2] && !HOLIDAY_CUES.has(wordBefore(text, m.index))) return null;
    const md = HOLIDAYS[norm(m[1] as string).replace(/\s+/g, ' ')];
    if (!md) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year: m[2] ? Number(m[2]) : null, month: md[0], day: md[1] }), this.name);
  },
};
