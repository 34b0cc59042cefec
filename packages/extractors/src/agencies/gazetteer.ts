/**
 * The gazetteer: known organisations with canonical names, acronyms, aliases and categories
 * (gazetteer.json, each entry with its source), plus the user's own entries. Compiled once
 * into a word trie, so every alias is found in one linear pass over the words.
 */
import type { AgencyCategory } from '@claimsift/core';
import data from './gazetteer.json' with { type: 'json' };
import { splitKeys } from './keys.js';

export type EntryKind = 'agency' | 'platform' | 'not-agency';

/** A gazetteer entry as users write it. */
export interface GazetteerEntry {
  readonly name: string;
  readonly acronym?: string | null;
  readonly aliases?: readonly string[];
  readonly category: AgencyCategory;
  /** ISO 3166 alpha-2, or null for international bodies. */
  readonly country?: string | null;
  readonly parent?: string | null;
  /** `platform`: an app, an agency only as an actor; `not-agency`: a look-alike to block. */
  readonly kind?: EntryKind;
  /** Where the entry came from. */
  readonly source?: string;
}

export interface Entry {
  readonly id: number;
  readonly name: string;
  readonly acronym: string | null;
  readonly category: AgencyCategory;
  readonly country: string | null;
  readonly parent: string | null;
  readonly kind: EntryKind;
}

/** One alias in the trie: the entry it names and how it must be written. */
export interface AliasInfo {
  readonly entry: Entry;
  /** The alias as written in the gazetteer (used as the canonical spelling of glued forms). */
  readonly text: string;
  /** Written in capitals ("MPS"): the text must be in capitals too. */
  readonly acronym: boolean;
  /** Starts with "The": the span leaves the article out. */
  readonly article: boolean;
  /** Written in lower case in the gazetteer ("public security ministry"): matches lower-case text. */
  readonly lowercase: boolean;
  readonly words: number;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  alias: AliasInfo | null;
}

export interface Gazetteer {
  readonly entries: readonly Entry[];
  readonly root: TrieNode;
  /** Entries by acronym, exact case. */
  readonly byAcronym: ReadonlyMap<string, Entry>;
  /** Entries by the keys of their name and aliases joined by spaces. */
  readonly byKey: ReadonlyMap<string, Entry>;
  /** The alias as written, by the same keys. */
  readonly aliasText: ReadonlyMap<string, string>;
  readonly maxWords: number;
  /** First keys of the user's aliases (the built-in ones are a lexical bit of each word). */
  readonly userFirstKeys: ReadonlySet<string>;
}

export type { TrieNode };

const CATEGORIES: ReadonlySet<string> = new Set(['government', 'judiciary', 'police', 'party', 'media', 'company', 'ngo', 'other']);
const ALL_CAPS = /^[\p{Lu}\p{N}&.-]+$/u;
const LEADING_THE = /^the\s/iu;
const HAS_UPPER = /\p{Lu}/u;

export const GAZETTEER_PATTERNS: readonly RegExp[] = [ALL_CAPS, LEADING_THE, HAS_UPPER];

export const BUILTIN_ENTRIES: readonly GazetteerEntry[] = (data as { entries: GazetteerEntry[] }).entries;

let builtIn: Gazetteer | undefined;

/**
 * Compile the built-in entries and the user's (user entries win on equal aliases). A compiled
 * gazetteer is never changed afterwards, so the built-in one alone is compiled once per process.
 */
export function compileGazetteer(extra: readonly GazetteerEntry[] = []): Gazetteer {
  if (extra.length === 0) return (builtIn ??= compileEntries([]));
  return compileEntries(extra);
}

function compileEntries(extra: readonly GazetteerEntry[]): Gazetteer {
  const root: TrieNode = { next: new Map(), alias: null };
  const entries: Entry[] = [];
  const byAcronym = new Map<string, Entry>();
  const byKey = new Map<string, Entry>();
  const aliasText = new Map<string, string>();
  const userFirstKeys = new Set<string>();
  let maxWords = 1;
  const add = (raw: GazetteerEntry, userEntry: boolean) => {
    if (!raw || typeof raw.name !== 'string' || raw.name.trim() === '') return;
    const entry: Entry = {
      id: entries.length,
      name: raw.name.trim(),
      acronym: typeof raw.acronym === 'string' && raw.acronym ? raw.acronym : null,
      category: CATEGORIES.has(raw.category) ? raw.category : 'other',
      country: typeof raw.country === 'string' ? raw.country : null,
      parent: typeof raw.parent === 'string' ? raw.parent : null,
      kind: raw.kind === 'platform' || raw.kind === 'not-agency' ? raw.kind : 'agency',
    };
    entries.push(entry);
    const forms = [entry.name, ...(Array.isArray(raw.aliases) ? raw.aliases.filter((a) => typeof a === 'string') : [])];
    if (entry.acronym) forms.push(entry.acronym);
    for (const form of forms) {
      const text = form.trim();
      const keys = splitKeys(text);
      if (keys.length === 0) continue;
      if (userEntry) userFirstKeys.add(keys[0] as string);
      const acronym = ALL_CAPS.test(text) && HAS_UPPER.test(text);
      const lowercase = !HAS_UPPER.test(text) && keys.length > 1;
      const info: AliasInfo = { entry, text, acronym, article: LEADING_THE.test(text) && keys.length > 1, lowercase, words: keys.length };
      let node = root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) {
          child = { next: new Map(), alias: null };
          node.next.set(k, child);
        }
        node = child;
      }
      if (!node.alias || userEntry) node.alias = info;
      else if (info.lowercase && node.alias.entry === entry) node.alias = { ...node.alias, lowercase: true };
      maxWords = Math.max(maxWords, keys.length);
      const joined = keys.join(' ');
      if (!byKey.has(joined) || userEntry) {
        byKey.set(joined, entry);
        aliasText.set(joined, acronym ? entry.name : text);
      }
      if (acronym && (!byAcronym.has(text) || userEntry)) byAcronym.set(text, entry);
    }
  };
  for (const e of BUILTIN_ENTRIES) add(e, false);
  for (const e of extra) add(e, true);
  return { entries, root, byAcronym, byKey, aliasText, maxWords, userFirstKeys };
}
