/**
 * The action slot: the lemma of the verb or nominalisation that governs a quantity.
 * Places are tried in order:
 *   1. inside the quantity's own span, a participle before the head noun ("67,000 deactivated accounts")
 *      or an act as the head noun ("3,397 arrests");
 *   2. to the right, when the quantity is a passive subject: "67,000 accounts had been closed",
 *      "8,000 are reported to have been removed"; if it is the subject of some other verb
 *      ("13,000 were posing"), there is no action;
 *   3. to the left, within the clause: the nearest verb ("arrested 3,397 individuals") or a
 *      nominalisation followed by "of" ("the closure of over 160,000 accounts"); ", and" ends the search;
 *   4. a reduced relative right after the noun phrase ("460 accounts shut down", "accounts permanently closed");
 *   5. a light verb and an act noun ("930.000 accounts received lighter sentences" → punish).
 * Of coordinated verbs governing the same object the most decisive is the action (CLASS_RANK):
 * "investigated and punished more than 25,000 netizens" → punish; "investigated and dealt with" → investigate.
 */
import type { Range } from '../span.js';
import { CLASS_RANK, CLAUSE_OPENERS, LIGHT_VERBS, PASSIVE_AUXILIARIES, PASSIVE_FILLERS, REPORTING_CUES } from './lexicon.js';
import type { ActionClass, ActionEntry } from './lexicon.js';
import { wordSet } from './words.js';
import type { Words } from './words.js';

export interface ActionLexicon {
  /** Verb entries by inflected form. */
  readonly verbs: ReadonlyMap<string, readonly ActionEntry[]>;
  /** Entries by nominalisation. */
  readonly nouns: ReadonlyMap<string, ActionEntry>;
}

export interface ActionMatch {
  readonly lemma: string;
  readonly class: ActionClass;
  /** Where the governing word was found. */
  readonly via: 'inside' | 'passive' | 'active' | 'nominal' | 'relative';
}

export function buildActionLexicon(entries: readonly ActionEntry[]): ActionLexicon {
  const verbs = new Map<string, ActionEntry[]>();
  const nouns = new Map<string, ActionEntry>();
  for (const entry of entries) {
    for (const form of entry.forms.split(' ').filter(Boolean)) {
      const list = verbs.get(form) ?? [];
      list.push(entry);
      verbs.set(form, list);
    }
    for (const noun of (entry.nouns ?? '').split(' ').filter(Boolean)) if (!nouns.has(noun)) nouns.set(noun, entry);
  }
  return { verbs, nouns };
}

const OPENERS = wordSet(CLAUSE_OPENERS);
const CUES = wordSet(REPORTING_CUES);
const AUXILIARIES = wordSet(PASSIVE_AUXILIARIES);
const FILLERS = wordSet(PASSIVE_FILLERS);
const LIGHT = wordSet(LIGHT_VERBS);
const STOP_PUNCT = new Set([';', ':', '.', '(', ')', '!', '?', '"', '“', '”']);
const LEFT_WINDOW = 25;
const RIGHT_WINDOW = 8;

/** A verb entry whose form is at token `i` (and its particle, if any, right after): returns the entry and the last token index. */
function verbAt(words: Words, lexicon: ActionLexicon, i: number): { entry: ActionEntry; last: number } | null {
  const entries = lexicon.verbs.get(words.word(i));
  if (!entries) return null;
  const next = words.word(i + 1);
  // Prefer the phrasal reading when its particle follows ("shut down"), else a plain verb.
  let plain: ActionEntry | undefined;
  for (const e of entries) {
    if (e.particle === undefined) plain ??= e;
    else if (e.particle === next) return { entry: e, last: i + 1 };
  }
  return plain ? { entry: plain, last: i } : null;
}

export const PARTICIPLE_ENDING = /(?:ed|en|wn|un|ut|lt|nd|ound)$/;
const isParticiple = (form: string): boolean => PARTICIPLE_ENDING.test(form);

/** Another action verb coordinated with the one at [first, last]: "X and Y" either side. */
function coordinated(words: Words, lexicon: ActionLexicon, first: number, last: number): { before: ActionEntry | null; after: ActionEntry | null } {
  let before: ActionEntry | null = null;
  if (words.word(first - 1) === 'and') {
    for (const i of [first - 2, first - 3]) {
      const v = verbAt(words, lexicon, i);
      if (v && v.last === first - 2) {
        before = v.entry;
        break;
      }
    }
  }
  let after: ActionEntry | null = null;
  if (words.word(last + 1) === 'and') after = verbAt(words, lexicon, last + 2)?.entry ?? null;
  return { before, after };
}

/** The most decisive of coordinated entries (text order; ties go to the later one). */
function mostDecisive(entries: readonly (ActionEntry | null)[], via: ActionMatch['via']): ActionMatch {
  let best: ActionEntry | null = null;
  for (const e of entries) if (e && (best === null || CLASS_RANK[e.class] >= CLASS_RANK[best.class])) best = e;
  const chosen = best as ActionEntry;
  return { lemma: chosen.lemma, class: chosen.class, via };
}

const fromEntry = (e: ActionEntry, via: ActionMatch['via']): ActionMatch => ({ lemma: e.lemma, class: e.class, via });

function verbMatch(words: Words, lexicon: ActionLexicon, i: number, via: ActionMatch['via']): ActionMatch | null {
  const v = verbAt(words, lexicon, i);
  if (!v) return null;
  const { before, after } = coordinated(words, lexicon, i, v.last);
  return mostDecisive([before, v.entry, after], via);
}

/** 1. A participle or an act noun inside the quantity's span. */
function insideQuantity(words: Words, lexicon: ActionLexicon, quantity: Range): ActionMatch | null {
  const { first, last } = words.within(quantity);
  for (let i = first + 1; i < last; i++) {
    const w = words.word(i);
    const noun = lexicon.nouns.get(w);
    if (noun && i === last - 1) return fromEntry(noun, 'nominal');
    if (isParticiple(w) && i < last - 1) {
      const v = verbAt(words, lexicon, i);
      if (v) return fromEntry(v.entry, 'inside');
    }
  }
  return null;
}

/**
 * 2. Passive subject: [PP] aux [fillers] participle. Returns `null` when no auxiliary follows,
 * `'other'` when the quantity is the subject of a verb not in the lexicon.
 */
function passiveSubject(words: Words, lexicon: ActionLexicon, quantity: Range, clause: Range): ActionMatch | 'other' | null {
  let i = words.indexAfter(quantity.end);
  if (words.start(i) < quantity.end) i++;
  const limit = Math.min(words.count, i + RIGHT_WINDOW);
  for (; i < limit && words.start(i) < clause.end; i++) {
    const w = words.word(i);
    if (AUXILIARIES.has(w)) {
      let k = i + 1;
      while (k < words.count && (FILLERS.has(words.word(k)) || words.word(k).endsWith('ly'))) k++;
      if (words.start(k) >= clause.end) return null;
      return verbMatch(words, lexicon, k, 'passive') ?? 'other';
    }
    if (LIGHT.has(w)) {
      for (let k = i + 1; k < Math.min(words.count, i + 4) && words.start(k) < clause.end; k++) {
        const noun = lexicon.nouns.get(words.word(k));
        if (noun) return fromEntry(noun, 'nominal');
      }
      return 'other';
    }
    if (w === ',' || w === 'and' || w === 'or' || OPENERS.has(w) || CUES.has(w) || STOP_PUNCT.has(w)) return null;
  }
  return null;
}

/** 4. Reduced relative right after the noun phrase: "460 accounts shut down", "accounts permanently closed". */
function reducedRelative(words: Words, lexicon: ActionLexicon, quantity: Range, clause: Range): ActionMatch | null {
  let j = words.indexAfter(quantity.end);
  if (words.start(j) < quantity.end) j++;
  while (j < words.count && words.word(j).endsWith('ly')) j++;
  if (words.start(j) >= clause.end || !isParticiple(words.word(j))) return null;
  return verbMatch(words, lexicon, j, 'relative');
}

const PARTICLES = wordSet(['up', 'down', 'out', 'off', 'away', 'over']);
export const VERB_FORM = /(?:ed|ing)$/;

/** The figure's own governing verb is right before it and is not an act ("confiscating 3.7 tons", "rounded up 300"). */
function governedByOtherVerb(words: Words, lexicon: ActionLexicon, q: number): boolean {
  let i = q - 1;
  if (PARTICLES.has(words.word(i))) i--;
  const w = words.word(i);
  return w.length > 4 && VERB_FORM.test(w) && !lexicon.verbs.has(w) && !lexicon.nouns.has(w);
}

/** 3. The nearest governing verb or "<act> of" to the left, inside the clause. */
function leftGovernor(words: Words, lexicon: ActionLexicon, quantity: Range, clause: Range): ActionMatch | null {
  const q = words.indexAfter(quantity.start);
  if (governedByOtherVerb(words, lexicon, q)) return null;
  for (let i = q - 1, steps = 0; i >= 0 && steps < LEFT_WINDOW && words.start(i) >= clause.start; i--, steps++) {
    const w = words.word(i);
    if (STOP_PUNCT.has(w) || OPENERS.has(w) || CUES.has(w)) return null;
    if (w === 'and' && words.word(i - 1) === ',') return null; // ", and 460 accounts ...": a new coordinated clause
    const noun = lexicon.nouns.get(w);
    if (noun && words.word(i + 1) === 'of') return fromEntry(noun, 'nominal');
    const v = verbAt(words, lexicon, i);
    if (!v) continue;
    // A form after a determiner is a noun ("the arrest", "a crackdown"), governing only through "of".
    const prev = words.word(i - 1);
    if (prev === 'the' || prev === 'a' || prev === 'an') continue;
    return verbMatch(words, lexicon, i, 'active');
  }
  return null;
}

export function findAction(words: Words, lexicon: ActionLexicon, quantity: Range, clause: Range): ActionMatch | null {
  const inside = insideQuantity(words, lexicon, quantity);
  if (inside) return inside;
  const passive = passiveSubject(words, lexicon, quantity, clause);
  if (passive === 'other') return null;
  if (passive) return passive;
  return leftGovernor(words, lexicon, quantity, clause) ?? reducedRelative(words, lexicon, quantity, clause);
}
