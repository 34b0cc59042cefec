/**
 * Parsers of years and the periods named by them: years, year ranges, decades and centuries,
 * quarters and halves, fiscal years, seasons.
 */
import { expr, calendar } from '../expr.js';
import { charBefore, wordAfter, wordBefore, wordBeforeStart } from '../context.js';
import { COMMA, DASH, HYPHEN, ORDINAL_WORD, OSP, SEASON, SP, YEAR4, norm, re } from '../patterns.js';
import { MONTHS, SEASONS, SHIFT_WORDS } from '../tables.js';
import { NOT_YEAR_BEFORE, NOT_YEAR_AFTER, PLURAL_WORD, UPPER_CODE, NOT_A_CODE, DIGIT, QUARTER_LETTER, OF_THE_YEAR, STARTS_WITH_THE, HAS_HYPHEN, QUARTER_NOUNS, SEASON_NOUNS, COPYRIGHT_BEFORE, dayOf, TIME_CUES, glued } from './shared.js';
import type { Parser } from './shared.js';

/** A year — "2023", "in 1953", "their 2020 session". */
export const year: Parser = {
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
    if (NOT_BEFORE_YEAR.has(prev) && !(prev === 'least' && AT_LEAST_AFTER_OPENER.test(text.slice(Math.max(0, start - 20), start))) && !(prev === 'than' && LATER_THAN.test(text.slice(Math.max(0, start - 16), start)))) return null;
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
/** "no later than 2025", "earlier than 2010": a comparison of times, so the number is a year. */
export const LATER_THAN = /\b(?:later|earlier)[^\S\n]+than[^\S\n]*$/i;
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
export const yearRange: Parser = {
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

/** Decades and centuries — "the 1990s", "the '90s", "the early 2020s", "the 1300s", "the 20th century". */
export const decade: Parser = {
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
export const quarter: Parser = {
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
      // "a touchdown in the third quarter", "the second half of the game": periods of play, not of the calendar.
      if (!m[10] && !m[11] && !OF_THE_YEAR.test(m[0]) && sportsAround(text, m.index, m.index + m[0].length)) return null;
    }
    const first = span === 2 ? (n - 1) * 2 + 1 : n;
    return expr(m.index, m.index + m[0].length, { kind: 'quarter', quarter: first, span, year: y, yearShift }, this.name);
  },
};

/** Words of a game's report: a year-less quarter or half near one is a period of play. */
// Only words that business news does not use ("points", "team", "season", "goals" it does).
export const SPORTS_WORDS = re(`\\b(?:scor(?:ed|es|ing)|touchdowns?|field${SP}goals?|rebounds|assists|yards|innings?|quarterback|overtime|halftime|buzzer|free${SP}throws?|three-pointers?|interceptions?|fumbles?|(?:led|trailed|lead)${SP}\\d+-\\d+|\\d+-\\d+${SP}(?:lead|win|victory|loss|run)|coach)\\b`);

/** True when the line around [start, end) (120 characters each side) reads like a game report. */
function sportsAround(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 120 && text.charCodeAt(from - 1) !== 0x0a) from--;
  let to = end;
  while (to < text.length && to - end < 120 && text.charCodeAt(to) !== 0x0a) to++;
  SPORTS_WORDS.lastIndex = 0;
  return SPORTS_WORDS.test(text.slice(from, to));
}

/** A fiscal year stated by number — "fiscal 2019", "FY2019", "fiscal year 2019". Treated as the calendar year. */
export const fiscal: Parser = {
  name: 'fiscal',
  pattern: re(`\\b(?:fiscal(?:${SP}year)?${OSP}|FY${OSP})['’]?(${YEAR4}|\\d{2}(?!\\d))`),
  extract(m) {
    const tail = m[1] as string;
    const y = tail.length === 2 ? 2000 + Number(tail) : Number(tail);
    return expr(m.index, m.index + m[0].length, calendar({ year: y }), this.name);
  },
};

/** Seasons — "last spring", "summer 2019", "the spring of 2019", "in the fall". */
export const season: Parser = {
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
