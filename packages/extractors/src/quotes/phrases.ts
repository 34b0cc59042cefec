/**
 * Speaker phrases: the noun phrase before a cue ("Taliban spokesman Zabihullah Mujahid said")
 * or after it ("said CEO Craig Menear"), parsed over words into a kind (person, pronoun,
 * group, organisation, document) with the person's name, title and organisation where the
 * phrase states them. A small grammar: determiners, numerals, capitalised words, initials,
 * titles and honorifics, and one lower-case head noun.
 */
import type { Range } from '@claimsift/core';
import type { Organizations } from './organizations.js';
import { isAgentNounText, isGerundText, isGluedText, isInitialText, isPossessiveText } from './shapes.js';
import type { Paragraph, SpeakerKind, SpeakerPhrase } from './types.js';
import {
  DETERMINER,
  DOCUMENT,
  DOTTED,
  GIVEN,
  HONORIFIC,
  INSTITUTION,
  NON_HEAD,
  NON_NAME,
  NUMBER_WORD,
  ORG,
  ORG_TAIL,
  PARTICLE,
  PRONOUN,
  QUALIFIER,
  SUFFIX,
  TITLE,
  hasClass,
} from './wordclasses.js';
import { isAcronym, isCapitalised } from './words.js';
import type { Word } from './words.js';

/** Name prefixes that put a capital inside a word ("McCormick", "DeSantis"). */
const GLUE_PREFIXES = ['Mc', 'Mac', 'De', 'Di', 'Da', 'La', 'Le', 'Du', 'Van', 'Von', 'O’', "O'"];

export interface PhraseContext {
  readonly text: string;
  readonly orgs: Organizations;
  /** The words of a paragraph, computed once and shared by every stage of the extractor. */
  readonly wordsOf: (paragraph: Paragraph) => readonly Word[];
}

export const isPronoun = (w: Word): boolean => hasClass(w, PRONOUN);
const isNumberWord = (w: Word): boolean => hasClass(w, NUMBER_WORD) || (w.text[0] !== undefined && w.text[0] >= '0' && w.text[0] <= '9');
const isDot = (w: Word | undefined): boolean => w !== undefined && w.text === '.';
/** A capitalised word that can be part of a name or an organisation (not "The", "But", "May"). */
export const isNameish = (w: Word): boolean => w.nameish;
const isTitle = (w: Word): boolean => hasClass(w, TITLE);
/** Words with an agent-noun ending that are no roles. */
const NOT_ROLES = new Set(['ever', 'never', 'other', 'after', 'under', 'over', 'whether', 'together', 'either', 'neither', 'rather', 'later', 'earlier', 'former', 'latter', 'further', 'per', 'for', 'nor', 'major', 'minor', 'prior', 'recent', 'current', 'different', 'silent', 'present', 'apparent', 'consistent', 'independent', 'important', 'significant', 'relevant', 'constant', 'distant', 'vibrant', 'instant', 'urgent', 'event', 'extent', 'content', 'intent', 'moment', 'comment', 'statement', 'agreement', 'government', 'department', 'parliament', 'payment', 'percent', 'cent', 'went', 'sent', 'spent', 'meant', 'want', 'can', 'an', 'than', 'then', 'when', 'even', 'often', 'again', 'been', 'seen', 'between',
  'document', 'instrument', 'element', 'argument', 'investment', 'treatment', 'environment', 'development', 'management',
  'equipment', 'settlement', 'announcement', 'letter', 'number', 'member', 'order', 'water', 'paper', 'matter', 'border',
  'center', 'centre', 'summer', 'winter', 'october', 'november', 'december', 'september', 'computer', 'register', 'error']);
/** A word that ends a speaker phrase by its meaning: a title, an institution, a document. */
const isHead = (w: Word): boolean => hasClass(w, TITLE | INSTITUTION | DOCUMENT);
/** A lower-case content word that can describe a person ("farmer", "harbour master"). */
const isDescriptor = (w: Word): boolean =>
  !w.punct && !isCapitalised(w) && !hasClass(w, NON_HEAD | NON_NAME | DETERMINER | NUMBER_WORD | PRONOUN);
/** A descriptor that names a role: a title word or an agent noun ("farmer", "geologist", "actor", "co-author"). */
export const isRole = (w: Word): boolean => isTitle(w) || (isDescriptor(w) && isAgentNounText(w.lower) && !NOT_ROLES.has(w.lower));
const isHonorific = (w: Word): boolean => hasClass(w, HONORIFIC);

/** True when words[i] is a word whose following adjacent '.' belongs to it. */
export function ownsDot(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const dot = words[i + 1];
  if (!w || !dot || dot.text !== '.' || dot.start !== w.end || w.punct) return false;
  return hasClass(w, DOTTED) || isInitialText(w.text);
}

/** Start index of the noun phrase ending at words[k] (inclusive), not below `floor`; -1 if none. */
export function phraseStartBackward(words: readonly Word[], k: number, floor: number): number {
  const head = words[k];
  if (!head) return -1;
  if (isPronoun(head)) return k;
  let i = k;
  let taken = 0;
  let modifiers = 0;
  while (i >= floor && taken < 10) {
    const w = words[i] as Word;
    if (w.punct) {
      if (isDot(w) && i - 1 >= floor && ownsDot(words, i - 1)) {
        i -= 2;
        taken++;
        continue;
      }
      break;
    }
    if (isNameish(w) || hasClass(w, TITLE | HONORIFIC | QUALIFIER)) {
      i--;
      taken++;
      continue;
    }
    if (i < k && hasClass(w, PARTICLE) && i - 1 >= floor && isNameish(words[i - 1] as Word)) {
      i--;
      continue;
    }
    if (i === k && !hasClass(w, NON_HEAD | DETERMINER | NUMBER_WORD)) {
      i--;
      taken++;
      continue;
    }
    // lower-case words that qualify a title or describe a name ("union leader", "singer Amy Frost")
    const next = words[i + 1] as Word;
    // a role right before a name or title, and up to two modifiers before a role ("planetary geologist", "harbour master")
    if (i < k && modifiers < 3 && ((isRole(w) && (isTitle(next) || isNameish(next) || next.lower === 'and')) || (isDescriptor(w) && modifiers > 0 && isRole(next)) || (isDescriptor(w) && (isTitle(next) || (i + 1 === k && isHead(next)))))) {
      i--;
      modifiers++;
      continue;
    }
    // titles joined by "and" or listed with commas ("lead researcher and NASA planetary scientist", "chairman, CEO and president")
    const before = words[i - 1];
    if (i < k && i - 1 >= floor && before && (w.lower === 'and' || w.text === ',') && (isTitle(before) || (w.lower === 'and' && isRole(before))) && (isTitle(next) || isNameish(next) || isDescriptor(next))) {
      i--;
      continue;
    }
    if (i < k && isNumberWord(w)) {
      i--;
      break;
    }
    break;
  }
  return i + 1 <= k ? i + 1 : -1;
}

/** End index (exclusive) of the noun phrase starting at words[i] after determiners; also returns where it starts. */
export function phraseForward(words: readonly Word[], i: number, limit: number): { start: number; end: number } | null {
  let a = i;
  while (a < limit && hasClass(words[a] as Word, DETERMINER)) a++;
  if (a >= limit) return null;
  const first = words[a] as Word;
  if (isPronoun(first)) return { start: a, end: a + 1 };
  let j = a;
  while (j < limit && j - a < 12) {
    const w = words[j] as Word;
    if (w.punct) {
      if (isDot(w) && j > a && ownsDot(words, j - 1)) {
        j++;
        continue;
      }
      break;
    }
    if (isNameish(w) || hasClass(w, TITLE | HONORIFIC | QUALIFIER)) {
      j++;
      continue;
    }
    if (j > a && hasClass(w, PARTICLE) && j + 1 < limit && isNameish(words[j + 1] as Word)) {
      j++;
      continue;
    }
    if (j === a && isNumberWord(w)) {
      j++;
      continue;
    }
    if (isDescriptor(w)) {
      // descriptors before a name ("said planetary geologist Rosaly Lopes")
      let d = j;
      while (d < limit && d - j < 3 && isDescriptor(words[d] as Word)) d++;
      if (d < limit && d > j && isNameish(words[d] as Word) && isRole(words[d - 1] as Word)) {
        j = d;
        continue;
      }
      // else a lower-case head ends the phrase ("said the spokesperson", "said one legal expert")
      while (j + 1 < limit && !isHead(words[j] as Word) && isDescriptor(words[j + 1] as Word) && j - a < 4) j++;
      j++;
      break;
    }
    break;
  }
  return j > a ? { start: a, end: j } : null;
}

const rangeOf = (words: readonly Word[], a: number, b: number): Range => ({ start: (words[a] as Word).start, end: (words[b] as Word).end });

/** A phrase over `range` (built field by field: spreading objects is slow on this hot path). */
const phraseOf = (range: Range, kind: SpeakerKind, name: Range | null, title: string | null, organization: string | null): SpeakerPhrase => ({
  start: range.start,
  end: range.end,
  kind,
  name,
  title,
  organization,
  issuer: null,
});

/** Parse words[a..b] (inclusive) into a speaker phrase. */
export function analysePhrase(ctx: PhraseContext, words: readonly Word[], a: number, b: number): SpeakerPhrase | null {
  while (b >= a && (words[b] as Word).punct && !(isDot(words[b]) && ownsDot(words, b - 1))) b--;
  while (a <= b && hasClass(words[a] as Word, DETERMINER)) a++;
  if (a > b) return null;
  const range = rangeOf(words, a, b);
  const first = words[a] as Word;
  if (a === b && isPronoun(first)) return phraseOf(range, 'pronoun', null, null, null);
  let h = b;
  while (h > a && (words[h] as Word).punct) h--;
  const head = words[h] as Word;
  if (hasClass(head, DOCUMENT)) return phraseOf(range, 'document', null, null, null);
  const org = ctx.orgs.overlapping(range.start, range.end);
  if (org && org.start <= head.start && head.end <= org.end) {
    const start = Math.max(range.start, org.start);
    const end = Math.min(range.end, org.end);
    return phraseOf({ start, end }, 'org', null, null, org.name);
  }
  // the last title or honorific that a name follows, or the last title word at all
  let t = -1;
  for (let i = a; i <= h; i++) {
    const w = words[i] as Word;
    if (isHonorific(w) || (isTitle(w) && (!isCapitalised(w) || nextNameish(words, i, h)))) t = i;
  }
  if (t < 0 && isDescriptor(first)) {
    // a role before a name ("farmer Joe Walsh") acts as its title
    let j = a;
    while (j <= h && isDescriptor(words[j] as Word)) j++;
    if (j <= h && j > a && isNameish(words[j] as Word) && isRole(words[j - 1] as Word)) t = j - 1;
  }
  let nameStart = t + 1;
  while (nameStart <= b && isDot(words[nameStart])) nameStart++;
  if (t >= a && nameStart <= h) {
    const name = !nameIsOrg(ctx, words, nameStart, b) ? personName(words, nameStart, b) : null;
    if (name) {
      const { title, organization } = titleAndPrefix(ctx, words, a, t, true);
      return phraseOf(name, 'person', name, title, organization);
    }
  }
  if (t >= a) {
    // a title with no name after it: an unnamed person or group ("Taliban spokesman", "one Weibo commenter")
    const { title, organization } = titleAndPrefix(ctx, words, a, t, false);
    return phraseOf(range, 'group', null, title, organization);
  }
  if (!isCapitalised(head)) {
    const kind = hasClass(head, INSTITUTION) ? 'org' : 'group';
    return phraseOf(range, kind, null, null, null);
  }
  // an organisation's name ends in an organisation word ("… Authority"); a person's name may follow one ("State Mike Pompeo")
  const orgHead = hasClass(head, ORG | ORG_TAIL);
  let n = a;
  while (n < h && !isNameish(words[n] as Word)) n++; // "the 14th-ranked Schwartzman", "43-year-old Martin Taylor"
  const name = orgHead ? null : personName(words, n, b);
  if (name && name.start > range.start && !nameIsOrg(ctx, words, indexOfStart(words, a, b, name.start), b)) {
    const prefix = ctx.text.slice(range.start, name.start).trim();
    return phraseOf(name, 'person', name, null, ctx.orgs.canonical(prefix) ?? null);
  }
  if (nameIsOrg(ctx, words, a, b)) return phraseOf(range, 'org', null, null, null);
  if (!name) return null;
  return phraseOf(name, 'person', name, null, null);
}

function indexOfStart(words: readonly Word[], a: number, b: number, start: number): number {
  for (let i = a; i <= b; i++) if ((words[i] as Word).start === start) return i;
  return a;
}

const PLACE_PREPOSITIONS = new Set(['to', 'of', 'in', 'for', 'at', 'from']);

function countNames(words: readonly Word[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i <= b; i++) if (isNameish(words[i] as Word) && !isInitialText((words[i] as Word).text)) n++;
  return n;
}

/**
 * The person's name in words[a..b]: after any organisation words ("Public Prosecution
 * Eva-Marie Persson"), without a possessive ending ("Pirro’s"); null when the words cannot be
 * a name (an acronym, words glued by scraping as "OmarIlhan", more than four name words).
 */
export function personName(words: readonly Word[], a: number, b: number): Range | null {
  let s = a;
  for (let i = a; i <= b; i++) {
    const w = words[i] as Word;
    if (hasClass(w, ORG | ORG_TAIL)) s = i + 1;
  }
  // in a long run, a given name starts the person's name ("… Commission Chair Maria Lopez")
  for (let i = s + 1; i <= b; i++) {
    const w = words[i] as Word;
    const prev = words[i - 1] as Word;
    // after two words, or after a capitalised role ("Ranger Paul Kent")
    if (hasClass(w, GIVEN) && !hasClass(prev, GIVEN) && (i >= s + 2 || isAgentNounText(prev.lower) || hasClass(prev, TITLE))) {
      s = i;
      break;
    }
  }
  while (s <= b && (isDot(words[s]) || hasClass(words[s] as Word, PARTICLE))) s++;
  // a sentence-opening participle is no given name ("Following Trump's tweet")
  if (s < b && isGerundText((words[s] as Word).text)) s++;
  // "envoy to Ukraine Kurt Volker": a place after a preposition runs into the name
  const before = words[s - 1];
  if (s === a && before && PLACE_PREPOSITIONS.has(before.lower) && countNames(words, s, b) >= 3) s++;
  if (s > b) return null;
  let names = 0;
  for (let i = s; i <= b; i++) {
    const w = words[i] as Word;
    if (isDot(w) || hasClass(w, PARTICLE | SUFFIX) || isInitialText(w.text)) continue;
    if (!isNameish(w) || isGluedText(w.text) && !GLUE_PREFIXES.some((p) => w.text.startsWith(p))) return null;
    if (isAcronym(w)) return null;
    if (i < b && isPossessiveText(w.text)) return null;
    names++;
  }
  if (names === 0 || names > 4) return null;
  const last = words[b] as Word;
  const end = isPossessiveText(last.text) ? last.end - 2 : last.end;
  return { start: (words[s] as Word).start, end };
}

function nextNameish(words: readonly Word[], i: number, h: number): boolean {
  let j = i + 1;
  while (j <= h && isDot(words[j])) j++;
  return j <= h && isNameish(words[j] as Word) && !isTitle(words[j] as Word);
}

/** An organisation's name rather than a person's: an agency mention, an acronym, or an organisation word. */
function nameIsOrg(ctx: PhraseContext, words: readonly Word[], a: number, b: number): boolean {
  const r = rangeOf(words, a, b);
  const org = ctx.orgs.overlapping(r.start, r.end);
  if (org && org.start <= r.start + 1 && org.end >= r.end - 1) return true;
  let acronyms = 0;
  let count = 0;
  for (let i = a; i <= b; i++) {
    const w = words[i] as Word;
    if (w.punct) continue;
    count++;
    if (hasClass(w, ORG)) return true;
    if (isAcronym(w) && !hasClass(w, SUFFIX)) acronyms++;
  }
  return acronyms > 0 && acronyms === count;
}

/** Title words ending at words[t] and the organisation (or qualifier) before them. */
function titleAndPrefix(ctx: PhraseContext, words: readonly Word[], a: number, t: number, named: boolean): { title: string | null; organization: string | null } {
  if (isHonorific(words[t] as Word)) return { title: null, organization: null }; // "Mr.", "Dr." are no titles
  let s = t;
  let modifiers = 0;
  while (s - 1 >= a) {
    const w = words[s - 1] as Word;
    if (isTitle(w) || isRole(w) || isDot(w) || (w.lower === 'and' && s - 2 >= a && isRole(words[s - 2] as Word))) s--;
    else if (isDescriptor(w) && modifiers < 2) {
      s--;
      modifiers++;
    } else break;
  }
  // "U.S. Attorney", "state schools Superintendent": qualifiers belong to the title
  let q = s;
  while (q - 1 >= a) {
    const w = words[q - 1] as Word;
    if (hasClass(w, QUALIFIER) || isDot(w) || (isInitialText(w.text) && isDot(words[q]))) q--;
    else break;
  }
  while (s <= t && (isHonorific(words[s] as Word) || isDot(words[s]))) s++;
  let title: string | null = null;
  if (s <= t) {
    const from = Math.min(q, s);
    let end = (words[t] as Word).end;
    if (ownsDot(words, t)) end = (words[t + 1] as Word).end;
    title = ctx.text.slice((words[from] as Word).start, end);
  }
  let organization: string | null = null;
  const prefixEnd = Math.min(q, s) - 1;
  if (prefixEnd >= a) {
    const r = rangeOf(words, a, prefixEnd);
    const org = ctx.orgs.overlapping(r.start, r.end);
    if (org) organization = org.name;
    else if (named && allCapitalised(words, a, prefixEnd)) organization = ctx.orgs.canonical(ctx.text.slice(r.start, r.end)) ?? stripPossessive(ctx.text.slice(r.start, r.end));
  }
  return { title, organization };
}

function allCapitalised(words: readonly Word[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const w = words[i] as Word;
    if (!w.punct && !isNameish(w) && !hasClass(w, PARTICLE) && w.lower !== 'of' && w.lower !== 'and' && w.lower !== 'for') return false;
  }
  return true;
}

export const stripPossessive = (s: string): string => (s.endsWith('’s') || s.endsWith("'s") ? s.slice(0, -2) : s);
