/**
 * Word tables of English time expressions, as data. Keys are lower case; the parsers compile
 * their alternations from these tables (longest first) and look words up here after matching.
 */

/** Month names and their common news abbreviations → month number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month names that are also common English words: alone, they need a time cue before them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'jul', 'sept']);

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/** Meteorological seasons → first month; each lasts three months (winter runs into the next year). */
export const SEASONS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/** Cardinal number words used in counts of time units ("the past three years"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
  couple: 2, 'a couple of': 2, 'a few': 3, few: 3, several: 3,
};

/** Ordinal words → number ("the third quarter", "the 21st century", "second of August"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, thirtieth: 30, 'thirty-first': 31,
  last: -1, final: -1,
};

/** Calendar units as written (singular and plural) → unit. */
export const UNITS: Readonly<Record<string, Unit>> = {
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  weekend: 'weekend',
  month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Words that shift a calendar unit: "last year", "next week", "this month". */
export const SHIFT_WORDS: Readonly<Record<string, number>> = {
  this: 0, current: 0, present: 0,
  last: -1, previous: -1, past: -1,
  next: 1, coming: 1, following: 1, upcoming: 1,
};

/** Words for the part of a period ("early January", "the end of 2017", "mid-2019"). */
export const PART_WORDS: Readonly<Record<string, Part>> = {
  early: 'early', 'the beginning of': 'start', 'the start of': 'start', 'beginning of': 'start', 'start of': 'start',
  'the early part of': 'early', 'early in': 'early',
  mid: 'mid', 'the middle of': 'mid', 'middle of': 'mid', 'the middle part of': 'mid', 'mid-': 'mid',
  late: 'late', 'late in': 'late', 'the latter part of': 'late', 'the later part of': 'late',
  'the end of': 'end', 'end of': 'end', 'the close of': 'end',
};

export type Part = 'early' | 'mid' | 'late' | 'start' | 'end';

/** Fixed-date holidays → [month, day]. */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  "new year's eve": [12, 31],
  "new year’s eve": [12, 31],
  "new year's day": [1, 1],
  "new year’s day": [1, 1],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  "valentine’s day": [2, 14],
  'independence day': [7, 4],
};

/** Relative day words → offset in days from the anchor. */
export const DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, currently: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
  yesterday: -1, 'last night': -1, 'yesterday morning': -1, 'yesterday afternoon': -1, 'yesterday evening': -1,
  tomorrow: 1, 'tomorrow morning': 1, 'tomorrow night': 1,
  'the day before yesterday': -2, 'the day after tomorrow': 2,
};

/** Parts of a day after a weekday ("Monday evening"): kept in the span, same day. */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon', 'overnight'];

/** Open ranges: a word before a period that opens one of its ends. */
export const OPENERS: Readonly<Record<string, Opener>> = {
  since: 'since', 'ever since': 'since', 'starting': 'since', 'starting in': 'since', 'beginning in': 'since',
  until: 'until', till: 'until', "'til": 'until', 'until at least': 'until', 'through': 'until', 'up to': 'until', 'up until': 'until',
  by: 'by', 'no later than': 'by', 'by at least': 'by',
  'as of': 'asof', 'as at': 'asof',
  before: 'before', prior: 'before', 'prior to': 'before', 'earlier than': 'before',
  after: 'after', 'later than': 'after',
};

export type Opener = 'since' | 'until' | 'by' | 'asof' | 'before' | 'after';

/**
 * Present-tense verbs of scheduled events: "Lowe's reports earnings Wednesday", "the council
 * votes Tuesday". A weekday or year-less date after one (same clause, no past verb) looks ahead.
 */
export const SCHEDULE_VERBS: readonly string[] = [
  'reports', 'meets', 'votes', 'holds', 'hosts', 'visits', 'faces', 'plays', 'travels', 'testifies',
  'releases', 'returns', 'heads', 'arrives', 'debuts', 'launches', 'unveils', 'hears', 'decides',
  'rules', 'delivers', 'addresses', 'leaves', 'goes', 'takes', 'wraps', 'closes', 'ends', 'expires',
];

/**
 * Irregular past-tense verbs that mark a clause as past ("They met on Dec. 3"). Reporting verbs
 * (said, told, wrote) are left out: they date the report, not the event. Forms that are also
 * present tense (put, set, cut, hit, read) are left out too.
 */
export const IRREGULAR_PAST_VERBS: readonly string[] = [
  'met', 'took', 'made', 'came', 'went', 'saw', 'held', 'ran', 'gave', 'left', 'won', 'lost', 'fell', 'rose',
  'began', 'brought', 'bought', 'caught', 'fought', 'found', 'got', 'grew', 'kept', 'knew', 'led', 'paid',
  'sent', 'sold', 'spent', 'spoke', 'stood', 'struck', 'thought', 'threw', 'broke', 'chose', 'drew', 'drove',
  'flew', 'froze', 'hid', 'rode', 'sank', 'shook', 'stole', 'swore', 'tore', 'woke', 'wore', 'became', 'died',
  'fled', 'fed', 'slept', 'felt', 'dealt', 'built', 'lent', 'sought', 'taught', 'withdrew', 'overtook',
];
