/**
 * The people of a document: every capitalised name phrase is parsed once; names that share a
 * surname are one person, known by the fullest form written ("Wang" → "Wang Qiang"), with the
 * title and organisation stated anywhere (before the name or in an apposition) and a gender
 * from honorifics, given names and the pronouns that follow the name. Pronoun speakers resolve
 * to the nearest earlier person of their gender.
 */
import { firstFrom } from '@claimsift/core';
import type { Range } from '@claimsift/core';
import { parseApposition } from './apposition.js';
import { endsSentence } from './cues.js';
import { FEMALE_HONORIFICS, FEMALE_NAMES, MALE_HONORIFICS, MALE_NAMES } from './lexicon.js';
import { analysePhrase, isNameish, ownsDot, phraseStartBackward } from './phrases.js';
import type { PhraseContext } from './phrases.js';
import type { Paragraph } from './types.js';
import { TITLE_SEPARATORS } from './patterns.js';
import { isPossessiveText } from './shapes.js';
import { HONORIFIC, SUFFIX, hasClass } from './wordclasses.js';
import { createWordFinder } from './wordfinder.js';
import { isCapitalised, wordsIn } from './words.js';
import type { Word } from './words.js';

export type Gender = 'male' | 'female';

export interface Person {
  full: string;
  /** Lower-case name words without suffixes ("wang", "qiang"). */
  tokens: string[];
  /** Words of the full form, suffixes and initials included: the fullest form has the most. */
  size: number;
  title: string | null;
  organization: string | null;
  gender: Gender | null;
  votes: { male: number; female: number };
  /** Seen with a title, an honorific or as a speaker: safe as a pronoun's antecedent. */
  salient: boolean;
  /** Known to be a person by its words: a title, an honorific, a given name, a he/she referring to it. */
  evident: boolean;
}

export interface PersonIndex {
  /** The person a name ("Wang", "Zabihullah Mujahid") refers to, or null. */
  lookup(name: string): Person | null;
  /**
   * The person a pronoun of this gender at `offset` stands for: a person named earlier in the
   * same sentence, else the last speaker of that gender nearby, else the nearest person.
   */
  resolvePronoun(gender: Gender, offset: number, sentenceStart: number): Person | null;
  /** The nearest person before `offset` whose title has the word ("the senator" → Senator Jane Holt). */
  withTitle(word: string, offset: number): Person | null;
  /** Mark a person as a speaker (salient for pronouns) and record an occurrence. */
  noteSpeaker(person: Person, at: number): void;
  readonly people: readonly Person[];
}

const MALE = new Set(MALE_NAMES);
const FEMALE = new Set(FEMALE_NAMES);
const MALE_HON = new Set(MALE_HONORIFICS);
const FEMALE_HON = new Set(FEMALE_HONORIFICS);
const GIVEN = new Set([...MALE_NAMES, ...FEMALE_NAMES]);
/** Gendered pronouns: one lookup tells a word's gender, if it has one. */
const PRONOUN_GENDER = new Map<string, Gender>([
  ...['he', 'him', 'his', 'himself'].map((w): [string, Gender] => [w, 'male']),
  ...['she', 'her', 'hers', 'herself'].map((w): [string, Gender] => [w, 'female']),
]);

function nameTokens(words: readonly Word[]): string[] {
  const out: string[] = [];
  for (const w of words) if (!w.punct && !hasClass(w, SUFFIX | HONORIFIC)) out.push(w.lower);
  return out;
}

/** The gender of a gendered pronoun; every one starts with "h" or "s", which settles most words without a lookup. */
function pronounGender(w: Word): Gender | undefined {
  const c = w.lower.charCodeAt(0);
  return c === 0x68 || c === 0x73 ? PRONOUN_GENDER.get(w.lower) : undefined;
}

interface Occurrence extends Range {
  readonly person: Person;
}

/** How far back (in characters) a pronoun looks for the last speaker of its gender. */
const SPEAKER_REACH = 1500;
/** How many earlier mentions a pronoun considers at most (keeps resolution linear on any input). */
const LOOK_BACK = 200;

/**
 * `paragraphs` are the content; names in `others` (boilerplate: bylines, embedded tweets) only
 * complete people the content names ("Omar" → "Ilhan Omar" from a tweet's byline).
 */
export function buildPersonIndex(ctx: PhraseContext, paragraphs: readonly Paragraph[], quoted: readonly Range[], others: readonly Paragraph[] = []): PersonIndex {
  const people: Person[] = [];
  const byLast = new Map<string, Person>();
  /** Every name word → the people whose name has it (surnames written first: "Wang" of "Wang Qiang"). */
  const byWord = new Map<string, Person[]>();
  const index = (p: Person): void => {
    for (const t of p.tokens) {
      const list = byWord.get(t) ?? [];
      if (!list.includes(p)) list.push(p);
      byWord.set(t, list);
    }
  };
  const found: { range: Range; person: Person | null; after: number; paragraphWords: readonly Word[]; at: number }[] = [];

  /** Name words of a name as written: the same names are looked up again and again. */
  const tokensOf = new Map<string, string[]>();
  const lookup = (name: string): Person | null => {
    let tokens = tokensOf.get(name);
    if (!tokens) tokensOf.set(name, (tokens = nameTokens(wordsIn(name, 0, name.length))));
    if (tokens.length === 0) return null;
    const last = tokens[tokens.length - 1] as string;
    const direct = byLast.get(last);
    if (direct && tokens.every((t) => direct.tokens.includes(t))) return direct;
    if (tokens.length === 1) {
      // a name written surname first ("Wang" of "Wang Qiang"), else any person with that name word
      const holders = byWord.get(last) ?? [];
      let best: Person | null = null;
      for (const p of holders) if (p.tokens[0] === last && (!best || p.tokens.length > best.tokens.length)) best = p;
      if (best) return best;
      for (const p of holders) if (!best || p.tokens.length > best.tokens.length) best = p;
      return best;
    }
    return null;
  };

  const register = (text: string, tokens: string[], size: number, title: string | null, organization: string | null, gender: Gender | null, salient: boolean, create = true): Person | null => {
    const last = tokens[tokens.length - 1] as string;
    let p = byLast.get(last) ?? (tokens.length === 1 ? lookup(text) : null);
    if (!p) {
      if (!create) return null;
      p = { full: text, tokens, size, title, organization, gender, votes: { male: 0, female: 0 }, salient, evident: salient };
      people.push(p);
      byLast.set(last, p);
      index(p);
      return p;
    }
    if (size > p.size) {
      p.full = text;
      p.tokens = tokens;
      p.size = size;
      byLast.set(last, p);
      index(p);
    }
    p.title ??= title;
    p.organization ??= organization;
    p.gender ??= gender;
    p.salient ||= salient;
    p.evident ||= salient;
    return p;
  };

  const singles: { range: Range; after: number; paragraphWords: readonly Word[]; at: number }[] = [];
  /** True when a word of words[a..b], possessive ending aside, is a name word of a known person. */
  const hasKnownWord = (words: readonly Word[], a: number, b: number): boolean => {
    for (let k = a; k <= b; k++) {
      const lower = (words[k] as Word).lower;
      if (byWord.has(lower) || (isPossessiveText(lower) && byWord.has(lower.slice(0, -2)))) return true;
    }
    return false;
  };
  const visit = (para: Paragraph, content: boolean): void => {
    const words = ctx.wordsOf(para);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      const isEnd = (isNameish(w) || (w.text === '.' && ownsDot(words, i - 1))) && !continuesName(words, i);
      if (!isEnd) continue;
      const a = phraseStartBackward(words, i, 0);
      if (a < 0) continue;
      // outside the content a name only completes a known person: skip phrases with no known name word
      if (!content && !hasKnownWord(words, a, i)) continue;
      const phrase = analysePhrase(ctx, words, a, i);
      if (!phrase || phrase.kind !== 'person' || !phrase.name) continue;
      const nameRange = phrase.name;
      const nameWords: Word[] = [];
      for (let k = a; k <= i; k++) {
        const x = words[k] as Word;
        if (x.start >= nameRange.start && x.end <= nameRange.end) nameWords.push(x);
      }
      const tokens = nameTokens(nameWords);
      if (tokens.length === 0) continue;
      let title = phrase.title;
      let organization = phrase.organization;
      if (words[i + 1]?.text === ',') {
        let e = i + 2;
        while (e < words.length && e - i <= 22 && (words[e] as Word).text !== ',' && !endsSentence(words, e)) e++;
        if (e > i + 2) {
          const d = parseApposition(ctx, words, i + 2, e - 1);
          if (d) {
            title ??= d.title;
            organization ??= d.organization;
          }
        }
      }
      let honorific: Word | undefined;
      for (let k = a; k <= i && !honorific; k++) if (hasClass(words[k] as Word, HONORIFIC)) honorific = words[k];
      const gender: Gender | null = honorific && MALE_HON.has(honorific.lower) ? 'male' : honorific && FEMALE_HON.has(honorific.lower) ? 'female' : null;
      // safe as a pronoun's antecedent: a title, an honorific or a known given name (not "Cruise Line", "South Dakota")
      const salient = title !== null || honorific !== undefined || (tokens.length >= 2 && GIVEN.has(tokens[0] as string));
      if (tokens.length === 1 && !salient && !title) {
        if (content) {
          found.push({ range: phrase.name, person: null, after: i + 1, paragraphWords: words, at: a });
          singles.push({ range: phrase.name, after: i + 1, paragraphWords: words, at: a });
        }
        continue;
      }
      const text = ctx.text.slice(phrase.name.start, phrase.name.end);
      const person = register(text, tokens, nameWords.filter((x) => !x.punct).length, title, organization, gender, salient, content);
      if (content && person) found.push({ range: phrase.name, person, after: i + 1, paragraphWords: words, at: a });
    }
  };
  for (const para of paragraphs) visit(para, true);
  // a lone surname that is a sentence's subject and is followed by "he"/"she" is a person too ("Omar asked …, saying she …")
  for (const single of singles) {
    const text = ctx.text.slice(single.range.start, single.range.end);
    if (lookup(text)) continue;
    const before = single.paragraphWords[single.at - 1];
    const next = single.paragraphWords[single.after];
    if (!next || next.punct || isCapitalised(next) || NOT_VERBS.has(next.lower) || PRONOUN_GENDER.has(next.lower) || (before && NOT_VERBS.has(before.lower))) continue;
    const gender = firstPronounAfter(single.paragraphWords, single.after, undefined, single.at);
    if (gender) register(text, [text.toLowerCase()], 1, null, null, gender, true);
  }
  if (byWord.size > 0) {
    // only paragraphs holding a known name word are worth tokenising
    const finder = createWordFinder(ctx.text, others);
    let searched = 0;
    others.forEach((para, i) => {
      if (byWord.size !== searched) {
        finder.add(byWord.keys()); // completing a person may add name words
        searched = byWord.size;
      }
      if (finder.mayContain(i)) visit(para, false);
    });
  }
  // bare surnames ("Cooper") become occurrences of the person they name
  const occurrences: Occurrence[] = [];
  const speakers: Occurrence[] = [];
  let q = 0;
  for (const f of found) {
    const person = f.person ?? lookup(ctx.text.slice(f.range.start, f.range.end));
    if (!person) continue;
    // names inside quotes are not antecedents of the speaker's pronoun
    while (q < quoted.length && (quoted[q] as Range).end <= f.range.start) q++;
    const inQuote = q < quoted.length && (quoted[q] as Range).start <= f.range.start;
    if (!inQuote) occurrences.push({ start: f.range.start, end: f.range.end, person });
    // the first gendered pronoun after the name votes for the person's gender
    const vote = firstPronounAfter(f.paragraphWords, f.after, (x) => lookup(x.text) !== null, f.at);
    if (vote) {
      person.votes[vote]++;
      person.salient = true; // a he/she refers to it: a person
      person.evident = true;
    }
  }
  for (const p of people) {
    if (p.gender) continue;
    const first = p.tokens[0] ?? '';
    if (p.tokens.length >= 2 && MALE.has(first)) p.gender = 'male';
    else if (p.tokens.length >= 2 && FEMALE.has(first)) p.gender = 'female';
    else if (p.votes.male > p.votes.female) p.gender = 'male';
    else if (p.votes.female > p.votes.male) p.gender = 'female';
  }
  occurrences.sort((x, y) => x.start - y.start);

  return {
    people,
    lookup,
    noteSpeaker(person, at) {
      person.salient = true;
      const i = firstFrom(speakers, at);
      if (speakers[i]?.start !== at) speakers.splice(i, 0, { start: at, end: at, person });
    },
    withTitle(word, offset) {
      const has = (p: Person): boolean => p.title !== null && p.title.toLowerCase().split(TITLE_SEPARATORS).includes(word);
      for (const list of [speakers, occurrences]) {
        const n = firstFrom(list, offset);
        for (let i = n - 1; i >= 0 && i >= n - LOOK_BACK; i--) {
          const p = (list[i] as Occurrence).person;
          if (has(p)) return p;
        }
      }
      return null;
    },
    resolvePronoun(gender, offset, sentenceStart) {
      const lo = firstFrom(occurrences, offset);
      const fits = (p: Person): boolean => p.gender === gender || (p.gender === null && p.evident);
      for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK && (occurrences[i] as Occurrence).start >= sentenceStart; i--) {
        const p = (occurrences[i] as Occurrence).person;
        if (fits(p)) return p;
      }
      const last = firstFrom(speakers, offset) - 1;
      let unknownSpeaker: Person | null = null;
      for (let i = last; i >= 0 && i > last - LOOK_BACK && (speakers[i] as Occurrence).start >= offset - SPEAKER_REACH; i--) {
        const p = (speakers[i] as Occurrence).person;
        if (p.gender === gender) return p;
        if (p.gender === null && p.evident && unknownSpeaker === null) unknownSpeaker = p;
      }
      if (unknownSpeaker) return unknownSpeaker; // a speaker whose gender the text never shows
      const seen: Person[] = [];
      let unknown: Person | null = null;
      for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK && seen.length < 12; i--) {
        const p = (occurrences[i] as Occurrence).person;
        if (!p.salient || seen.includes(p)) continue;
        seen.push(p);
        if (p.gender === gender) return p;
        if (p.gender === null && p.evident && seen.length === 1) return p; // the nearest person, gender unknown
        if (p.gender === null && p.evident && unknown === null && seen.length <= 3) unknown = p;
      }
      return unknown;
    },
  };
}

/** Words after which a capitalised word is no subject, or which show it is none ("in Beijing", "Washington and"). */
const NOT_VERBS = new Set(['in', 'at', 'on', 'of', 'to', 'from', 'for', 'with', 'by', 'and', 'or', 'but', 'as', 'into', 'near', 'across', 'the', 'a', 'an']);

/** Gender of the first he/she word within 30 words after words[from], stopping at another known name. `nameStart` is the name's first word. */
function firstPronounAfter(words: readonly Word[], from: number, isName: (w: Word) => boolean = () => false, nameStart = from): Gender | null {
  // a name that opens its sentence (a subject) reaches into the next sentences; any other only to its sentence's end
  const subject = nameStart === 0 || endsSentence(words, nameStart - 1);
  for (let j = from; j < words.length && j < from + 30; j++) {
    const x = words[j] as Word;
    if (!subject && endsSentence(words, j)) return null;
    const gender = pronounGender(x);
    if (gender) return gender;
    if (j > from && isNameish(x) && isName(x)) return null;
  }
  return null;
}

/** True when words[i+1] continues the name phrase (so words[i] is not its end). */
function continuesName(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next) return false;
  if (next.text === '.' && ownsDot(words, i)) return true;
  return isNameish(next) && next.start - (words[i] as Word).end <= 1;
}
