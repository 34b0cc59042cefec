/**
 * Refiners over parsed atoms, in order: drop overlaps, merge "May last year", "the first eight
 * months of 2024", parts ("early", "the end of"), ranges ("from X to Y", "between X and Y",
 * "X–Y") and open ranges ("since X", "until X", "by X", "as of X"); mark what looks ahead.
 */
import type { Base, Slice, TimeExpr } from './expr.js';
import { OSP, SP, alternation, re } from './patterns.js';
import { IRREGULAR_PAST_VERBS, ORDINAL_WORDS, OPENERS, PART_WORDS, SCHEDULE_VERBS, UNITS } from './tables.js';
import type { Opener, Unit } from './tables.js';
import { wordAfter, wordBefore, wordBeforeStart } from './context.js';

/** Small look-around patterns of this module (listed for the ReDoS check). */
const SECOND_HALF_WORD = /^(?:second|2nd|latter)$/i;
const STARTS_WITH_THE = /^the\s/i;
const LEADING_THE = /^the\s+/i;
const WORD_GAP = /^[a-z]+$/;
const LOWER_LETTER = /[a-z]/;
const WORD_END = /[a-z]{3}$/;

/** Every helper pattern of the refiners. */
export const REFINER_HELPER_PATTERNS: readonly RegExp[] = [SECOND_HALF_WORD, STARTS_WITH_THE, LEADING_THE, WORD_GAP, LOWER_LETTER, WORD_END];

/** Keeps the longest of overlapping atoms (ties: the earlier, then the parser listed first). */
export function dropOverlaps(atoms: readonly TimeExpr[]): TimeExpr[] {
  if (atoms.length === 0) return [];
  const ranked = atoms.map((a, i) => ({ a, i })).sort((x, y) => y.a.end - y.a.start - (x.a.end - x.a.start) || x.a.start - y.a.start || x.i - y.i);
  // Mark covered offsets: linear in the total length of the atoms.
  const base = atoms.reduce((min, a) => Math.min(min, a.start), Infinity);
  const covered = new Uint8Array(atoms.reduce((max, a) => Math.max(max, a.end), 0) - base);
  const kept: TimeExpr[] = [];
  for (const { a } of ranked) {
    let free = true;
    for (let k = a.start; k < a.end && free; k++) free = covered[k - base] === 0;
    if (!free) continue;
    covered.fill(1, a.start - base, a.end - base);
    kept.push(a);
  }
  return kept.sort((x, y) => x.start - y.start);
}

/** Between an atom and a following "this year"/"last year": "May last year", "March of this year". */
const YEAR_SHIFT_GAP = re(`^${OSP}(?:,${OSP}|of${SP})?$`);

export function mergeYearShift(atoms: readonly TimeExpr[], text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as TimeExpr;
    const b = atoms[i + 1];
    if (b && a.base.kind === 'calendar' && a.base.month !== null && a.base.year === null && a.base.shift === null && b.base.kind === 'unit' && b.base.unit === 'year' && !a.to && gapMatches(YEAR_SHIFT_GAP, text, a.end, b.start)) {
      out.push({ ...a, end: b.end, base: { ...a.base, yearShift: b.base.shift }, rule: `${a.rule}+year` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function gapMatches(pattern: RegExp, text: string, from: number, to: number): boolean {
  if (to - from > 24 || to < from) return false;
  pattern.lastIndex = 0;
  return pattern.test(text.slice(from, to));
}

/** A weekday before a full date ("Friday 2018-07-06", "Tuesday, 19/11/2019"): one expression, the date's. */
const WEEKDAY_GAP = re(`^${OSP}(?:,${OSP})?$`);

export function mergeWeekdayDate(atoms: readonly TimeExpr[], text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as TimeExpr;
    const b = atoms[i + 1];
    if (b && a.base.kind === 'calendar' && a.base.weekday !== null && a.base.month === null && a.base.shift === null && b.base.kind === 'calendar' && b.base.day !== null && b.base.weekday === null && !b.to && gapMatches(WEEKDAY_GAP, text, a.end, b.start)) {
      out.push({ ...b, start: a.start, base: { ...b.base, weekday: a.base.weekday }, rule: `weekday+${b.rule}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "Tuesday of next week", "next week Wednesday": a weekday inside a shifted week. */
const OF_WEEK_GAP = re(`^${SP}(?:of${SP})?$|^${OSP},${OSP}$`);

export function mergeWeekdayOfWeek(atoms: readonly TimeExpr[], text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  const isWeek = (e: TimeExpr | undefined): e is TimeExpr => e !== undefined && e.base.kind === 'unit' && e.base.unit === 'week' && !e.base.latest;
  const isBareWeekday = (e: TimeExpr | undefined): e is TimeExpr => e !== undefined && e.base.kind === 'calendar' && e.base.weekday !== null && e.base.month === null && e.base.shift === null;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as TimeExpr;
    const b = atoms[i + 1];
    const [day, week] = isBareWeekday(a) && isWeek(b) ? [a, b] : isWeek(a) && isBareWeekday(b) ? [b, a] : [null, null];
    if (day && week && day.base.kind === 'calendar' && week.base.kind === 'unit' && gapMatches(OF_WEEK_GAP, text, a.end, (b as TimeExpr).start)) {
      out.push({ ...day, start: a.start, end: (b as TimeExpr).end, base: { ...day.base, weekShift: week.base.shift }, rule: `weekday+${week.rule}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "the first eight months of" + a year or "the year". */
const OF_GAP = re(`^${SP}of${SP}$`);

export function mergeCountSlices(atoms: readonly TimeExpr[], text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as TimeExpr;
    const b = atoms[i + 1];
    if (a.rule === 'slice-count' && a.base.kind === 'stretch' && b && gapMatches(OF_GAP, text, a.end, b.start) && sliceable(b.base)) {
      const slice: Slice = a.base.direction > 0 ? { first: a.base.count, unit: a.base.unit } : { last: a.base.count, unit: a.base.unit };
      out.push({ ...b, start: a.start, slice, rule: `slice+${b.rule}` });
      i++;
      continue;
    }
    if (a.rule !== 'slice-count') out.push(a);
  }
  return out;
}

const sliceable = (base: Base): boolean =>
  (base.kind === 'calendar' && base.day === null && base.weekday === null && (base.month !== null || base.year !== null)) ||
  base.kind === 'quarter' || base.kind === 'years' || base.kind === 'season' ||
  (base.kind === 'unit' && base.unit !== 'day') || (base.kind === 'stretch' && base.count === 1);

/** Part words before an atom: "early", "mid-", "late", "the end of", "the first half of". */
export const PART_PREFIX = re(`\\b(?:(?:the${SP})?(beginning|start|middle|end|close)${SP}of|(?:the${SP})?(first|second|1st|2nd|latter)${SP}half${SP}of|(?:the${SP})?(early|later|latter|middle)${SP}part${SP}of|(?:the${SP})?(early|late)(?:${SP}in)?|(?:the${SP})?(mid)|(?:the${SP}(last|final)|(?:the${SP})?(first|second|third|fourth|fifth))${SP}(week|month|day)${SP}of)(?:${SP}|${OSP}-${OSP})`);

/** `parts`: the matches of PART_PREFIX in the text, in order. */
export function mergeParts(atoms: readonly TimeExpr[], text: string, parts: readonly RegExpExecArray[]): TimeExpr[] {
  const byStart = new Map(atoms.map((a, i) => [a.start, i]));
  const replaced = new Map<number, TimeExpr>();
  for (const m of parts) {
    const i = byStart.get(m.index + m[0].length);
    if (i === undefined) continue;
    const a = replaced.get(i) ?? (atoms[i] as TimeExpr);
    if (a.opener || a.to) continue;
    let base: Base = a.base;
    if (base.kind === 'stretch' && base.count === 1) base = { kind: 'unit', unit: base.unit, shift: base.direction };
    if (base.kind === 'offset' && base.from === 'text') continue;
    const dayLike = (base.kind === 'calendar' && (base.day !== null || (base.month === null && base.weekday !== null))) || (base.kind === 'unit' && base.unit === 'day');
    if (dayLike && !(m[4] || m[5])) continue; // "the end of Tuesday" is not a date form; "early Tuesday" is
    if (!dayLike && !sliceable(base)) continue;
    let slice: Slice | null = null;
    if (m[8]) {
      // "the first week of 2019", "the last day of February": one unit counted from either end.
      const unit = unitOf(m[8]);
      // A hyphen before it: the tail of "thirty-first day of", not "first day of".
      if (dayLike || !longerThan(base, unit) || text.charCodeAt(m.index - 1) === 0x2d) continue;
      slice = m[6] ? { last: 1, unit } : { nth: ORDINAL_WORDS[m[7]!.toLowerCase()] ?? 1, unit };
    } else if (m[2]) {
      const second = SECOND_HALF_WORD.test(m[2]);
      if (base.kind === 'calendar' && base.month === null && base.year !== null) base = { kind: 'quarter', quarter: second ? 3 : 1, span: 2, year: base.year, yearShift: null };
      else if (base.kind === 'unit' && base.unit === 'year') base = { kind: 'quarter', quarter: second ? 3 : 1, span: 2, year: null, yearShift: base.shift };
      else slice = second ? 'late' : 'early';
    } else {
      const word = (m[1] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
      slice = word === 'close' ? 'end' : word === 'later' || word === 'latter' ? 'late' : word === 'middle' ? 'mid' : (PART_WORDS[word] ?? (word as Slice));
      if (word === 'beginning' || word === 'start') slice = 'start';
      if (word === 'end') slice = 'end';
    }
    // "the early 2020s" keeps its "the"; in "the mid-2019 refresh" the "the" belongs to the noun.
    const start = base.kind !== 'years' && STARTS_WITH_THE.test(m[0]) && (m[4] || m[5]) ? m.index + (LEADING_THE.exec(m[0]) as RegExpExecArray)[0].length : m.index;
    replaced.set(i, { ...a, start, base, slice: dayLike ? null : slice, rule: `part+${a.rule}` });
  }
  return atoms.map((a, i) => replaced.get(i) ?? a);
}

const unitOf = (word: string): Unit => UNITS[word.toLowerCase()] ?? 'day';
const UNIT_ORDER: readonly Unit[] = ['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century'];

/** True when the period is stated in a unit larger than `unit` ("the first week of" a month, not of a week). */
function longerThan(base: Base, unit: Unit): boolean {
  const stated: Unit | null = base.kind === 'calendar' ? (base.month !== null ? 'month' : base.year !== null ? 'year' : null)
    : base.kind === 'quarter' ? 'quarter' : base.kind === 'season' ? 'quarter' : base.kind === 'years' ? 'decade'
      : base.kind === 'unit' || base.kind === 'stretch' ? base.unit : null;
  return stated !== null && UNIT_ORDER.indexOf(stated) > UNIT_ORDER.indexOf(unit);
}

/** What may join two atoms into a range. */
const RANGE_GAP = re(`^${OSP}(?:-|–|—|to|until|till|through|thru|and)${OSP}$`);

const rangeable = (base: Base): boolean => base.kind === 'calendar' || base.kind === 'quarter' || base.kind === 'season' || base.kind === 'years';
const isNow = (e: TimeExpr): boolean => e.base.kind === 'unit' && e.base.unit === 'day' && e.base.shift === 0;

export function mergeRanges(atoms: readonly TimeExpr[], text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as TimeExpr;
    const b = atoms[i + 1];
    if (b && !a.to && !b.to && !a.opener && (rangeable(a.base) || isNow(a)) && (rangeable(b.base) || isNow(b)) && !(isNow(a) && isNow(b)) && gapMatches(RANGE_GAP, text, a.end, b.start)) {
      const gap = text.slice(a.end, b.start).trim().toLowerCase();
      const lead = wordBefore(text, a.start);
      const from = lead === 'from' || lead === 'between' ? wordBeforeStart(text, a.start) : a.start;
      const wordGap = WORD_GAP.test(gap);
      if (gap === 'and' ? lead === 'between' : !wordGap || lead === 'from' || sameKind(a.base, b.base) || fullDateToNow(a, b, text)) {
        out.push({ ...a, start: from, end: b.end, base: startWithEndYear(a.base, b.base), to: b, rule: `range(${a.rule},${b.rule})` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** "2019-08-01 to today": a stated day up to the anchor (not "to today's level"). */
function fullDateToNow(a: TimeExpr, b: TimeExpr, text: string): boolean {
  const after = text.charCodeAt(b.end);
  return isNow(b) && a.base.kind === 'calendar' && a.base.year !== null && a.base.day !== null && after !== 0x27 && after !== 0x2019;
}

/** "from January to March 2020": a year-less start takes the end's year (the year before if it would come after). */
function startWithEndYear(a: Base, b: Base): Base {
  if (a.kind !== 'calendar' || b.kind !== 'calendar' || a.year !== null || a.yearShift !== null || b.year === null || a.month === null) return a;
  const later = b.month !== null && (a.month > b.month || (a.month === b.month && a.day !== null && b.day !== null && a.day > b.day));
  return { ...a, year: later ? b.year - 1 : b.year };
}

const sameKind = (x: Base, y: Base): boolean =>
  x.kind === y.kind && (x.kind !== 'calendar' || y.kind !== 'calendar' || ((x.month === null) === (y.month === null) && (x.day === null) === (y.day === null)));

/** Words that open one end of a period: "since", "until (at least)", "by", "as of". */
export const OPENER_PREFIX = re(`\\b(ever${SP}since|since|until${SP}at${SP}least|up${SP}until|until|till|through|by${SP}at${SP}least|by|as${SP}of|as${SP}at|no${SP}later${SP}than)${SP}`);

/** `openers`: the matches of OPENER_PREFIX in the text, in order. */
export function mergeOpeners(atoms: readonly TimeExpr[], text: string, openers: readonly RegExpExecArray[]): TimeExpr[] {
  const byStart = new Map(atoms.map((a, i) => [a.start, i]));
  const replaced = new Map<number, TimeExpr>();
  for (const m of openers) {
    const i = byStart.get(m.index + m[0].length);
    if (i === undefined) continue;
    const a = atoms[i] as TimeExpr;
    if (a.opener || a.to || a.base.kind === 'recent' || a.base.kind === 'todate' || a.base.kind === 'stretch' || a.base.kind === 'offset') continue;
    const word = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const opener: Opener | undefined = word.startsWith('until') || word === 'till' || word === 'through' || word === 'up until' ? 'until' : word.startsWith('by') || word === 'no later than' ? 'by' : OPENERS[word];
    if (!opener) continue;
    replaced.set(i, { ...a, start: m.index, opener, rule: `${opener}+${a.rule}` });
  }
  return atoms.map((a, i) => replaced.get(i) ?? a);
}

/** Drops atoms that only exist to be merged ("the year" after "of" with nothing before it). */
export function dropHelpers(atoms: readonly TimeExpr[]): TimeExpr[] {
  return atoms.filter((a) => a.rule !== 'the-unit' && a.rule !== 'slice-count' && a.rule !== 'now');
}

/** Future cues in the clause before an expression: a scheduled event looks ahead. */
export const FUTURE_CUE = re(`\\b(?:will|shall|won['’]t|(?:is|are|am)(?:${SP}(?:now|also|still))?${SP}(?:scheduled|due|expected|set|slated|going|planned|poised|to${SP}be)|scheduled${SP}(?:for|to)|upcoming|plans?${SP}to|planning${SP}to|intends?${SP}to|aims?${SP}to|expects?${SP}to|to${SP}(?:run|last|continue)|starts|begins|opens|resumes|convenes|kicks${SP}off)\\b|['’]ll\\b`);
const PAST_CUE = re(`\\b(?:was|were|had|did|ago|said|told|wrote|says|announced|reported|began|took|made|came|went|saw|held|ran|met|gave|left|won|lost|fell|rose)\\b`);
/** A relative clause with a past verb after the cue ("will carry a lander that the company unveiled in May"). */
const RELATIVE_PRONOUN = re(`\\b(?:that|which|who)\\b`);
const ED_VERB = re(`\\b[a-z]{3,}ed\\b`);

export function markAhead(atoms: readonly TimeExpr[], text: string, wanted: (e: TimeExpr) => boolean = () => true): TimeExpr[] {
  return atoms.map((a) => {
    if (!wanted(a)) return a;
    let from = a.start;
    while (from > 0 && a.start - from < 100) {
      const c = text.charCodeAt(from - 1);
      if (c === 0x0a || c === 0x21 || c === 0x3f || (c === 0x2e && text.charCodeAt(from) === 0x20 && LOWER_LETTER.test(text[from - 2] ?? '') && WORD_END.test(text.slice(Math.max(0, from - 5), from - 1)))) break;
      from--;
    }
    const window = text.slice(from, a.start);
    // "Come November 19", "the launch day is Tuesday": the date is still to come.
    const before = wordBefore(text, a.start);
    const soon = before === 'come' || before === 'upcoming' || ((before === 'is' || before === 'are') && a.base.kind === 'calendar' && a.base.weekday !== null);
    if (soon || looksAhead(window, a) || scheduled(window, a, text)) return { ...a, ahead: true, to: a.to ? { ...a.to, ahead: true } : null };
    PAST_VERB.lastIndex = 0;
    if (PAST_VERB.test(window)) return { ...a, past: true };
    // "Between Jan. 1 and Oct. 31, police made 300 arrests": a clause-initial date takes the tense of the clause after it.
    const tense = atClauseStart(window) ? tenseAfter(text, a.end) : null;
    if (tense === 'past') return { ...a, past: true };
    return tense === 'ahead' ? { ...a, ahead: true, to: a.to ? { ...a.to, ahead: true } : null } : a;
  });
}

/** White space inside the trimmed window: more than one word before the expression. */
const SPACE = /\s/;
/** At most one word before the expression in its sentence ("On", "In", "Since"). */
const atClauseStart = (window: string): boolean => !SPACE.test(window.trim());

/** The tense of the rest of the sentence: whichever comes first, a past verb or a future cue. */
function tenseAfter(text: string, from: number): 'past' | 'ahead' | null {
  let to = from;
  while (to < text.length && to - from < 120) {
    const c = text.charCodeAt(to);
    if (c === 0x0a || c === 0x21 || c === 0x3f || (c === 0x2e && text.charCodeAt(to + 1) === 0x20 && LOWER_LETTER.test(text[to - 1] ?? ''))) break;
    to++;
  }
  const rest = text.slice(from, to).replace(PASSIVE, ' ');
  const first = (pattern: RegExp): number => {
    pattern.lastIndex = 0;
    const m = pattern.exec(rest);
    return m ? m.index : Infinity;
  };
  const past = Math.min(first(PAST_VERB), first(PAST_CUE));
  const ahead = first(FUTURE_CUE);
  return past < ahead ? 'past' : ahead < past ? 'ahead' : null;
}

const SCHEDULE_VERB = re(`\\b(?:${alternation(SCHEDULE_VERBS)})\\b`);
const SUBCLAUSE = re(`\\b(?:that|which|who|where|when|while|after|because|since)\\b`);
const REPORT_WORDS_AFTER = new Set(['that', 'said', 'says']);

/** "Lowe's reports earnings Wednesday": a present-tense scheduled event with a weekday or year-less date. */
function scheduled(window: string, a: TimeExpr, text: string): boolean {
  if (a.base.kind !== 'calendar' || a.base.year !== null || a.base.shift !== null || a.base.yearShift !== null) return false;
  SCHEDULE_VERB.lastIndex = 0;
  let last = -1;
  for (let m = SCHEDULE_VERB.exec(window); m; m = SCHEDULE_VERB.exec(window)) last = m.index + m[0].length;
  if (last < 0) return false;
  // "CNN reports Tuesday that …": a report of the past, not an event to come.
  if (REPORT_WORDS_AFTER.has(wordAfter(text, a.end).toLowerCase())) return false;
  const after = window.slice(last);
  PAST_VERB.lastIndex = 0;
  PAST_CUE.lastIndex = 0;
  SUBCLAUSE.lastIndex = 0;
  // "visits the plant where workers struck on Tuesday": the date belongs to another clause.
  if (SUBCLAUSE.test(after)) return false;
  return !PAST_VERB.test(after) && !PAST_CUE.test(after) && !PAST_VERB.test(window.slice(0, last));
}

/** A past verb in the clause ("lasted until June", "was extended until May"). */
const PAST_VERB = re(`\\b(?:was|were|had|did|[a-z]{3,}ed|${alternation(IRREGULAR_PAST_VERBS)})\\b`);

const PASSIVE = re(`\\bbe(?:en|ing)?${SP}[a-z]+`);
const PRESENT_STATE = re(`\\b(?:is|are|remains?|runs?|lasts?|continues?|stays?)\\b`);

function looksAhead(window: string, a: TimeExpr): boolean {
  FUTURE_CUE.lastIndex = 0;
  let last = -1;
  for (let m = FUTURE_CUE.exec(window); m; m = FUTURE_CUE.exec(window)) last = m.index + m[0].length;
  if (last < 0) {
    // "is valid until June", "runs until March": a present state lasting until a year-less date looks ahead.
    if (a.opener !== 'until') return false;
    PRESENT_STATE.lastIndex = 0;
    PAST_VERB.lastIndex = 0;
    return PRESENT_STATE.test(window) && !PAST_VERB.test(window);
  }
  // "will be held": a participle after "be" is no past tense.
  const after = window.slice(last).replace(PASSIVE, ' ');
  PAST_CUE.lastIndex = 0;
  if (PAST_CUE.test(after)) return false;
  RELATIVE_PRONOUN.lastIndex = 0;
  const relative = RELATIVE_PRONOUN.exec(after);
  if (!relative) return true;
  ED_VERB.lastIndex = 0;
  return !ED_VERB.test(after.slice(relative.index + relative[0].length));
}

/** Recurring periods ("every Monday", "each year") are not dated periods. */
export function dropRecurring(atoms: readonly TimeExpr[], text: string): TimeExpr[] {
  return atoms.filter((a) => {
    const before = wordBefore(text, a.start);
    return before !== 'every' && before !== 'each' && before !== 'per';
  });
}

/** Every pattern the refiners run (gaps, cues and helpers), for the ReDoS check. */
export const REFINER_PATTERNS: readonly RegExp[] = [
  YEAR_SHIFT_GAP, WEEKDAY_GAP, OF_WEEK_GAP, OF_GAP, PART_PREFIX, RANGE_GAP, OPENER_PREFIX,
  FUTURE_CUE, PAST_CUE, RELATIVE_PRONOUN, ED_VERB, PAST_VERB, PRESENT_STATE, PASSIVE, SCHEDULE_VERB, SUBCLAUSE, SPACE, ...REFINER_HELPER_PATTERNS,
];
