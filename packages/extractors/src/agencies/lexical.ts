/**
 * A word's memberships in the fixed word lists (lexicon.ts, places.ts) as bits, looked up once
 * per spelling: the passes over every word ask these instead of a set per word.
 */
import { compileGazetteer } from './gazetteer.js';
import { AFFILIATION_WORDS, CONNECTORS, GENERIC_NOUNS, GENERIC_PHRASES, HEADS, STOP_WORDS, TITLES, COMPANY_SUFFIXES } from './lexicon.js';
import { PLACES } from './places.js';
import type { PlaceInfo } from './places.js';
import { joinBaseKeys, spellingBits } from './words.js';
import type { Word, WordSpelling } from './words.js';

export const Lexical = {
  /** `key` is a connector ("of", "and"). */
  connector: 1,
  /** `baseKey` or the last part is a built-in institution head. */
  head: 2,
  /** `baseKey` is a company suffix. */
  companySuffix: 4,
  /** `baseKey` is a title of a person. */
  title: 8,
  /** `key` is a stop word. */
  stop: 16,
  /** `baseKey` is a one-word place. */
  place: 32,
  /** `key` is the first word of a place of several words ("new" of "New York"). */
  placeStart: 64,
  /** The word may start a generic reference: a phrase's first word, a generic noun, or one glued to "the". */
  reference: 128,
  /** The word can start an alias of the built-in gazetteer (its first part, or that part with the possessive). */
  aliasStart: 256,
  /** `baseKey` is a title, a stop word or an affiliation word: no bare name contains it. */
  notInName: 512,
} as const;

// First words of places of several words: only these can start one ("New York"), so only they are joined and looked up.
const LONG_PLACES = [...PLACES.keys()].map((k) => k.split(' ')).filter((k) => k.length > 1);
const LONG_PLACE_STARTS: ReadonlySet<string> = new Set(LONG_PLACES.map((k) => k[0] ?? ''));
const MAX_PLACE_WORDS = Math.max(1, ...LONG_PLACES.map((k) => k.length));
const BUILTIN_ALIAS_STARTS: ReadonlyMap<string, unknown> = compileGazetteer().root.next;
const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(GENERIC_PHRASES.map((p) => p.words[0] ?? ''));

function classify(w: WordSpelling): number {
  const { key, baseKey } = w;
  const lastPart = w.parts[w.parts.length - 1] ?? '';
  let bits = 0;
  if (CONNECTORS.has(key)) bits |= Lexical.connector;
  if (HEADS.has(baseKey) || HEADS.has(lastPart)) bits |= Lexical.head;
  if (COMPANY_SUFFIXES.has(baseKey)) bits |= Lexical.companySuffix;
  if (TITLES.has(baseKey)) bits |= Lexical.title;
  if (STOP_WORDS.has(key)) bits |= Lexical.stop;
  if (PLACES.has(baseKey)) bits |= Lexical.place;
  if (LONG_PLACE_STARTS.has(key)) bits |= Lexical.placeStart;
  if (PHRASE_FIRST_WORDS.has(baseKey) || GENERIC_NOUNS.has(key) || (key.startsWith('the') && GENERIC_NOUNS.has(key.slice(3)))) bits |= Lexical.reference;
  if (TITLES.has(baseKey) || STOP_WORDS.has(baseKey) || AFFILIATION_WORDS.has(baseKey)) bits |= Lexical.notInName;
  if (BUILTIN_ALIAS_STARTS.has(w.baseParts[0] ?? '') || (w.possessive && BUILTIN_ALIAS_STARTS.has(w.parts[0] ?? ''))) bits |= Lexical.aliasStart;
  return bits;
}

/** The `Lexical` bits of a word. */
export const lexicalOf = (w: Word): number => spellingBits(w, classify);

/** The place that words[first..last] name, if any; keys are joined only when the first word can start a longer place. */
export function placeOf(words: readonly Word[], first: number, last: number): PlaceInfo | undefined {
  const bits = lexicalOf(words[first] as Word);
  if (first === last) return (bits & Lexical.place) !== 0 ? PLACES.get((words[first] as Word).baseKey) : undefined;
  if (last - first >= MAX_PLACE_WORDS || (bits & Lexical.placeStart) === 0) return undefined;
  return PLACES.get(joinBaseKeys(words, first, last));
}

/** Can a place name start with this key (a one-word place, or the first word of a longer one)? */
export const mayStartPlace = (key: string): boolean => PLACES.has(key) || LONG_PLACE_STARTS.has(key);
