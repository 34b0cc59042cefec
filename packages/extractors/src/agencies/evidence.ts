/**
 * Evidence for names with no institution word ("Astrobotic", "Tyvak", "Blue Origin"):
 *  - the same name elsewhere in the text is already an organisation;
 *  - a one-word short form of a longer organisation name in the text ("Tyvak" → Tyvak
 *    Nano-Satellite Systems) or the last word of a media name ("Times");
 *  - a cue word next to it ("Boeing shares", "rival Airbus", "analysts at Jefferies");
 *  - a glued brand name ("SpaceX", "OrbitBeyond");
 *  - a coordinated list in which other members are organisations
 *    ("Astrobotic, Deep Space Systems, Draper, …").
 * Places, titles and sentence starters that the text also writes in lower case are refused.
 */
import type { Candidate } from './finder.js';
import { acronymMatches } from './acronym.js';
import { keysOf } from './finder.js';
import {
  ACTOR_VERBS, COMPANY_SUFFIXES, GIVEN_NAMES, GENERIC_MODIFIERS, HEADS, MEDIA_SUFFIXES, NOT_ORG_ACRONYMS, ORG_FOLLOWERS,
  ORG_PRECEDER_PAIRS, ORG_PRECEDERS, STOP_WORDS, TITLES,
} from './lexicon.js';
import { Lexical, lexicalOf, placeOf } from './lexical.js';
import { PLACES } from './places.js';
import type { Segment } from './segments.js';
import { joinBaseKeys } from './words.js';
import type { Word } from './words.js';

// What may stand between two members of a list: a comma, "and", "or", "&", or ", and".
const LIST_GAP = /^(?:[ \t\u00a0]*,)?[ \t\u00a0]*(?:(?:and|or|&)[ \t\u00a0]+)?$/u;
// Plurals of peoples and groups ("Africans", "Kurds" aside), adjectives of nations ("Chinese", "Danish").
const DEMONYM_END = /(?:ans|ese|ish|ers)$/u;
const SPACE = /^[ \t\u00a0]{1,2}$/u;
const COMMA_GAP = /^,[ \t\u00a0]$/u;
// A list needs a conjunction somewhere; commas alone make appositions ("Matt Harris, Columbus Police …").
const CONJUNCTION = /(?:^|[ \t\u00a0])(?:and|or|&)[ \t\u00a0]/u;

export const EVIDENCE_PATTERNS: readonly RegExp[] = [LIST_GAP, SPACE, COMMA_GAP, CONJUNCTION, DEMONYM_END];

// One space, by far the most common gap, is answered without the regex.
const isSpace = (gap: string): boolean => gap === ' ' || SPACE.test(gap);

export interface EvidenceInput {
  readonly text: string;
  readonly words: readonly Word[];
  readonly segments: readonly Segment[];
  readonly unknown: readonly number[];
  readonly accepted: readonly Candidate[];
  /** Base keys of the words the text writes in lower case. */
  readonly lowerVocabulary: ReadonlySet<string>;
  /** Base keys of capitalised words met inside a sentence. */
  readonly midSentenceNames: ReadonlySet<string>;
}

export function acceptByEvidence(input: EvidenceInput): Candidate[] {
  const { words, segments, text, lowerVocabulary, midSentenceNames } = input;
  // Each segment's key and plausibility are computed once: the rounds below ask them again and again.
  const segmentKeys = new Array<string | null>(segments.length).fill(null);
  const keyOfSegment = (i: number): string => (segmentKeys[i] ??= keyOf(words, segments[i] as Segment));
  const plausibility = new Uint8Array(segments.length); // 0 not asked yet, 1 plausible, 2 not
  const isPlausible = (i: number): boolean => {
    if (plausibility[i] === 0) plausibility[i] = plausibleName(words, segments[i] as Segment, lowerVocabulary) ? 1 : 2;
    return plausibility[i] === 1;
  };

  const acceptedKeys = new Map<string, Candidate>();
  const firstWords = new Map<string, Candidate>();
  const mediaLastWords = new Map<string, Candidate>();
  const noteAccepted = (c: Candidate) => {
    acceptedKeys.set(joinBaseKeys(words, c.first, c.last), c);
    const firstWord = words[c.first] as Word;
    if (c.last > c.first && !PLACES.has(firstWord.baseKey) && !HEADS.has(firstWord.baseKey) && !STOP_WORDS.has(firstWord.baseKey) && !GENERIC_MODIFIERS.has(firstWord.baseKey)) {
      if (!firstWords.has(firstWord.baseKey)) firstWords.set(firstWord.baseKey, c);
    }
    if (c.last > c.first && c.category === 'media') mediaLastWords.set((words[c.last] as Word).baseKey, c);
  };
  for (const c of input.accepted) if (c.rule !== 'blocked' && c.rule !== 'platform') noteAccepted(c);

  const out: Candidate[] = [];
  const pending = new Set(input.unknown);
  const accept = (index: number, category: Candidate['category']) => {
    const s = segments[index] as Segment;
    const c: Candidate = {
      first: s.first,
      last: s.last,
      start: (words[s.first] as Word).start,
      end: (words[s.last] as Word).coreEnd,
      rule: 'evidence',
      entry: null,
      alias: null,
      category,
      acronym: null,
      segment: index,
    };
    out.push(c);
    pending.delete(index);
    noteAccepted(c);
  };

  // Local signs: cue words and glued brand names.
  for (const index of input.unknown) {
    const s = segments[index] as Segment;
    if (!isPlausible(index)) continue;
    // A cue next to a capitalised sentence starter proves little ("Sometimes employees …") unless the text
    // also capitalises the word mid-sentence.
    const w = words[s.first] as Word;
    const weakStart = s.first === s.last && w.sentenceStart && !midSentenceNames.has(w.baseKey);
    if (hasAppositionCue(words, s) || (hasCue(words, s) && !weakStart)) accept(index, 'company');
  }
  // A name written alone again and again, never after a first name, a title or "in": a firm or body, not a person or place.
  for (const index of standaloneNames(words, segments, input.unknown, lowerVocabulary)) if (pending.has(index)) accept(index, 'company');
  // Lists, then repetitions and short forms, twice so that each can feed the other.
  // "Wee of the Times": the last word of an outlet's name written earlier.
  for (const index of [...pending]) {
    const s = segments[index] as Segment;
    const w = words[s.first] as Word;
    const previous = words[s.first - 1];
    const outlet = mediaLastWords.get(w.baseKey);
    if (s.first === s.last && outlet && previous?.key === 'the' && previous.shape === 'lower' && !s.afterTitle) accept(index, outlet.category);
  }
  const lists = coordinatedLists(text, words, segments);
  for (let round = 0; round < 2; round++) {
    for (const list of lists) {
      const knownCandidates = list.map((i) => acceptedKeys.get(keyOfSegment(i))).filter((c) => c !== undefined);
      const places = list.filter((i) => isPlace(words, segments[i] as Segment));
      if (places.length > 0) continue;
      // Two known members vouch for the rest, or one company or outlet (not a party: "Holcomb and GOP").
      const withFirm = knownCandidates.some((c) => c.category === 'company' || c.category === 'media');
      if (knownCandidates.length < 2 && !withFirm) continue;
      for (const i of list) if (pending.has(i) && isPlausible(i)) accept(i, 'company');
    }
    for (const index of [...pending]) {
      const s = segments[index] as Segment;
      if (!isPlausible(index)) continue;
      const same = acceptedKeys.get(keyOfSegment(index));
      if (same) {
        accept(index, same.category);
        continue;
      }
      if (s.first !== s.last) continue;
      const w = words[s.first] as Word;
      const longer = firstWords.get(w.baseKey) ?? (w.sentenceStart ? undefined : mediaLastWords.get(w.baseKey));
      if (longer) accept(index, longer.category);
    }
  }
  return out;
}

const LOCATIVES = new Set(['in', 'near', 'across', 'outside', 'around', 'throughout', 'from', 'to', 'into', 'visit', 'visited']);

/** Segments of one capitalised word that the text writes alone at least twice and never as part of a longer name. */
function standaloneNames(words: readonly Word[], segments: readonly Segment[], unknown: readonly number[], lowerVocabulary: ReadonlySet<string>): number[] {
  const alone = new Map<string, number[]>();
  const refused = new Set<string>();
  segments.forEach((s) => {
    if (s.first !== s.last) {
      for (let k = s.first; k <= s.last; k++) refused.add((words[k] as Word).baseKey);
      return;
    }
    const w = words[s.first] as Word;
    const previous = words[s.first - 1];
    if (s.afterTitle || (previous && previous.shape === 'lower' && LOCATIVES.has(previous.key)) || (previous && TITLES.has(previous.baseKey))) refused.add(w.baseKey);
  });
  for (const index of unknown) {
    const s = segments[index] as Segment;
    if (s.first !== s.last) continue;
    const w = words[s.first] as Word;
    if (w.shape !== 'cap' || w.shouted || w.text.length < 3 || DEMONYM_END.test(w.baseKey) || lowerVocabulary.has(w.baseKey)) continue;
    const list = alone.get(w.baseKey) ?? [];
    list.push(index);
    alone.set(w.baseKey, list);
  }
  const out: number[] = [];
  for (const [key, list] of alone) {
    if (list.length < 2 || refused.has(key) || PLACES.has(key) || STOP_WORDS.has(key) || TITLES.has(key)) continue;
    if (list.every((i) => (words[(segments[i] as Segment).first] as Word).sentenceStart)) continue;
    // It must act at least once ("Comelf said", "Boeing announced"): products and species do not.
    if (!list.some((i) => acts(words, (segments[i] as Segment).last))) continue;
    out.push(...list);
  }
  return out;
}

function acts(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  return next !== undefined && next.shape === 'lower' && isSpace(next.gap) && ACTOR_VERBS.has(next.key);
}

const keyOf = (words: readonly Word[], s: Segment): string => joinBaseKeys(words, s.first, s.last);
const isPlace = (words: readonly Word[], s: Segment): boolean => placeOf(words, s.first, s.last) !== undefined;

function plausibleName(words: readonly Word[], s: Segment, lowerVocabulary: ReadonlySet<string>): boolean {
  const first = words[s.first] as Word;
  if (s.afterTitle || first.shouted || isPlace(words, s)) return false;
  if (s.last - s.first > 4) return false;
  for (let k = s.first; k <= s.last; k++) {
    const w = words[k] as Word;
    if ((lexicalOf(w) & Lexical.notInName) !== 0) return false;
  }
  // A given name and a surname is a person ("Joe Biden").
  if (s.last === s.first + 1 && GIVEN_NAMES.has(first.baseKey)) return false;
  if (s.first === s.last && (COMPANY_SUFFIXES.has(first.baseKey) || MEDIA_SUFFIXES.has(first.baseKey))) return false;
  if (s.first === s.last) {
    if (first.text.length < 2 || first.shape === 'upper') return false;
    // A capitalised sentence starter the text also writes in lower case is a common word.
    if (first.sentenceStart && lowerVocabulary.has(first.baseKey)) return false;
    if (lowerVocabulary.has(first.baseKey)) return false;
  }
  return true;
}

/** "Ceres Robotics, a Palo Alto-based company": an apposition naming a kind of organisation. */
function hasAppositionCue(words: readonly Word[], s: Segment): boolean {
  const article = words[s.last + 1];
  if (!article || !COMMA_GAP.test(article.gap) || !APPOSITION_ARTICLES.has(article.key) || article.shape !== 'lower') return false;
  for (let k = s.last + 2; k < words.length && k <= s.last + 6; k++) {
    const w = words[k] as Word;
    if (!isSpace(w.gap)) return false;
    if (w.shape === 'lower' && APPOSITION_KINDS.has(w.baseKey)) {
      // The kind must head the phrase: "a Texas-based company that …", not "a former agency official".
      const after = words[k + 1];
      return after === undefined || !isSpace(after.gap) || APPOSITION_ENDERS.has(after.key);
    }
  }
  return false;
}

const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);
const APPOSITION_KINDS = new Set(
  'company firm maker manufacturer carrier airline retailer startup start-up lender insurer bank outlet newspaper broadcaster agency conglomerate developer supplier operator publisher chain brand subsidiary nonprofit'.split(' '),
);
const APPOSITION_ENDERS = new Set(['that', 'which', 'based', 'in', 'of', 'with', 'from', 'for', 'and', 'whose', 'founded', 'headquartered', 'owned', 'run', 'known']);

function hasCue(words: readonly Word[], s: Segment): boolean {
  const following = words[s.last + 1];
  const next = following && isSpace(following.gap) ? following : undefined;
  if (next && next.shape === 'lower' && ORG_FOLLOWERS.has(next.baseKey) && !(words[s.last] as Word).possessive) return true;
  if (next && (words[s.last] as Word).possessive && ORG_FOLLOWERS.has(next.baseKey)) return true;
  const last = words[s.last] as Word;
  if (COMPANY_SUFFIXES.has(last.baseKey) || MEDIA_SUFFIXES.has(last.baseKey)) return false;
  const p1 = isSpace((words[s.first] as Word).gap) ? words[s.first - 1] : undefined;
  const p2 = p1 && isSpace(p1.gap) ? words[s.first - 2] : undefined;
  if (p1 && p1.shape === 'lower' && ORG_PRECEDERS.has(p1.baseKey)) return true;
  return Boolean(p1 && p2 && p1.shape === 'lower' && ORG_PRECEDER_PAIRS.has(`${p2.key} ${p1.key}`));
}

/** Runs of segments separated only by list punctuation, within a line: each run is a list. */
function coordinatedLists(text: string, words: readonly Word[], segments: readonly Segment[]): number[][] {
  const lists: number[][] = [];
  let current: number[] = [];
  let conjunction = false;
  const flush = () => {
    if (current.length >= 2 && conjunction) lists.push(current);
  };
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const previous = segments[i - 1];
    const from = previous ? (words[previous.last] as Word).end : 0;
    const to = (words[s.first] as Word).start;
    // (Only short gaps can join a list: only those are sliced.)
    const between = previous && to - from < 8 ? text.slice(from, to) : null;
    const joined = between !== null && between.trim() !== '' && LIST_GAP.test(between);
    if (joined) {
      current.push(i);
      if (CONJUNCTION.test(between as string)) conjunction = true;
    } else {
      flush();
      current = [i];
      conjunction = false;
    }
  }
  flush();
  return lists;
}


// An acronym that can act on its own: capitals only, dotted or not ("KNU", "U.N.").
const ACTING_ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const DOTS = /\./gu;
// A ticker symbol follows a colon or an exchange name: "(ticker: HD)", "(NYSE: BA)".
const TICKER_GAP = /:[ \t]?$/u;
const TICKER_WORDS = new Set(['ticker', 'nyse', 'nasdaq', 'symbol', 'hkex', 'tsx', 'lse']);

export const ACRONYM_EVIDENCE_PATTERNS: readonly RegExp[] = [ACTING_ACRONYM, DOTS, TICKER_GAP];

/** Upper-case words that the text defines or that abbreviate a name written in it ("CBP"). */
export function acceptAcronyms(words: readonly Word[], segments: readonly Segment[], unknown: readonly number[], named: readonly Candidate[], definitions: ReadonlyMap<string, Candidate>): Candidate[] {
  const out: Candidate[] = [];
  // Distinct written names, bounded so that matching stays linear in the text; gathered for the first acronym that needs them.
  let fullNames: string[][] | null = null;
  const namesWritten = (): string[][] => {
    if (fullNames) return fullNames;
    const distinct = new Map<string, string[]>();
    for (const c of named) {
      if (c.last === c.first || distinct.size >= 256) continue;
      const keys = keysOf(words, c.first, c.last);
      distinct.set(keys.join(' '), keys);
    }
    return (fullNames = [...distinct.values()]);
  };
  const abbreviating = new Map<string, boolean>();
  for (const index of unknown) {
    const s = segments[index] as Segment;
    const w = words[s.last] as Word;
    if (w.shape !== 'upper' || w.shouted || isTicker(words, s.last)) continue;
    const acronym = w.text.slice(0, w.coreEnd - w.start);
    const next = words[s.last + 1];
    // An acronym that acts ("the PKK said", "KDP officials") names an organisation: people are not written in capitals.
    const bracketed = w.gap.endsWith('(');
    const acts = !bracketed && ACTING_ACRONYM.test(acronym) && !NOT_ORG_ACRONYMS.has(acronym.replace(DOTS, '')) && next !== undefined && next.shape === 'lower' && (ACTOR_VERBS.has(next.key) || ORG_FOLLOWERS.has(next.key)) && acronym.length >= 2 && acronym.length <= 6;
    let abbreviates = abbreviating.get(acronym);
    if (abbreviates === undefined) {
      abbreviates = namesWritten().some((keys) => keys.length >= 2 && acronymMatches(acronym, keys));
      abbreviating.set(acronym, abbreviates);
    }
    const known = acts || definitions.has(acronym) || abbreviates;
    if (!known) continue;
    out.push({ first: s.first, last: s.last, start: (words[s.first] as Word).start, end: w.coreEnd, rule: 'acronym', entry: null, alias: null, category: definitions.get(acronym)?.category ?? null, acronym: null, segment: index });
  }
  return out;
}

/** A ticker symbol: "(ticker: HD)", "(NYSE: BA)". */
function isTicker(words: readonly Word[], index: number): boolean {
  const w = words[index] as Word;
  const previous = words[index - 1];
  return TICKER_GAP.test(w.gap) || (previous !== undefined && TICKER_WORDS.has(previous.key));
}
