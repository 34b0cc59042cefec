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

const CLASSES = new Map<string, number>();
for (const [bit, list] of LISTS) for (const w of list) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);

/** The classes of a lower-cased word (0: on no list). */
export const classesOf = (lower: string): number => CLASSES.get(lower) ?? 0;

/** True when the word is on a list of any of the classes in `bits`. */
export const hasClass = (w: { readonly classes: number }, bits: number): boolean => (w.classes & bits) !== 0;
