/**
 * The agency extractor (SPEC §3 agency): named organisations with a canonical name, acronym,
 * category, parent and country. Finder (words → segments → candidates from the gazetteer,
 * institution structure, acronym definitions), evidence for bare names, refiners (platforms,
 * look-alikes, overlaps), canonicaliser. Generic references ("the ministry") go to
 * `doc.data.agencyReferences`, resolved to the agency they stand for.
 */
import { defineExtractor } from '@claimsift/core';
import type { AgencyCategory, Doc, Extractor, MentionDraft } from '@claimsift/core';
import { ACRONYM_PATTERNS } from './acronym.js';
import { CANONICAL_PATTERNS, canonicalise } from './canonical.js';
import { ACRONYM_EVIDENCE_PATTERNS, EVIDENCE_PATTERNS, acceptAcronyms, acceptByEvidence } from './evidence.js';
import { FINDER_PATTERNS, findCandidates } from './finder.js';
import { GAZETTEER_PATTERNS, compileGazetteer } from './gazetteer.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { HEADS } from './lexicon.js';
import type { HeadInfo } from './lexicon.js';
import { REFERENCE_PATTERNS, findReferences } from './references.js';
import { REFINE_PATTERNS, coverageOf, isActor, isAffiliation, isQuotedName, mergeOwnedBodies, resolveOverlaps, surnamesOf } from './refine.js';
import { SEGMENT_PATTERNS, buildSegments } from './segments.js';
import type { Heads, Segment } from './segments.js';
import { Vocabulary, WORD_PATTERNS, scanInto, wordKey } from './words.js';
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


/** Every regular expression of the extractor, for the ReDoS check. */
export const AGENCY_PATTERNS: readonly RegExp[] = [
  ...WORD_PATTERNS,
  ...SEGMENT_PATTERNS,
  ...FINDER_PATTERNS,
  ...EVIDENCE_PATTERNS,
  ...ACRONYM_EVIDENCE_PATTERNS,
  ...ACRONYM_PATTERNS,
  ...CANONICAL_PATTERNS,
  ...GAZETTEER_PATTERNS,
  ...REFERENCE_PATTERNS,
  ...REFINE_PATTERNS,
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

/** Scan the content blocks into one word list and its vocabulary; `blockFirst` marks each block's first word. */
function scanContent(doc: Doc): { words: Word[]; blockFirst: Uint8Array; vocabulary: Vocabulary } {
  const words: Word[] = [];
  const vocabulary = new Vocabulary();
  const firsts: number[] = [];
  for (const block of doc.contentBlocks()) {
    const before = words.length;
    scanInto(words, doc.text, block.start, block.end, vocabulary);
    if (words.length > before) firsts.push(before);
  }
  const blockFirst = new Uint8Array(words.length);
  for (const f of firsts) blockFirst[f] = 1;
  return { words, blockFirst, vocabulary };
}

export function extractAgencies(doc: Doc, gazetteer: Gazetteer, heads: Heads = HEADS): { drafts: MentionDraft[]; words: Word[] } {
  const { text } = doc;
  const { words, blockFirst, vocabulary } = scanContent(doc);
  const segments = buildSegments(words, blockFirst, heads);
  const found = findCandidates({ text, words, blockFirst, segments, gazetteer, heads, lowerVocabulary: vocabulary.lower });
  const covered = coverageOf(found.candidates);
  const unknown = found.unknown.filter((i) => !covered((segments[i] as Segment).first));
  const accepted = found.candidates.filter((c) => (c.rule !== 'platform' || isActor(words, c)) && !isAffiliation(words, c));
  const evidence = acceptByEvidence({ text, words, segments, unknown, accepted, lowerVocabulary: vocabulary.lower, midSentenceNames: vocabulary.midSentence });
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












