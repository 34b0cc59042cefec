/**
 * Parsers: each is one linear pattern plus an `extract` that turns a match into a parsed
 * expression (what the text states) or rejects it. They propose atoms; the refiners merge
 * atoms into ranges and periods and drop false positives.
 */
import { expr, calendar } from './expr.js';
import type { TimeExpr } from './expr.js';
import { charAfter, charBefore, isCapitalised, wordAfter, wordBefore, wordBeforeStart } from './context.js';
import { COMMA, COUNT, DASH, DAY_NUM, HYPHEN, HOLIDAY, MONTH, ORDINAL_WORD, OSP, SEASON, SP, UNIT, WEEKDAY, WEEKDAY_FULL, YEAR4, YEAR4_GLUED, norm, re } from './patterns.js';
import { AMBIGUOUS_MONTHS, DAY_WORDS, HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, SHIFT_WORDS, UNITS, WEEKDAYS } from './tables.js';
import type { Unit } from './tables.js';

/** Small look-around patterns of this module (listed for the ReDoS check). */
const LEADING_DIGITS = /^\d+/;
const ALL_DIGITS = /^\d+$/;
const VAGUE_COUNT = /few|several/i;
const GLUE_BEFORE = /[\w$€£¥@#/]/;
const WORD_CHAR = /\w/;
const NUMBER_AFTER = /^[.,]?\d/;
const NUMERIC_BEFORE = /[$€£¥\d.]/;
const CURRENCY_BEFORE = /[$€£¥][^\S\n]?$/;
const STARTS_WITH_DIGIT = /^\d/;
const OF_WORD = /\bof\b/i;
const JUNE_JULY = /^(?:june|july)$/i;
const NOT_YEAR_BEFORE = /[$€£¥#.,:/\d-]/;
const NOT_YEAR_AFTER = /^(?:[.,:]\d|%|-\d|\/\d|[\w])/;
const PLURAL_WORD = /^[a-z]{3,}s$/;
const UPPER_CODE = /^[A-Z]{1,5}$/;
const NOT_A_CODE = /^(?:FY|AD|BC|CE|BCE|IN|OF|BY|SINCE|UNTIL|THE|FROM|TO|AND)$/;
const DIGIT = /\d/;
const QUARTER_LETTER = /[QH]/;
const OF_THE_YEAR = /of the year/i;
const STARTS_WITH_THE = /^the/i;
const HAS_HYPHEN = /-/;
const QUARTER_NOUNS = /^(?:of|results|earnings|profit|profits|revenue|sales|growth|gdp)$/;
const SEASON_NOUNS = /^(?:camp|school|session|term|olympics|games|collection|break|holidays?|months|season|seasons|weather|storms?|wheat|crops?|sales)$/;
const TODAY = /^today$/i;
const USA = /usa$/i;
const DAY_WORD = /^day$/i;
const NEXT_FOLLOWING_PREVIOUS = /^(?:next|following|previous)$/i;
const PAST_LAST_PREVIOUS = /^(?:past|last|previous)$/;
const CLAUSE_EDGE_AFTER = /^(?:[,.;:!?)”"’]|\s*$|\s+(?:this|in|on|at)\b)/;
const LOWER_WORD_AFTER = /^\s[a-z]/;
const DEGREE_AFTER = /^\s(?:from|as|away|ahead|behind|beyond|too|more|less|been|has|have|from)/;
const FORWARD_WORD = /^(?:next|coming|following)$/i;
const FIRST_FINAL = /^(?:first|final)$/i;
const LAST_WORD = /^last$/i;
const FIRST_WORD = /^first$/i;
const COMING_NEXT = /^(?:coming|next)$/i;
const WEEKEND_LEADS = /^(?:over|during|at|on|throughout)$/;
const WEEK_WORD = /^week$/i;
const NEXT_FOLLOWING = /^(?:next|following)$/i;
const COPYRIGHT_BEFORE = /©[^\S\n]?$/;

/** Every helper pattern of the parsers. */
export const PARSER_HELPER_PATTERNS: readonly RegExp[] = [LEADING_DIGITS, ALL_DIGITS, VAGUE_COUNT, GLUE_BEFORE, WORD_CHAR, NUMBER_AFTER, NUMERIC_BEFORE, CURRENCY_BEFORE, STARTS_WITH_DIGIT, OF_WORD, JUNE_JULY, NOT_YEAR_BEFORE, NOT_YEAR_AFTER, PLURAL_WORD, UPPER_CODE, NOT_A_CODE, DIGIT, QUARTER_LETTER, OF_THE_YEAR, STARTS_WITH_THE, HAS_HYPHEN, QUARTER_NOUNS, SEASON_NOUNS, TODAY, USA, DAY_WORD, NEXT_FOLLOWING_PREVIOUS, PAST_LAST_PREVIOUS, CLAUSE_EDGE_AFTER, LOWER_WORD_AFTER, DEGREE_AFTER, FORWARD_WORD, FIRST_FINAL, LAST_WORD, FIRST_WORD, COMING_NEXT, WEEKEND_LEADS, WEEK_WORD, NEXT_FOLLOWING, COPYRIGHT_BEFORE];

export interface Parser {
  readonly name: string;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, text: string): TimeExpr | null;
}

const monthOf = (word: string | undefined): number | null => (word === undefined ? null : (MONTHS[norm(word)] ?? null));
const weekdayOf = (word: string | undefined): number | null => (word === undefined ? null : (WEEKDAYS[norm(word)] ?? null));
const unitOf = (word: string): Unit => UNITS[norm(word)] ?? 'day';
const dayOf = (word: string | undefined): number | null => {
  if (word === undefined) return null;
  const digits = LEADING_DIGITS.exec(word);
  return digits ? Number(digits[0]) : (ORDINAL_WORDS[norm(word)] ?? null);
};
const countOf = (word: string): number | null => {
  const w = norm(word).replace(/ of$/, '');
  if (ALL_DIGITS.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
};
/** "a few", "several": a count with no definite value. */
const isVague = (word: string): boolean => VAGUE_COUNT.test(word);

/** Words before a bare month or season that make it a time expression ("in May", "since March"). */
const TIME_CUES = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'of', 'during', 'early', 'mid', 'late', 'last', 'next', 'this',
  'before', 'after', 'between', 'and', 'throughout', 'or', 'on', 'end', 'beginning', 'start', 'middle', 'past', 'coming',
]);

/** A month name that is also a word (May, March) counts only when written as a name. */
function plausibleMonth(text: string, start: number, word: string): boolean {
  if (!AMBIGUOUS_MONTHS.has(norm(word))) return true;
  return isCapitalised(text, start);
}

const glued = (text: string, start: number, end: number): boolean => GLUE_BEFORE.test(charBefore(text, start)) || WORD_CHAR.test(charAfter(text, end));

/** 2023-05-31, 2023/05/31: ISO order. */
const isoDate: Parser = {
  name: 'iso-date',
  pattern: re(`\\b(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})\\b`),
  extract(m, text) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || glued(text, m.index, m.index + m[0].length)) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year, month, day }), this.name);
  },
};

/** 5/31/2023 (US order) or 31/5/2023 when the first number cannot be a month. */
const slashDate: Parser = {
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
const monthDay: Parser = {
  name: 'month-day',
  pattern: re(`\\b(?:(${WEEKDAY})${COMMA})?(${MONTH})${OSP}(?:the${SP})?(${DAY_NUM})(?:${COMMA}(?:of${SP})?(${YEAR4_GLUED}))?`),
  extract(m, text) {
    const monthAt = m.index + m[0].indexOf(m[2] as string, m[1] ? m[1].length : 0);
    if (!plausibleMonth(text, monthAt, m[2] as string) && !m[4]) return null;
    if (NUMBER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && !m[4]) return null; // "May 2.5"
    const day = dayOf(m[3]);
    if (day === null || day > 31) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year: m[4] ? Number(m[4]) : null, month: monthOf(m[2]), day, weekday: weekdayOf(m[1]) }), this.name);
  },
};

/** Day Month [year] — "26 May 2023", "the 4th of July", "second of Aug". */
const dayMonth: Parser = {
  name: 'day-month',
  // A weekday before it ("Friday, 26 May") is merged by the refiners.
  pattern: re(`\\b()(?:the${SP})?(${DAY_NUM}|${ORDINAL_WORD})${SP}(?:of${SP})?(${MONTH})(?:${COMMA}(?:of${SP})?(${YEAR4}))?`),
  extract(m, text) {
    const word = m[2] as string;
    if (NUMERIC_BEFORE.test(charBefore(text, m.index)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) return null; // "$12 December"
    const ordinalWord = !STARTS_WITH_DIGIT.test(word);
    if (ordinalWord && !OF_WORD.test(m[0])) return null;
    const monthAt = m.index + m[0].lastIndexOf(m[3] as string, m[4] ? m[0].length - (m[4] as string).length : m[0].length);
    if (!plausibleMonth(text, monthAt, m[3] as string)) return null;
    const day = dayOf(word);
    if (day === null || day < 1 || day > 31) return null;
    return expr(m.index, m.index + m[0].length, calendar({ year: m[4] ? Number(m[4]) : null, month: monthOf(m[3]), day }), this.name);
  },
};

/** Month year — "May 2023", "May of 2023", "Dec-2018", "September, 2017". */
const monthYear: Parser = {
  name: 'month-year',
  pattern: re(`\\b(${MONTH})${OSP}(?:of${SP}|,${OSP}|-${OSP})?(${YEAR4})`),
  extract(m) {
    return expr(m.index, m.index + m[0].length, calendar({ year: Number(m[2]), month: monthOf(m[1]) }), this.name);
  },
};

export const FULL_MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A month alone — "in April", "since March", "last June". Needs a time word before it. */
const bareMonth: Parser = {
  name: 'month',
  pattern: re(`\\b(?:(this${SP}past|this${SP}coming|this|last|next|past|coming)${SP})?(${MONTH})(?![\\w'’-])`),
  extract(m, text) {
    const word = m[2] as string;
    const monthAt = m.index + (m[0].length - word.length);
    if (!isCapitalised(text, monthAt)) return null;
    if (word.endsWith('.') === false && norm(word).length <= 4 && MONTHS[norm(word)] !== 5 && !JUNE_JULY.test(word)) return null; // "Jan" alone
    const shiftWord = m[1];
    if (!shiftWord && !TIME_CUES.has(wordBefore(text, m.index))) return null;
    const shift = shiftWord ? (SHIFT_WORDS[norm(shiftWord).split(' ').pop() as string] ?? null) : null;
    let end = m.index + m[0].length;
    if (word.endsWith('.') && FULL_MONTH_NAMES.has(norm(word))) end--; // a full stop, not an abbreviation's dot
    return expr(m.index, end, calendar({ month: monthOf(word), shift: shift === 0 ? 0 : shift }), this.name);
  },
};

const WEEKDAY_CUES = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'to', 'through', 'before', 'after', 'and']);

/** Words that make a weekday the name of a day of the year ("Black Friday", "Super Tuesday"). */
const NAMED_DAYS = new Set(['black', 'cyber', 'good', 'super', 'ash', 'easter', 'palm', 'holy', 'maundy', 'giving', 'bloody', 'manic', 'fat', 'shrove']);

/** A weekday — "Tuesday", "next Tuesday", "Monday evening", "Friday's". */
const weekdayParser: Parser = {
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

/** A year — "2023", "in 1953", "their 2020 session". */
const year: Parser = {
  name: 'year',
  pattern: re(`\\b(${YEAR4})\\b`),
  extract(m, text) {
    const value = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const before = charBefore(text, start);
    const after = text.slice(end, end + 2);
    if ((NOT_YEAR_BEFORE.test(before) && !(before === '-' && wordBefore(text, start) === 'mid')) || NOT_YEAR_AFTER.test(after)) return null;
    const next = wordAfter(text, end).toLowerCase();
    if (NOT_AFTER_YEAR.has(next)) return null;
    const prev = wordBefore(text, start);
    if (PLURAL_WORD.test(next) && !YEAR_PLURALS.has(next) && !TIME_CUES.has(prev)) return null; // "2000 accounts"
    if (isCodeBefore(text, start) && !TIME_CUES.has(prev)) return null; // "RTX 2060", "A 1900"
    if (COPYRIGHT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return null; // "© 2019"
    if (NOT_BEFORE_YEAR.has(prev) && !(prev === 'least' && AT_LEAST_AFTER_OPENER.test(text.slice(Math.max(0, start - 20), start)))) return null;
    ADDRESS.lastIndex = end;
    if (ADDRESS.test(text)) return null; // a house number: "1119 Eighth St." 
    // Far from today's news, a number needs a word that makes it a year ("in 1066", "by 2050"; not "a score of 2072").
    if ((value < 1800 || value > 2040) && !YEAR_CUES.has(prev)) return null;
    if (value < 1800 && !EARLY_YEAR_CUES.has(prev)) return null; // "from 1061 to 1128" are scores
    return expr(start, end, calendar({ year: value }), this.name);
  },
};

/** A house number: capitalised words and a street type after the number. */
export const ADDRESS = /[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){1,3}(?:St|Street|Drive|Dr|Road|Rd|Avenue|Ave|Lane|Ln|Blvd|Boulevard|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail)\b/y;
/** "until at least 2021": "least" before a year is fine after an opener. */
export const AT_LEAST_AFTER_OPENER = /\b(?:until|till|by|since)[^\S\n]+at[^\S\n]+least[^\S\n]*$/i;

/** An upper-case code right before the number (a model or product name), other than a month. */
function isCodeBefore(text: string, start: number): boolean {
  const at = wordBeforeStart(text, start);
  const word = text.slice(at, start).trim();
  return UPPER_CODE.test(word) && MONTHS[word.toLowerCase()] === undefined && !NOT_A_CODE.test(word);
}

/** Words before a number that make it a year even far from today. */
const YEAR_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'before', 'after', 'circa', 'year', 'from', 'to', 'through', 'between', 'and', 'during']);

const EARLY_YEAR_CUES = new Set(['in', 'since', 'until', 'circa', 'year', 'during']);

/** Words after a number that show it is not a year. */
const NOT_AFTER_YEAR = new Set(['percent', 'per', 'people', 'persons', 'times', 'gmt', 'utc', 'hours', 'hrs', 'am', 'pm', 'est', 'et', 'pt', 'bst', 'cet', 'hkt', 'km', 'kg', 'mw', 'gw', 'mph', 'feet', 'ft', 'meters', 'metres', 'miles', 'yuan', 'dollars', 'euros', 'pounds', 'tons', 'tonnes', 'units', 'yen', 'won', 'rupees', 'million', 'billion', 'thousand', 'sq']);
/** Plural nouns that a year modifies ("2019 results"). */
const YEAR_PLURALS = new Set(['results', 'sales', 'elections', 'earnings', 'figures', 'levels', 'games', 'olympics', 'midterms', 'polls', 'talks', 'protests', 'riots', 'floods', 'accords', 'goals', 'targets', 'numbers', 'rates', 'forecasts', 'projections', 'estimates', 'standards', 'rules', 'guidelines', 'regulations', 'plans', 'contracts']);
/** Words before a number that show it is not a year. */
const NOT_BEFORE_YEAR = new Set(['about', 'around', 'nearly', 'almost', 'over', 'than', 'some', 'roughly', 'approximately', 'least', 'no', 'number', 'route', 'flight', 'model', 'page', 'room', 'suite', 'unit', 'version', 'rs', 'us', 'usd', 'rmb', 'hk', 'section', 'article', 'paragraph', 'chapter', 'boeing', 'airbus', 'apartment', 'box', 'st', 'street', 'avenue', 'ave', 'road', 'rd', 'highway', 'interstate', 'top', 'fortune', 'russell', 'ftse', 'nikkei', 'vision', 'agenda', 'plan', 'copyright']);

/** Two years — "2019–2021", "1957-58", "2019/20". */
const yearRange: Parser = {
  name: 'year-range',
  pattern: re(`\\b(${YEAR4})${OSP}(?:${DASH}|/)${OSP}(\\d{4}|\\d{2})(?![\\d%/-])`),
  extract(m, text) {
    const first = Number(m[1]);
    const tail = m[2] as string;
    const last = tail.length === 2 ? Math.floor(first / 100) * 100 + Number(tail) : Number(tail);
    if (last <= first || last - first > 200 || glued(text, m.index, m.index + m[0].length)) return null;
    if (tail.length === 2 && last - first > 30) return null;
    const e = expr(m.index, m.index + m[0].length, calendar({ year: first }), this.name);
    return { ...e, to: expr(m.index, m.index + m[0].length, calendar({ year: last }), this.name) };
  },
};

/** A day range inside one month — "March 10-22", "March 10 to 22", "10-22 March 2019". */
const dayRange: Parser = {
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

/** Decades and centuries — "the 1990s", "the '90s", "the early 2020s", "the 1300s", "the 20th century". */
const decade: Parser = {
  name: 'decade',
  pattern: re(`\\b(?:the${SP})?(?:(\\d{3}0)s|['’](\\d0)s|(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})${HYPHEN}century)(?![\\w'’])`),
  extract(m, text) {
    if (m[0].startsWith('the') === false && m[0].startsWith('The') === false && DIGIT.test(charBefore(text, m.index))) return null;
    if (m[1]) {
      const first = Number(m[1]);
      const length = first % 100 === 0 && first < 1900 ? 100 : 10;
      return expr(m.index, m.index + m[0].length, { kind: 'years', first, length }, this.name);
    }
    if (m[2]) {
      const short = Number(m[2]);
      return expr(m.index, m.index + m[0].length, { kind: 'years', first: (short >= 30 ? 1900 : 2000) + short, length: 10 }, this.name);
    }
    const n = dayOf(m[3]);
    if (n === null || n < 1 || n > 22) return null;
    // As TIMEX3 does ("20th century" = 19xx), a century is its hundreds: the 14th century = 1300–1399.
    return expr(m.index, m.index + m[0].length, { kind: 'years', first: (n - 1) * 100, length: 100 }, this.name);
  },
};

/** Quarters and halves — "Q3", "Q3 2024", "2017-q1", "the third quarter", "third-quarter", "the first half of 2019", "H2". */
const quarter: Parser = {
  name: 'quarter',
  pattern: re(`\\b(?:(${YEAR4})${HYPHEN}([QH])([1-4])|([QH])([1-4])(?:${OSP}(?:of${SP})?(?:['’]?(\\d{2})(?!\\d)|(${YEAR4})))?|(?:the${SP})?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)${HYPHEN}(quarter|half)(?:${SP}of${SP}(?:(${YEAR4})|(this|last|next)${SP}year|the${SP}year))?)(?![\\w-])`),
  extract(m, text) {
    const letter = (m[2] ?? m[4])?.toUpperCase();
    let n: number;
    let span: 1 | 2;
    let y: number | null = null;
    let yearShift: number | null = null;
    if (letter) {
      if (!QUARTER_LETTER.test(text[m.index + (m[1] ? m[0].indexOf(m[2] as string) : 0)] as string) && !m[1]) return null; // lower-case "q1" alone
      n = Number(m[3] ?? m[5]);
      span = letter === 'H' ? 2 : 1;
      if (span === 2 && n > 2) return null;
      y = m[1] ? Number(m[1]) : m[7] ? Number(m[7]) : m[6] ? 2000 + Number(m[6]) : null;
    } else {
      const word = norm(m[8] as string);
      span = norm(m[9] as string) === 'half' ? 2 : 1;
      // "the last quarter" alone is the previous quarter (unit-shift); "the last quarter of 2019" is Q4.
      if (word === 'last' && span === 1 && !m[10] && !m[11] && !OF_THE_YEAR.test(m[0])) return null;
      n = word === 'final' || word === 'last' || word === 'latter' ? (span === 2 ? 2 : 4) : (dayOf(word) ?? 0);
      if (n < 1 || n > (span === 2 ? 2 : 4)) return null;
      // "the second half" of a game or a match: only calendar halves when a year follows or no noun does.
      const next = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (!m[10] && !m[11] && !OF_THE_YEAR.test(m[0]) && next === 'of') return null;
      if (m[10]) y = Number(m[10]);
      if (m[11]) yearShift = SHIFT_WORDS[norm(m[11])] ?? 0;
      if (!m[10] && !m[11] && !OF_THE_YEAR.test(m[0]) && span === 1 && !STARTS_WITH_THE.test(m[0]) && !HAS_HYPHEN.test(m[0]) && next !== 'results' && next !== 'earnings') {
        // "first quarter" without "the": still a quarter when it modifies results; else require "the"
        if (!QUARTER_NOUNS.test(next)) return null;
      }
    }
    const first = span === 2 ? (n - 1) * 2 + 1 : n;
    return expr(m.index, m.index + m[0].length, { kind: 'quarter', quarter: first, span, year: y, yearShift }, this.name);
  },
};

/** A fiscal year stated by number — "fiscal 2019", "FY2019", "fiscal year 2019". Treated as the calendar year. */
const fiscal: Parser = {
  name: 'fiscal',
  pattern: re(`\\b(?:fiscal(?:${SP}year)?${OSP}|FY${OSP})['’]?(${YEAR4}|\\d{2}(?!\\d))`),
  extract(m) {
    const tail = m[1] as string;
    const y = tail.length === 2 ? 2000 + Number(tail) : Number(tail);
    return expr(m.index, m.index + m[0].length, calendar({ year: y }), this.name);
  },
};

/** Seasons — "last spring", "summer 2019", "the spring of 2019", "in the fall". */
const season: Parser = {
  name: 'season',
  pattern: re(`\\b(?:(this|last|next|past|coming)${SP}|(the)${SP})?(${SEASON})(?:${COMMA}(?:of${SP})?(${YEAR4}))?(?![\\w-])`),
  extract(m, text) {
    const word = norm(m[3] as string);
    const shift = m[1] ? (SHIFT_WORDS[norm(m[1])] ?? null) : null;
    const y = m[4] ? Number(m[4]) : null;
    const cueBefore = TIME_CUES.has(wordBefore(text, m.index));
    if (shift === null && y === null && !(m[2] && cueBefore) && !(word !== 'fall' && cueBefore)) return null;
    const next = wordAfter(text, m.index + m[0].length).toLowerCase();
    if (y === null && SEASON_NOUNS.test(next)) return null;
    return expr(m.index, m.index + m[0].length, { kind: 'season', month: SEASONS[word] ?? 3, year: y, shift }, this.name);
  },
};

const HOLIDAY_CUES = new Set(['on', 'at', 'before', 'after', 'by', 'until', 'till', 'since', 'over', 'for', 'during', 'this', 'last', 'next', 'of', 'from', 'to', 'and', 'until', 'around']);

/** Fixed-date holidays — "Christmas", "New Year's Day 2020". */
const holiday: Parser = {
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

/** Days named relative to the anchor — "today", "yesterday", "last night", "currently". */
const dayWord: Parser = {
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
const unitShift: Parser = {
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
const toDate: Parser = {
  name: 'to-date',
  pattern: re(`\\b(?:(earlier|so${SP}far|thus${SP}far|later)${SP}(?:in${SP})?(?:this|the)${SP}(week|month|quarter|year)|(year|month|week)${HYPHEN}to${HYPHEN}date)(?![\\w-])`),
  extract(m) {
    const unit = unitOf((m[2] ?? m[3]) as string);
    const side = m[1] && norm(m[1]) === 'later' ? 'after' : 'before';
    return expr(m.index, m.index + m[0].length, { kind: 'todate', unit, side }, this.name);
  },
};

/** Open stretches up to the anchor — "recently", "recent years", "so far", "as yet", "to date". */
const recent: Parser = {
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
const stretch: Parser = {
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

/** A point N units away — "a year ago", "nearly a year ago", "two months later" (from a date of the text). */
const offset: Parser = {
  name: 'offset',
  pattern: re(`\\b(?:(?:about|nearly|almost|roughly|around|some|just|only|more${SP}than|over|less${SP}than)${SP})?(${COUNT})${HYPHEN}(${UNIT})${SP}(ago|later|earlier)(?![\\w-])`),
  extract(m) {
    const count = countOf(m[1] as string);
    if (count === null || isVague(m[1] as string)) return null;
    const unit = unitOf(m[2] as string);
    const word = norm(m[3] as string);
    const from = word === 'ago' ? 'anchor' : 'text';
    const direction = word === 'later' ? 1 : -1;
    return expr(m.index, m.index + m[0].length, { kind: 'offset', unit, count, direction, from }, this.name);
  },
};

/** Vague stretches: "the coming weeks", "the past months" (counted ones are `stretch`). */
const vagueStretch: Parser = {
  name: 'vague-stretch',
  pattern: re(`\\bthe${SP}(coming|next|past|last)${SP}(days|weeks|months|years|decades)(?![\\w-])`),
  extract(m, text) {
    if (wordAfter(text, m.index + m[0].length).toLowerCase() === 'of') return null;
    const direction = COMING_NEXT.test(m[1] as string) ? 1 : -1;
    return expr(m.index, m.index + m[0].length, { kind: 'recent', unit: unitOf(m[2] as string), direction }, this.name);
  },
};

/** "over the weekend": the latest weekend that has begun by the anchor. */
const theWeekend: Parser = {
  name: 'the-weekend',
  pattern: re(`\\bthe${SP}weekend(?![\\w-])`),
  extract(m, text) {
    if (!WEEKEND_LEADS.test(wordBefore(text, m.index))) return null;
    return expr(m.index, m.index + m[0].length, { kind: 'unit', unit: 'weekend', shift: 0, latest: true }, this.name);
  },
};

/** "the year", "the month" after "of" (the anchor's): only as the object of a slice, see refiners. */
const theUnit: Parser = {
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
const nowWord: Parser = {
  name: 'now',
  pattern: re(`\\b(?:now|the${SP}present)(?![\\w-])`),
  extract(m) {
    return expr(m.index, m.index + m[0].length, { kind: 'unit', unit: 'day', shift: 0 }, this.name);
  },
};

/** Every parser, in order of preference for equal spans. */
export const PARSERS: readonly Parser[] = [
  isoDate, slashDate, dayRange, monthDay, dayMonth, monthYear, yearRange, quarter, fiscal, decade, season, holiday,
  toDate, stretch, vagueStretch, offset, unitShift, theWeekend, dayWord, recent, weekdayParser, bareMonth, year, theUnit, nowWord,
];

/** Every pattern the parsers run, for the ReDoS check. */
export const PARSER_PATTERNS: readonly RegExp[] = [...PARSERS.map((p) => p.pattern), ADDRESS, AT_LEAST_AFTER_OPENER, ...PARSER_HELPER_PATTERNS];
