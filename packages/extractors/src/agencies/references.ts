/**
 * Generic references to organisations ("the ministry", "regulators", "public security
 * organs"). They are never agency mentions; each is resolved to the nearest compatible named
 * agency before it (or, for public security organs, anywhere in the text), for claims.
 */
import { rangeIndexAt } from '@claimsift/core';
import { GENERIC_NOUNS, GENERIC_PHRASES, HEADS, REFERENCE_DETERMINERS } from './lexicon.js';
import type { GenericNoun } from './lexicon.js';
import { Lexical, lexicalOf } from './lexical.js';
import { scanWords } from './words.js';
import type { Word } from './words.js';

export interface AgencyReference {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Canonical name of the agency it stands for, or null. */
  readonly resolvedName: string | null;
}

/** What a reference can resolve to: a named agency mention (or draft) of the same text. */
export interface NamedAgency {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly category: string;
}

// A glued determiner: "Theministry".
const GLUED_THE = /^the(?=\p{Ll}{4,})/u;
const NAME_WORD = /[\p{L}']+/gu;
const ONE_SPACE = /^[ \t]$/u;

// The body of another place is not the agency named alike: "police in Sichuan province", "In Tibet, police",
// "local police", "the city's public security bureau".
const LOCAL_BEFORE = /(?:['’]s|\b(?:local|provincial|municipal|city|county|district|regional)|\b[Ii]n \p{Lu}[\p{L}-]*,)\s+$/u;
const LOCAL_AFTER = /^\s+in \p{Lu}/u;

export const REFERENCE_PATTERNS: readonly RegExp[] = [GLUED_THE, NAME_WORD, ONE_SPACE, LOCAL_BEFORE, LOCAL_AFTER];

const isLocal = (text: string, start: number, end: number): boolean =>
  LOCAL_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || LOCAL_AFTER.test(text.slice(end, end + 8));

/** Nouns that refer without a determiner ("police said", "regulators closed"). */
const BARE_REFERENCES = new Set(['police', 'regulators']);

/** Find generic references among `words` (of content blocks), skipping any inside a named mention. */
export function findReferences(text: string, words: readonly Word[], named: readonly NamedAgency[]): AgencyReference[] {
  const out: AgencyReference[] = [];
  const inside = coverage(named);
  const cache: IndexCache = new Map();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if ((lexicalOf(w) & Lexical.reference) === 0) continue;
    const phrase = matchPhrase(words, i);
    if (phrase) {
      const start = determinerStart(words, i);
      if (!inside(w.start)) out.push(reference(text, start, (words[i + phrase.length - 1] as Word).end, named, phrase.noun, cache));
      i += phrase.length - 1;
      continue;
    }
    const glued = mayBeGluedThe(w.key) ? GLUED_THE.exec(w.key) : null;
    const noun = GENERIC_NOUNS.get(glued ? w.key.slice(3) : w.key);
    if (!noun || inside(w.start)) continue;
    if (w.shape === 'upper') continue;
    const next = words[i + 1];
    // "the ministry" yes; "the ministry’s spokesman" yes; "the Ministry of Public Security" is a name, not here.
    if (next && next.shape !== 'lower' && ONE_SPACE.test(next.gap) && HEADS.has(w.key)) continue;
    if (glued) {
      out.push(reference(text, w.start, w.end, named, noun, cache));
      continue;
    }
    const previous = words[i - 1];
    const determined = previous !== undefined && REFERENCE_DETERMINERS.has(previous.key) && previous.end === w.start - 1;
    if (determined) out.push(reference(text, (previous as Word).start, w.coreEnd, named, noun, cache));
    else if (BARE_REFERENCES.has(w.key) && (w.shape === 'lower' || (w.shape === 'cap' && w.sentenceStart))) out.push(reference(text, w.start, w.coreEnd, named, noun, cache));
  }
  return out;
}

// Cheap gates before the phrase table and the glued-article regex (most words are neither).
const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(GENERIC_PHRASES.map((p) => p.words[0] ?? ''));
const mayBeGluedThe = (key: string): boolean => key.length >= 7 && key.startsWith('the');

function matchPhrase(words: readonly Word[], i: number) {
  if (!PHRASE_FIRST_WORDS.has((words[i] as Word).baseKey)) return null;
  for (const p of GENERIC_PHRASES) {
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) {
      const w = words[i + k];
      ok = w !== undefined && w.shape !== 'upper' && w.baseKey === p.words[k] && (k === 0 || w.shape === 'lower');
    }
    if (ok) return { length: p.words.length, noun: p.noun };
  }
  return null;
}

function determinerStart(words: readonly Word[], i: number): number {
  const previous = words[i - 1];
  const w = words[i] as Word;
  return previous && REFERENCE_DETERMINERS.has(previous.key) && previous.end === w.start - 1 ? previous.start : w.start;
}

function coverage(named: readonly NamedAgency[]): (offset: number) => boolean {
  const sorted = [...named].sort((a, b) => a.start - b.start);
  return (offset) => rangeIndexAt(sorted, offset) >= 0;
}

function reference(text: string, start: number, end: number, named: readonly NamedAgency[], noun: GenericNoun, cache: IndexCache): AgencyReference {
  const resolvedName = isLocal(text, start, end) ? null : resolveNoun(start, noun, named, cache);
  return { start, end, text: text.slice(start, end), resolvedName };
}

/**
 * Resolve a generic reference to the canonical name of the nearest compatible agency before
 * it ("the ministry" → the last Ministry named; "regulators" → the last regulator-like body;
 * "public security organs" → the Ministry of Public Security when the text names it).
 * Pure: usable by claim assembly on final mentions.
 */
export function resolveAgencyReference(reference: { readonly start: number; readonly text: string }, agencies: readonly NamedAgency[]): string | null {
  const words = scanWords(reference.text);
  for (let i = 0; i < words.length; i++) {
    const phrase = matchPhrase(words, i);
    if (phrase) return resolveNoun(reference.start, phrase.noun, agencies);
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    const glued = GLUED_THE.exec(w.key);
    const noun = GENERIC_NOUNS.get(glued ? w.key.slice(3) : w.baseKey);
    if (noun) return resolveNoun(reference.start, noun, agencies);
  }
  return null;
}

/**
 * The compatible agencies of each generic noun, ordered by end (then by their order in the
 * list), built once per document: resolving a reference is then a binary search, not a
 * pass over every agency of the document (which made long documents quadratic).
 */
interface CompatibleIndex {
  /** Compatible agencies sorted by end, ties in list order. */
  readonly byEnd: readonly NamedAgency[];
  /** The first compatible agency in list order. */
  readonly first: NamedAgency | null;
}

/** Indexes by generic noun, for one unchanging list of agencies. */
type IndexCache = Map<string, CompatibleIndex>;

function compatibleIndex(noun: GenericNoun, agencies: readonly NamedAgency[], cache: IndexCache): CompatibleIndex {
  const key = `${noun.kind} ${noun.value}`;
  let index = cache.get(key);
  if (!index) {
    const compatible = agencies.map((a, order) => ({ a, order })).filter(({ a }) => isCompatible(noun, a));
    const byEnd = [...compatible].sort((x, y) => x.a.end - y.a.end || x.order - y.order).map(({ a }) => a);
    index = { byEnd, first: compatible[0]?.a ?? null };
    cache.set(key, index);
  }
  return index;
}

function resolveNoun(at: number, noun: GenericNoun, agencies: readonly NamedAgency[], cache: IndexCache = new Map()): string | null {
  const { byEnd, first } = compatibleIndex(noun, agencies, cache);
  // the compatible agency ending last at or before `at`; of several ending there, the first listed
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((byEnd[mid] as NamedAgency).end <= at) lo = mid + 1;
    else hi = mid;
  }
  let best: NamedAgency | null = null;
  if (lo > 0) {
    const end = (byEnd[lo - 1] as NamedAgency).end;
    let i = lo - 1;
    while (i > 0 && (byEnd[i - 1] as NamedAgency).end === end) i--;
    best = byEnd[i] as NamedAgency;
  }
  if (!best && noun.kind === 'public-security') best = first;
  return best?.name ?? null;
}

const nameWords = (name: string): string[] => (name.toLowerCase().match(NAME_WORD) ?? []);

function isCompatible(noun: GenericNoun, a: NamedAgency): boolean {
  switch (noun.kind) {
    case 'head': {
      const words = nameWords(a.name);
      return words.includes(noun.value) || (noun.value === 'ministry' && words.includes('ministries'));
    }
    case 'category':
      return a.category === noun.value;
    case 'regulator':
      return a.category === 'government' && nameWords(a.name).some((k) => HEADS.get(k)?.regulator === true);
    case 'public-security':
      return a.name.toLowerCase().includes('public security');
  }
}
