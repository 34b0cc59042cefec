/**
 * Word classes as bits: the lexicon lists a lower-cased word is on, looked up once when the
 * word is tokenised. The speaker-phrase parsers ask these questions of the same words again
 * and again (is it a title, a particle, a cue?); a bit test answers where a set lookup would.
 */
import {
  CUE_ADVERBS,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  FEMALE_NAMES,
  HONORIFICS,
  INSTITUTION_NOUNS,
  MALE_NAMES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_NAME_WORDS,
  NON_SPEAKER_HEADS,
  NUMBER_WORDS,
  ORG_NAME_TAILS,
  ORG_WORDS,
  PHRASE_DETERMINERS,
  PREPOSITIONAL_CUES,
  PRONOUNS,
  SPEECH_PERSON_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
  WEAK_CUES,
} from './lexicon.js';
import { hashStep, lowerCode, someRun } from './runs.js';

export const TITLE = 1 << 0;
export const HONORIFIC = 1 << 1;
export const QUALIFIER = 1 << 2;
export const PARTICLE = 1 << 3;
export const SUFFIX = 1 << 4;
export const NON_NAME = 1 << 5;
export const NON_HEAD = 1 << 6;
export const INSTITUTION = 1 << 7;
export const DOCUMENT = 1 << 8;
export const ORG = 1 << 9;
export const ORG_TAIL = 1 << 10;
export const GIVEN = 1 << 11;
export const DETERMINER = 1 << 12;
export const NUMBER_WORD = 1 << 13;
export const PRONOUN = 1 << 14;
export const ABBREVIATION = 1 << 15;
export const CUE = 1 << 16;
export const WEAK_CUE = 1 << 17;
/** First word of a two-word cue ("according"). */
export const CUE_PAIR = 1 << 18;
export const CUE_ADVERB = 1 << 19;
export const SPEECH = 1 << 20;

/** Words after which a period belongs to the word ("Dr.", "Rep.", "Jr."). */
export const DOTTED = HONORIFIC | SUFFIX | ABBREVIATION;

const LISTS: readonly (readonly [number, readonly string[]])[] = [
  [TITLE, TITLE_WORDS],
  [HONORIFIC, HONORIFICS],
  [QUALIFIER, TITLE_QUALIFIERS],
  [PARTICLE, NAME_PARTICLES],
  [SUFFIX, NAME_SUFFIXES],
  [NON_NAME, NON_NAME_WORDS],
  [NON_HEAD, NON_SPEAKER_HEADS],
  [INSTITUTION, INSTITUTION_NOUNS],
  [DOCUMENT, DOCUMENT_NOUNS],
  [ORG, ORG_WORDS],
  [ORG_TAIL, ORG_NAME_TAILS],
  [GIVEN, [...MALE_NAMES, ...FEMALE_NAMES]],
  [DETERMINER, PHRASE_DETERMINERS],
  [NUMBER_WORD, NUMBER_WORDS],
  [PRONOUN, Object.keys(PRONOUNS)],
  [ABBREVIATION, TITLE_ABBREVIATIONS],
  [CUE, CUE_VERBS],
  [WEAK_CUE, WEAK_CUES],
  [CUE_PAIR, PREPOSITIONAL_CUES.map((c) => c.split(' ')[0] as string)],
  [CUE_ADVERB, CUE_ADVERBS],
  [SPEECH, SPEECH_PERSON_WORDS],
];

// Every listed word in an open-addressing table keyed by a hash of its code units: a fresh
// token's lookup is a short loop over its characters and an array probe, cheaper than hashing
// a new string for a Map. A word found in its slot is compared in full.

/** A power of two, four times the listed words or more: probe runs stay short, and there is always a free slot. */
const SLOTS = 1 << Math.ceil(Math.log2(4 * LISTS.reduce((n, [, list]) => n + list.length, 1)));
const slots = new Int32Array(SLOTS).fill(-1);
const words: string[] = [];
const classes: number[] = [];

const slotOf = (s: string): number => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h & (SLOTS - 1);
};

for (const [bit, list] of LISTS) {
  for (const w of list) {
    let k = slotOf(w);
    while (slots[k] !== -1 && words[slots[k] as number] !== w) k = (k + 1) & (SLOTS - 1);
    if (slots[k] === -1) {
      slots[k] = words.length;
      words.push(w);
      classes.push(0);
    }
    const e = slots[k] as number;
    classes[e] = (classes[e] as number) | bit;
  }
}

/** The classes of a lower-cased word (0: on no list). */
export function classesOf(lower: string): number {
  for (let k = slotOf(lower); ; k = (k + 1) & (SLOTS - 1)) {
    const e = slots[k] as number;
    if (e === -1) return 0;
    if (words[e] === lower) return classes[e] as number;
  }
}

/** True when the word is on a list of any of the classes in `bits`. */
export const hasClass = (w: { readonly classes: number }, bits: number): boolean => (w.classes & bits) !== 0;

/** The classes of the listed word equal to lower-cased text[start, end), whose code units hash to `h`; 0 if none. */
function classesOfRun(h: number, text: string, start: number, end: number): number {
  for (let k = h & (SLOTS - 1); ; k = (k + 1) & (SLOTS - 1)) {
    const e = slots[k] as number;
    if (e === -1) return 0;
    const w = words[e] as string;
    if (w.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < w.length && same; i++) same = w.charCodeAt(i) === lowerCode(text.charCodeAt(start + i));
    if (same) return classes[e] as number;
  }
}

/**
 * The classes of the runs of ASCII letters and digits in text[start, end), lower-cased and
 * OR-ed: which listed words a stretch may hold, without tokenising it. Every word of plain
 * letters (the cues) is one such run; a listed word with an apostrophe ("i’m") opens with a run
 * listed in the same class ("i"). So a class missing here is on no word of the stretch.
 */
export function runClasses(text: string, start: number, end: number): number {
  let out = 0;
  someRun(text, start, end, (h, runStart, runEnd) => {
    out |= classesOfRun(h, text, runStart, runEnd);
    return false;
  });
  return out;
}
