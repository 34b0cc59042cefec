/**
 * The agency extractor (SPEC §3 agency): named organisations with a canonical name, acronym,
 * category, parent and country. Finder (words → segments → candidates from the gazetteer,
 * institution structure, acronym definitions), evidence for bare names, refiners (platforms,
 * look-alikes, overlaps), canonicaliser. Generic references ("the ministry") go to
 * `doc.data.agencyReferences`, resolved to the agency they stand for.
 */
import { defineExtractor } from '@claimsift/core';
import type { AgencyCategory, Doc, Extractor, MentionDraft } from '@claimsift/core';
import { ACRONYM_PATTERNS, acronymMatches } from './acronym.js';
import { CANONICAL_PATTERNS, canonicalise } from './canonical.js';
import { EVIDENCE_PATTERNS, acceptByEvidence } from './evidence.js';
import { FINDER_PATTERNS, findCandidates, keysOf } from './finder.js';
import type { Candidate, Rule } from './finder.js';
import { GAZETTEER_PATTERNS, compileGazetteer } from './gazetteer.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { ACTOR_VERBS, AFFILIATION_FOLLOWERS, GIVEN_NAMES, HEADS, NOT_ORG_ACRONYMS, ORG_FOLLOWERS, TITLES } from './lexicon.js';
import type { HeadInfo } from './lexicon.js';
import { PLACES } from './places.js';
import { REFERENCE_PATTERNS, findReferences } from './references.js';
import { SEGMENT_PATTERNS, buildSegments } from './segments.js';
import type { Heads, Segment } from './segments.js';
import { WORD_PATTERNS, scanWords, wordKey } from './words.js';
import type { Word } from './words.js';

export type { GazetteerEntry } from './gazetteer.js';
export type { AgencyReference, NamedAgency } from './references.js';
export { resolveAgencyReference } from './references.js';
export { acronymMatches } from './acronym.js';

export interface AgenciesOptions {
  /** Extra gazetteer entries (they win over built-in entries with the same alias). */
  readonly gazetteer?: readonly GazetteerEntry[];
  /** Write generic references to `doc.data.agencyReferences` (default true). */
  readonly references?: boolean;
  /** Extra institution head nouns and the category they give a name ({ prefecture: 'government' }). */
  readonly extraHeads?: Readonly<Record<string, AgencyCategory>>;
}

// One space between an owner's possessive and the body it owns.
const OWNED_GAP = /^[ \t\u00a0]$/u;
const SPACE_OR_NOTHING = /^\s?$/u;
// An acronym that can act on its own: capitals only, dotted or not ("KNU", "U.N.").
const ACTING_ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const DOTS = /\./gu;
// A ticker symbol follows a colon or an exchange name: "(ticker: HD)", "(NYSE: BA)".
const TICKER_GAP = /:[ \t]?$/u;
const TICKER_WORDS = new Set(['ticker', 'nyse', 'nasdaq', 'symbol', 'hkex', 'tsx', 'lse']);

/** Every regular expression of the extractor, for the ReDoS check. */
export const AGENCY_PATTERNS: readonly RegExp[] = [
  ...WORD_PATTERNS,
  ...SEGMENT_PATTERNS,
  ...FINDER_PATTERNS,
  ...EVIDENCE_PATTERNS,
  ...ACRONYM_PATTERNS,
  ...CANONICAL_PATTERNS,
  ...GAZETTEER_PATTERNS,
  ...REFERENCE_PATTERNS,
  TICKER_GAP,
  OWNED_GAP,
  SPACE_OR_NOTHING,
  ACTING_ACRONYM,
  DOTS,
];


export function agencies(options: AgenciesOptions = {}): Extractor {
  const gazetteer = compileGazetteer(Array.isArray(options.gazetteer) ? options.gazetteer : []);
  const heads = headsWith(options.extraHeads);
  const withReferences = options.references !== false;
  return defineExtractor({
    name: 'agencies',
    type: 'agency',
    assigns: ['agency', 'agencyReferences'],
    patterns: AGENCY_PATTERNS,
    extract: (doc) => {
      const { drafts, words } = extractAgencies(doc, gazetteer, heads);
      if (withReferences) {
        const named = drafts.map((d) => ({ start: d.start, end: d.end, name: d.name as string, category: d.category as string }));
        doc.data.agencyReferences = findReferences(doc.text, words, named);
      }
      return drafts;
    },
  });
}

/** Scan the content blocks into one word list; `blockFirst` marks each block's first word. */
function scanContent(doc: Doc): { words: Word[]; blockFirst: Uint8Array } {
  const words: Word[] = [];
  const firsts: number[] = [];
  for (const block of doc.contentBlocks()) {
    const ws = scanWords(doc.text, block.start, block.end);
    if (ws.length > 0) firsts.push(words.length);
    for (const w of ws) words.push(w);
  }
  const blockFirst = new Uint8Array(words.length);
  for (const f of firsts) blockFirst[f] = 1;
  return { words, blockFirst };
}

const PRIORITY: Record<Rule, number> = { blocked: 0, gazetteer: 1, definition: 2, head: 3, suffix: 4, 'place-head': 5, acronym: 6, evidence: 7, platform: 8 };

export function extractAgencies(doc: Doc, gazetteer: Gazetteer, heads: Heads = HEADS): { drafts: MentionDraft[]; words: Word[] } {
  const { text } = doc;
  const { words, blockFirst } = scanContent(doc);
  const segments = buildSegments(words, blockFirst, heads);
  const found = findCandidates({ text, words, blockFirst, segments, gazetteer, heads });
  const covered = coverageOf(found.candidates);
  const unknown = found.unknown.filter((i) => !covered((segments[i] as Segment).first));
  const accepted = found.candidates.filter((c) => (c.rule !== 'platform' || isActor(words, c)) && !isAffiliation(words, c));
  const evidence = acceptByEvidence({ text, words, segments, unknown, accepted });
  const acronyms = acceptAcronyms(words, segments, unknown, [...accepted, ...evidence], found.definitions);
  const resolved = resolveOverlaps([...accepted, ...evidence, ...acronyms]).filter((c) => c.rule !== 'blocked' && !found.folded.has(c.first) && !isQuotedName(text, words, c));
  const surnames = surnamesOf(words, segments);
  const kept = mergeOwnedBodies(words, resolved.filter((c) => c.first !== c.last || c.acronym !== null || !surnames.has((words[c.first] as Word).baseKey)));
  const fields = canonicalise(text, words, kept, found.definitions, gazetteer);
  const drafts: MentionDraft[] = kept.map((c, i) => {
    const f = fields[i] as (typeof fields)[number];
    return { start: c.start, end: c.end, name: f.name, acronym: f.acronym, category: c.rule === 'platform' ? 'company' : f.category, parent: f.parent, country: f.country };
  });
  return { drafts, words };
}

const CATEGORY_NAMES: ReadonlySet<string> = new Set(['government', 'judiciary', 'police', 'party', 'media', 'company', 'ngo', 'other']);

/** The built-in heads plus the user's (lower-cased; unknown categories become "other"). */
function headsWith(extra: AgenciesOptions['extraHeads']): Heads {
  if (!extra || typeof extra !== 'object') return HEADS;
  const out = new Map<string, HeadInfo>(HEADS);
  for (const [word, category] of Object.entries(extra)) {
    const key = wordKey(String(word).trim());
    if (key && !key.includes(' ')) out.set(key, { category: CATEGORY_NAMES.has(category) ? category : 'other' });
  }
  return out;
}

function isActor(words: readonly Word[], c: Candidate): boolean {
  const next = words[c.last + 1];
  return next !== undefined && next.shape === 'lower' && ACTOR_VERBS.has(next.key);
}

/**
 * "the Communist Party’s Central Committee": a body named right after its owner's possessive is
 * one mention (the owner becomes its parent), when the body's own name has an institution head.
 */
function mergeOwnedBodies(words: readonly Word[], list: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const owner = list[i] as Candidate;
    const owned = list[i + 1];
    const ownerWord = words[owner.last] as Word;
    const joined =
      owned !== undefined &&
      ownerWord.possessive &&
      owned.first === owner.last + 1 &&
      OWNED_GAP.test((words[owned.first] as Word).gap) &&
      (owned.rule === 'head' || owned.rule === 'gazetteer') &&
      owned.category !== 'company' &&
      owned.category !== 'media' &&
      !hasConnector(words, owned);
    if (!joined) {
      out.push(owner);
      continue;
    }
    out.push({ ...owned, first: owner.first, start: owner.start, owner, ownedFirst: owned.first, entry: null, alias: null, category: owner.category === 'party' ? 'party' : owned.category });
    i++;
  }
  return out;
}


function hasConnector(words: readonly Word[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if ((words[k] as Word).shape === 'lower') return true;
  return false;
}

/** Names in quotation marks are titles or account names ("China's Red Army Command"), not agencies. */
function isQuotedName(text: string, words: readonly Word[], c: Candidate): boolean {
  let open = c.start;
  const before = words[c.first - 1];
  // Skip a possessive place just inside the quotes: “China's Red Army Command”.
  if (before && before.possessive && PLACES.has(before.baseKey) && SPACE_OR_NOTHING.test(text.slice(before.end, c.start))) open = before.start;
  const opening = text[open - 1] ?? '';
  let close = c.end;
  if (text[close] === ',' || text[close] === '.') close++;
  const closing = text[close] ?? '';
  return OPEN_QUOTES.has(opening) && CLOSE_QUOTES.has(closing);
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);

/** Last words of "Given Surname" pairs: alone they are that person ("Ford" after "John Ford"), not a firm. */
function surnamesOf(words: readonly Word[], segments: readonly Segment[]): Set<string> {
  const out = new Set<string>();
  for (const s of segments) {
    if (s.last === s.first + 1 && GIVEN_NAMES.has((words[s.first] as Word).baseKey)) out.add((words[s.last] as Word).baseKey);
  }
  return out;
}

/** A party named as a person's affiliation: "GOP legislative leaders", "Kentucky GOP Gov. Matt Bevin". */
function isAffiliation(words: readonly Word[], c: Candidate): boolean {
  if (c.category !== 'party' || c.last !== c.first) return false;
  const next = words[c.last + 1];
  const previous = words[c.first - 1];
  if (next && (AFFILIATION_FOLLOWERS.has(next.baseKey) || TITLES.has(next.baseKey))) return true;
  return previous !== undefined && PLACES.has(previous.baseKey) && !PLACES.get(previous.baseKey)?.adjective;
}

/** A ticker symbol: "(ticker: HD)", "(NYSE: BA)". */
function isTicker(words: readonly Word[], index: number): boolean {
  const w = words[index] as Word;
  const previous = words[index - 1];
  return TICKER_GAP.test(w.gap) || (previous !== undefined && TICKER_WORDS.has(previous.key));
}

/** Upper-case words that the text defines or that abbreviate a name written in it ("CBP"). */
function acceptAcronyms(words: readonly Word[], segments: readonly Segment[], unknown: readonly number[], named: readonly Candidate[], definitions: ReadonlyMap<string, Candidate>): Candidate[] {
  const out: Candidate[] = [];
  // Distinct written names, bounded so that matching stays linear in the text.
  const distinct = new Map<string, string[]>();
  for (const c of named) {
    if (c.last === c.first || distinct.size >= 256) continue;
    const keys = keysOf(words, c.first, c.last);
    distinct.set(keys.join(' '), keys);
  }
  const fullNames = [...distinct.values()];
  for (const index of unknown) {
    const s = segments[index] as Segment;
    const w = words[s.last] as Word;
    if (w.shape !== 'upper' || w.shouted || isTicker(words, s.last)) continue;
    const acronym = w.text.slice(0, w.coreEnd - w.start);
    const next = words[s.last + 1];
    // An acronym that acts ("the PKK said", "KDP officials") names an organisation: people are not written in capitals.
    const bracketed = w.gap.endsWith('(');
    const acts = !bracketed && ACTING_ACRONYM.test(acronym) && !NOT_ORG_ACRONYMS.has(acronym.replace(DOTS, '')) && next !== undefined && next.shape === 'lower' && (ACTOR_VERBS.has(next.key) || ORG_FOLLOWERS.has(next.key)) && acronym.length >= 2 && acronym.length <= 6;
    const known = acts || definitions.has(acronym) || fullNames.some((keys) => keys.length >= 2 && acronymMatches(acronym, keys));
    if (!known) continue;
    out.push({ first: s.first, last: s.last, start: (words[s.first] as Word).start, end: w.coreEnd, rule: 'acronym', entry: null, alias: null, category: definitions.get(acronym)?.category ?? null, acronym: null, segment: index });
  }
  return out;
}

function coverageOf(candidates: readonly Candidate[]): (wordIndex: number) => boolean {
  const covered = new Set<number>();
  for (const c of candidates) if (c.rule !== 'platform') for (let k = c.first; k <= c.last; k++) covered.add(k);
  return (i) => covered.has(i);
}

/** Longest first, then by rule priority, then earlier; no two kept candidates share a word. */
function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.rule] - PRIORITY[b.rule] || a.start - b.start);
  const taken: Candidate[] = [];
  const used = new Set<number>();
  for (const c of ranked) {
    let free = true;
    for (let k = c.first; k <= c.last && free; k++) free = !used.has(k);
    if (!free) continue;
    for (let k = c.first; k <= c.last; k++) used.add(k);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
