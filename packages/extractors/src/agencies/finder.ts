/**
 * Finder: proposes organisation candidates from the words of a document.
 *  - gazetteer aliases (one trie walk per word, bounded by the longest alias);
 *  - name segments with an institution head ("Ministry of …", "… Police Department");
 *  - names ending in a company or media word ("Sierra Nevada Corporation", "NBC News");
 *  - a place followed by a lower-case institution word ("Shanghai police");
 *  - acronym definitions ("… (MOTIE)", "MPS (Ministry of Public Security)", "…, D4CC,").
 * Segments with no such sign stay `unknown`; evidence.ts may accept them later.
 */
import type { AgencyCategory } from '@claimsift/core';
import { acronymMatches } from './acronym.js';
import type { AliasInfo, Entry, Gazetteer, TrieNode } from './gazetteer.js';
import { COMPANY_PREFIXES, COMPANY_SUFFIXES, HEADS, LOWERCASE_HEAD_PHRASES, MEDIA_SUFFIXES } from './lexicon.js';
import { splitKeys } from './keys.js';
import { Lexical, lexicalOf, placeOf } from './lexical.js';
import { isConnector, isHead, isNamey } from './segments.js';
import type { Heads, Segment } from './segments.js';
import type { Word } from './words.js';

export type Rule = 'gazetteer' | 'head' | 'suffix' | 'place-head' | 'definition' | 'acronym' | 'evidence' | 'platform' | 'blocked';

export interface Candidate {
  /** Word indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  rule: Rule;
  entry: Entry | null;
  alias: AliasInfo | null;
  category: AgencyCategory | null;
  /** Acronym defined for this name in the text ("(MOTIE)"). */
  acronym: string | null;
  /** Index of the segment the candidate came from, or -1. */
  segment: number;
  /** The body this one belongs to, named before it with a possessive ("Communist Party’s | Central Committee"). */
  owner?: Candidate;
  /** First word of the owned body's own name, when `owner` is set. */
  ownedFirst?: number;
}

const OPEN_BRACKET_GAP = /^[ \t\u00a0]?\($/u;
const COMMA_SPACE_GAP = /^,[ \t\u00a0]$/u;
const SPACE_GAP = /^[ \t\u00a0]{1,2}$/u;
const ALIAS_GAP = /^(?:[ \t\u00a0]{1,2}|,[ \t\u00a0]|[ \t\u00a0]?&[ \t\u00a0]?|-|\.)?$/u;

export const FINDER_PATTERNS: readonly RegExp[] = [OPEN_BRACKET_GAP, COMMA_SPACE_GAP, SPACE_GAP, ALIAS_GAP];

// One space, by far the most common gap, is answered without the regex.
const isAliasGap = (gap: string): boolean => gap === ' ' || ALIAS_GAP.test(gap);
const isSpaceGap = (gap: string): boolean => gap === ' ' || SPACE_GAP.test(gap);

const POLICE_WORDS = new Set(['police', 'policing', 'sheriff', "sheriff's", 'constabulary', 'gendarmerie', 'narcotics', 'fbi', 'swat']);
const JUDICIARY_WORDS = new Set(['court', 'courts', 'procuratorate', 'prosecution', 'prosecuting', 'prosecutors', "prosecutor's", 'tribunal']);
const MEDIA_WORDS = new Set(['news', 'press', 'newspaper', 'broadcasting', 'radio', 'television', 'tv', 'newsroom', 'media']);

/** Category of a name from its words: police and courts first, then party, media, company, the head's own. */
export function categoryOfWords(keys: readonly string[], heads: Heads = HEADS): AgencyCategory | null {
  if (keys.some((k) => POLICE_WORDS.has(k))) return 'police';
  // Public security bureaus are China's police ("Beijing Municipal Public Security Bureau").
  if (keys.includes('public') && keys.includes('security') && !keys.includes('ministry') && keys.some((k) => k === 'bureau' || k === 'bureaus' || k === 'department')) return 'police';
  if (keys.some((k) => JUDICIARY_WORDS.has(k))) return 'judiciary';
  if (keys.includes('party') || keys.includes('parties')) return 'party';
  const last = keys[keys.length - 1] ?? '';
  const headKey = keys.find((k) => heads.has(k));
  const hasGovernmentHead = headKey !== undefined && heads.get(headKey)?.category === 'government' && !(headKey === 'agency' && keys.some((k) => MEDIA_WORDS.has(k)));
  if (!hasGovernmentHead && (MEDIA_SUFFIXES.has(last) || keys.some((k) => MEDIA_WORDS.has(k)))) return 'media';
  if (COMPANY_SUFFIXES.has(last) || COMPANY_PREFIXES.has(keys[0] ?? '') || headKey === undefined) return 'company';
  if (headKey !== undefined) return heads.get(headKey)?.category ?? null;
  return null;
}

export interface FinderInput {
  readonly text: string;
  readonly words: readonly Word[];
  readonly blockFirst: Uint8Array;
  readonly segments: readonly Segment[];
  readonly gazetteer: Gazetteer;
  readonly heads: Heads;
  /** Base keys of the words the text writes in lower case. */
  readonly lowerVocabulary: ReadonlySet<string>;
}

export interface Found {
  readonly candidates: Candidate[];
  /** Segments with no sign of being a name, by index. */
  readonly unknown: number[];
  /** Acronyms defined in the text → the candidate that defines them. */
  readonly definitions: Map<string, Candidate>;
  /** Word indices of bracketed acronyms folded into their name's mention. */
  readonly folded: Set<number>;
}

export function findCandidates(input: FinderInput): Found {
  const { words, segments } = input;
  const segmentOf = new Int32Array(words.length).fill(-1);
  for (let index = 0; index < segments.length; index++) {
    const s = segments[index] as Segment;
    for (let k = s.first; k <= s.last; k++) segmentOf[k] = index;
  }
  const candidates: Candidate[] = [...gazetteerMatches(input, segmentOf)];
  const unknown: number[] = [];
  const structural = new Map<number, Candidate>();
  segments.forEach((segment, index) => {
    const c = classifySegment(words, segment, index, input.heads);
    if (c) {
      candidates.push(c);
      structural.set(index, c);
    } else unknown.push(index);
  });
  candidates.push(...placeHeadMatches(words, segments));
  const { definitions, folded, defined } = acronymDefinitions(input, candidates, structural);
  candidates.push(...defined);
  return { candidates, unknown, definitions, folded };
}

const makeCandidate = (words: readonly Word[], first: number, last: number, rule: Rule, segment: number, fields: Partial<Candidate> = {}): Candidate => ({
  first,
  last,
  start: (words[first] as Word).start,
  end: (words[last] as Word).coreEnd,
  rule,
  entry: null,
  alias: null,
  category: null,
  acronym: null,
  segment,
  ...fields,
});

// ---------------------------------------------------------------- gazetteer

function gazetteerMatches(input: FinderInput, segmentOf: Int32Array): Candidate[] {
  const { words, blockFirst, gazetteer, segments, lowerVocabulary } = input;
  const out: Candidate[] = [];
  // In a line of capitals, "WHO" may be the word "who": trust a one-word acronym there only if the text never writes it in lower case.
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as Word;
    if (!mayStartAlias(first, gazetteer)) continue;
    let node: TrieNode | undefined = gazetteer.root;
    let best: { last: number; alias: AliasInfo; possessiveKept: boolean } | null = null;
    for (let j = i; j < words.length && j < i + gazetteer.maxWords + 2 && node; j++) {
      const w = words[j] as Word;
      const base: TrieNode | undefined = walk(node, w.baseParts);
      const full: TrieNode | undefined = w.possessive ? walk(node, w.parts) : undefined;
      // No alias goes on with this word: stop before asking its gap.
      if (!base && !full) break;
      if (j > i && (blockFirst[j] === 1 || !isAliasGap(w.gap))) break;
      if (base?.alias) best = { last: j, alias: base.alias, possessiveKept: false };
      if (w.possessive) {
        if (full?.alias) best = { last: j, alias: full.alias, possessiveKept: true };
        node = full;
      } else node = base;
    }
    if (!best) continue;
    const { alias } = best;
    let start = i;
    if (alias.article) start = i + 1;
    else if (first.key === 'the') continue;
    // An article alias needs "The" as a word of its own ("TheTimes" is one glued word).
    if (start > best.last) continue;
    const firstWord = words[start] as Word;
    if (alias.acronym && firstWord.shape !== 'upper' && !firstWord.shouted) continue;
    if (alias.acronym && firstWord.shouted && best.last === start && lowerVocabulary.has(firstWord.baseKey)) continue;
    // A one-word name that starts a sentence is the common word when the text also writes it in lower case ("Shell companies …").
    if (!alias.acronym && best.last === start && firstWord.sentenceStart && lowerVocabulary.has(firstWord.baseKey)) continue;
    if (!alias.acronym && !alias.lowercase && !isNamey(firstWord) && !firstWord.shouted) continue;
    // A one-word alias must be the whole segment ("Ford" in "Harrison Ford" is not the company).
    const seg = segments[segmentOf[start] ?? -1];
    if (best.last === start && !alias.acronym && seg && (seg.last !== start || (seg.first !== start && !placeOf(words, seg.first, start - 1)))) continue;
    // Not inside a place name ("Emirates" in "United Arab Emirates").
    if (seg && seg.last - seg.first > best.last - start && placeOf(words, seg.first, seg.last)) continue;
    const rule: Rule = alias.entry.kind === 'platform' ? 'platform' : alias.entry.kind === 'not-agency' ? 'blocked' : 'gazetteer';
    const last = words[best.last] as Word;
    out.push({
      ...makeCandidate(words, start, best.last, rule, segmentOf[start] ?? -1, { entry: alias.entry, alias, category: alias.entry.category }),
      end: best.possessiveKept ? last.end : last.coreEnd,
    });
    i = best.last;
  }
  return out;
}

/** Can the word start an alias: a built-in one (a lexical bit), or one of the user's? */
function mayStartAlias(w: Word, gazetteer: Gazetteer): boolean {
  if ((lexicalOf(w) & Lexical.aliasStart) !== 0) return true;
  const user = gazetteer.userFirstKeys;
  // (`parts` differs from `baseParts` only on a possessive: one look-up for every other word.)
  return user.size > 0 && (user.has(w.baseParts[0] ?? '') || (w.possessive && user.has(w.parts[0] ?? '')));
}

function walk(node: TrieNode, parts: readonly string[]): TrieNode | undefined {
  let n: TrieNode | undefined = node;
  for (const p of parts) {
    n = n.next.get(p);
    if (!n) return undefined;
  }
  return n;
}

// ---------------------------------------------------------------- structure

/** A segment with an institution head and a modifier or complement, or a company/media ending. */
function classifySegment(words: readonly Word[], segment: Segment, index: number, heads: Heads): Candidate | null {
  let { first, last } = segment;
  if (words[first]?.shouted || segment.titleDomain) return null;
  let headAt = -1;
  for (let k = first; k <= last; k++) if (isHead(words[k] as Word, heads)) headAt = headAt < 0 ? k : headAt;
  const lastKey = (words[last] as Word).baseKey;
  const suffix = last > first && (COMPANY_SUFFIXES.has(lastKey) || MEDIA_SUFFIXES.has(lastKey) || COMPANY_PREFIXES.has((words[first] as Word).baseKey) || joinedByAmpersand(words, first, last));
  if (headAt < 0 && !suffix) return null;
  // A place is not a body ("West Bank"); "House" needs a place or a complement ("Indiana House", not "Dream House").
  if (placeOf(words, first, last)) return null;
  if (!suffix && onlyHouse(words, first, last, heads) && !leadingPlace(words, first, last) && !hasComplement(words, headAt, last)) return null;
  // Words after the last head with no connector are not part of the name ("Public Prosecution | Eva-Marie Persson").
  if (!suffix) {
    let lastHead = headAt;
    let connectorAfter = false;
    for (let k = headAt; k <= last; k++) {
      const w = words[k] as Word;
      if (isHead(w, heads)) lastHead = k;
      else if (isConnector(w) && k > lastHead) connectorAfter = true;
    }
    if (!connectorAfter) last = lastHead;
  }
  // A leading country adjective or country name stays out of the span when an `of` complement follows the head
  // ("Chinese Ministry of Public Security"), in as part of the name otherwise ("Swedish Prosecution Authority").
  const place = leadingPlace(words, first, last);
  if (place && headAt >= 0 && place.last + 1 === headAt && hasComplement(words, headAt, last) && place.country) first = place.last + 1;
  const content = countContent(words, first, last, place && first === segment.first ? place.last : -1);
  // A place with an institution or a company/media word is a name ("Shanghai Police", "Washington Post", "British Airways").
  if (content < 2 && !(place && !place.adjective && headAt >= 0) && !(place && suffix) && !isCapitalisedLegislature(words, first, last)) return null;
  // (The category reads the segment's words as written, before the span was narrowed.)
  const keys = keysOf(words, segment.first, segment.last);
  return makeCandidate(words, first, last, headAt >= 0 ? 'head' : 'suffix', index, { category: categoryOfWords(keys, heads) });
}

/** "the Legislature", "the Parliament" written with a capital mid-sentence: the one body of the story's state. */
function isCapitalisedLegislature(words: readonly Word[], first: number, last: number): boolean {
  const w = words[first] as Word;
  const previous = words[first - 1];
  return first === last && w.shape === 'cap' && !w.sentenceStart && UNIQUE_BODIES.has(w.baseKey) && previous?.key === 'the' && previous.shape === 'lower';
}

const UNIQUE_BODIES = new Set(['legislature', 'parliament', 'assembly', 'politburo', 'knesset', 'duma', 'bundestag']);

function onlyHouse(words: readonly Word[], first: number, last: number, heads: Heads): boolean {
  let house = false;
  for (let k = first; k <= last; k++) {
    const w = words[k] as Word;
    if (w.baseKey === 'house') house = true;
    else if (isHead(w, heads)) return false;
  }
  return house;
}

/** "Douglas & Lomason", "Procter & Gamble": names joined by an ampersand are firms. */
function joinedByAmpersand(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if ((words[k] as Word).gap.includes('&') && isNamey(words[k - 1] as Word)) return true;
  return false;
}

function hasComplement(words: readonly Word[], headAt: number, last: number): boolean {
  const next = words[headAt + 1];
  return headAt < last && next !== undefined && isConnector(next);
}

/** Content words between first and last, not counting a leading place (up to `placeLast`). */
function countContent(words: readonly Word[], first: number, last: number, placeLast: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) {
    if (k <= placeLast) continue;
    if (!isConnector(words[k] as Word)) n++;
  }
  return n;
}

interface LeadingPlace {
  readonly last: number;
  readonly adjective: boolean;
  /** Only country-level places are left out of a name. */
  readonly country: boolean;
}

function leadingPlace(words: readonly Word[], first: number, last: number): LeadingPlace | null {
  for (let k = Math.min(last - 1, first + 3); k >= first; k--) {
    const info = placeOf(words, first, k);
    if (info) return { last: k, adjective: info.adjective, country: info.national };
  }
  return null;
}


/** "Shanghai police", "Inner Mongolia health commission": a capitalised place and a lower-case institution. */
// First words of the lower-case head phrases: a segment not followed by one cannot match.
const HEAD_PHRASE_FIRST: ReadonlySet<string> = new Set(LOWERCASE_HEAD_PHRASES.map((phrase) => phrase[0] ?? ''));

function placeHeadMatches(words: readonly Word[], segments: readonly Segment[]): Candidate[] {
  const out: Candidate[] = [];
  segments.forEach((segment, index) => {
    const next = words[segment.last + 1];
    if (next === undefined || next.shape !== 'lower' || !HEAD_PHRASE_FIRST.has(next.baseKey)) return;
    const place = placeOf(words, segment.first, segment.last);
    if (place?.adjective || segment.afterTitle) return;
    if (!place && segment.last > segment.first + 2) return;
    if ((words[segment.last] as Word).possessive) return;
    for (const phrase of LOWERCASE_HEAD_PHRASES) {
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) {
        const w = words[segment.last + 1 + k];
        ok = w !== undefined && w.shape === 'lower' && isSpaceGap(w.gap) && w.baseKey === phrase[k];
      }
      if (!ok) continue;
      const last = segment.last + phrase.length;
      out.push(makeCandidate(words, segment.first, last, 'place-head', index, { category: categoryOfWords(phrase) }));
      return;
    }
  });
  return out;
}

// ---------------------------------------------------------------- acronym definitions

function acronymDefinitions(input: FinderInput, candidates: readonly Candidate[], structural: ReadonlyMap<number, Candidate>) {
  const { text, words, segments, gazetteer } = input;
  const definitions = new Map<string, Candidate>();
  const folded = new Set<number>();
  const defined: Candidate[] = [];
  const byLastWord = new Map<number, Candidate>();
  for (const c of candidates) {
    const previous = byLastWord.get(c.last);
    if (c.rule !== 'blocked' && c.rule !== 'platform' && (!previous || c.end - c.start > previous.end - previous.start)) byLastWord.set(c.last, c);
  }
  segments.forEach((segment, index) => {
    const a = segment.last + 1;
    const acr = words[a];
    if (!acr || acr.shape !== 'upper' || acr.shouted) return;
    const nameKeys = keysOf(words, segment.first, segment.last);
    const contentWords = nameKeys.filter((k) => k !== 'of' && k !== 'and' && k !== 'for' && k !== 'the').length;
    const bracketed = OPEN_BRACKET_GAP.test(acr.gap) && text[acr.end] === ')';
    const commaSet = COMMA_SPACE_GAP.test(acr.gap) && text[acr.end] === ',';
    if (!bracketed && !commaSet) return;
    const existing = byLastWord.get(segment.last) ?? structural.get(index) ?? null;
    const matches = contentWords >= 2 && acronymMatches(acr.text, nameKeys, { loose: bracketed });
    const known = gazetteer.byAcronym.get(acr.text);
    let candidate: Candidate | null = null;
    if (matches && (existing || commaSet)) {
      candidate = existing ?? makeCandidate(words, segment.first, segment.last, 'definition', index, { category: categoryOfWords(nameKeys) });
    } else if (!matches && known && existing && sharesWords(nameKeys, known.name)) {
      // A garbled name whose acronym identifies it: "Cyberspace Space Administration (CAC)".
      candidate = existing;
      candidate.entry = known;
      candidate.category = known.category;
    }
    if (!candidate) return;
    candidate.acronym = acr.text;
    if (!definitions.has(acr.text)) definitions.set(acr.text, candidate);
    if (candidate !== existing) defined.push(candidate);
    if (bracketed) folded.add(a);
  });
  // "MPS (Ministry of Public Security)": the acronym first, its name in brackets.
  for (let k = 0; k + 1 < words.length; k++) {
    const acr = words[k] as Word;
    if (acr.shape !== 'upper' || acr.shouted || definitions.has(acr.text)) continue;
    const inside = byStart(candidates, k + 1);
    if (!inside || !OPEN_BRACKET_GAP.test((words[k + 1] as Word).gap) || text[(words[inside.last] as Word).end] !== ')') continue;
    if (!acronymMatches(acr.text, keysOf(words, inside.first, inside.last), { loose: true })) continue;
    inside.acronym = acr.text;
    definitions.set(acr.text, inside);
  }
  return { definitions, folded, defined };
}

function byStart(candidates: readonly Candidate[], first: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (c.first === first && c.rule !== 'blocked' && (!best || c.last > best.last)) best = c;
  return best;
}

export function keysOf(words: readonly Word[], first: number, last: number): string[] {
  const keys: string[] = [];
  for (let k = first; k <= last; k++) for (const part of (words[k] as Word).baseParts) keys.push(part);
  return keys;
}

const WEAK = new Set(['of', 'and', 'for', 'the', 'on', 'china', 'chinese', 'national', 'state']);

/** At least two distinctive words in common with a gazetteer name ("Cyberspace … Administration"). */
function sharesWords(keys: readonly string[], name: string): boolean {
  const nameKeys = new Set(splitKeys(name));
  let shared = 0;
  for (const k of new Set(keys)) if (!WEAK.has(k) && nameKeys.has(k)) shared++;
  return shared >= 2;
}
