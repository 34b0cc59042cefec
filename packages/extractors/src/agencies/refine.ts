/**
 * Refiners over the candidates: platforms only as actors, parties only as bodies (not as a
 * person's affiliation), names in quotation marks out, surnames out, overlaps resolved
 * (longest first, then by rule), and a body named after its owner's possessive merged with it.
 */
import type { Candidate, Rule } from './finder.js';
import { ACTOR_VERBS, AFFILIATION_FOLLOWERS, GIVEN_NAMES, TITLES } from './lexicon.js';
import { PLACES } from './places.js';
import type { Segment } from './segments.js';
import type { Word } from './words.js';

// One space between an owner's possessive and the body it owns.
const OWNED_GAP = /^[ \t\u00a0]$/u;
const SPACE_OR_NOTHING = /^\s?$/u;
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);

export const REFINE_PATTERNS: readonly RegExp[] = [OWNED_GAP, SPACE_OR_NOTHING];

const PRIORITY: Record<Rule, number> = { blocked: 0, gazetteer: 1, definition: 2, head: 3, suffix: 4, 'place-head': 5, acronym: 6, evidence: 7, platform: 8 };

export function isActor(words: readonly Word[], c: Candidate): boolean {
  const next = words[c.last + 1];
  return next !== undefined && next.shape === 'lower' && ACTOR_VERBS.has(next.key);
}

/** A party named as a person's affiliation: "GOP legislative leaders", "Kentucky GOP Gov. Matt Bevin". */
export function isAffiliation(words: readonly Word[], c: Candidate): boolean {
  if (c.category !== 'party' || c.last !== c.first) return false;
  const next = words[c.last + 1];
  const previous = words[c.first - 1];
  if (next && (AFFILIATION_FOLLOWERS.has(next.baseKey) || TITLES.has(next.baseKey))) return true;
  return previous !== undefined && PLACES.has(previous.baseKey) && !PLACES.get(previous.baseKey)?.adjective;
}

/** Names in quotation marks are titles or account names ("China's Red Army Command"), not agencies. */
export function isQuotedName(text: string, words: readonly Word[], c: Candidate): boolean {
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

/** Last words of "Given Surname" pairs: alone they are that person ("Ford" after "John Ford"), not a firm. */
export function surnamesOf(words: readonly Word[], segments: readonly Segment[]): Set<string> {
  const out = new Set<string>();
  for (const s of segments) {
    if (s.last === s.first + 1 && GIVEN_NAMES.has((words[s.first] as Word).baseKey)) out.add((words[s.last] as Word).baseKey);
  }
  return out;
}

/**
 * "the Communist Party’s Central Committee": a body named right after its owner's possessive is
 * one mention (the owner becomes its parent), when the body's own name has an institution head.
 */
export function mergeOwnedBodies(words: readonly Word[], list: readonly Candidate[]): Candidate[] {
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

export function coverageOf(candidates: readonly Candidate[]): (wordIndex: number) => boolean {
  const covered = new Set<number>();
  for (const c of candidates) if (c.rule !== 'platform') for (let k = c.first; k <= c.last; k++) covered.add(k);
  return (i) => covered.has(i);
}

/** Longest first, then by rule priority, then earlier; no two kept candidates share a word. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
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
