/**
 * Canonicaliser: one name per organisation across its forms in a document.
 * Forms are grouped by gazetteer entry, by acronym (defined in the text, or matching a
 * written name's initials), by equal keys, and by short forms whose distinctive words all
 * occur in a longer name ("Tyvak", "Homeland Security Department"). A group's name is the
 * fullest form the text writes; when the text writes only acronyms, short or garbled forms,
 * the gazetteer's name. "DHS Office of Inspector General" expands its acronym prefix.
 */
import type { AgencyCategory, AgencyFields } from '@claimsift/core';
import { acronymMatches } from './acronym.js';
import type { Candidate } from './finder.js';
import { keysOf } from './finder.js';
import type { Entry, Gazetteer } from './gazetteer.js';
import { mayStartPlace, placeOf } from './lexical.js';
import { CONNECTORS, HEADS, MEDIA_SUFFIXES } from './lexicon.js';
import { splitKeys } from './keys.js';
import { PLACES } from './places.js';
import type { Word } from './words.js';

const SPACES = /\s+/gu;
const POSSESSIVE_END = /['’]s$/u;

export const CANONICAL_PATTERNS: readonly RegExp[] = [SPACES, POSSESSIVE_END];

interface Form {
  readonly candidate: Candidate;
  readonly keys: readonly string[];
  /** Keys without a leading place word. */
  readonly coreKeys: readonly string[];
  /** Distinctive keys: not connectors, heads or places. */
  readonly distinctive: readonly string[];
  readonly acronym: string | null;
  readonly country: string | null;
  entry: Entry | null;
  /** The gazetteer alias these keys equal exactly, if any (its spelling is used for glued text). */
  aliasName: string | null;
  group: number;
}

export type Canonical = AgencyFields;

export function canonicalise(text: string, words: readonly Word[], kept: readonly Candidate[], definitions: ReadonlyMap<string, Candidate>, gazetteer: Gazetteer): Canonical[] {
  // Owners merged into an owned body's mention still need their own canonical name (for `parent`).
  const candidates = [...kept, ...kept.flatMap((c) => (c.owner ? [c.owner] : []))];
  // Needed only for bare institution words ("Senate"): found on first need.
  let countries: Set<string> | undefined;
  const countriesOfText = (): ReadonlySet<string> => (countries ??= documentCountries(words));
  const forms: Form[] = candidates.map((c) => makeForm(words, c, countriesOfText, gazetteer));
  const parent = forms.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const indexOf = new Map(candidates.map((c, i) => [c, i]));
  const byEntry = new Map<number, number>();
  const byKey = new Map<string, number>();
  // Distinct written full names (bounded, so that matching stays linear in the text).
  const fullNames: number[] = [];
  forms.forEach((f, i) => {
    if (f.candidate.owner) return;
    const key = f.coreKeys.join(' ');
    if (!byKey.has(key) && !f.acronym && f.candidate.last > f.candidate.first && fullNames.length < MAX_NAMES) fullNames.push(i);
    const k = byKey.get(key);
    if (k !== undefined) union(i, k);
    else byKey.set(key, i);
  });
  const acronymNames = new Map<string, number | undefined>();
  forms.forEach((f, i) => {
    if (f.candidate.owner) return;
    // An acronym resolves to its definition, else to a written name with those initials, else to the gazetteer.
    if (f.acronym) {
      const def = definitions.get(f.acronym);
      const d = def ? indexOf.get(def) : undefined;
      if (d !== undefined) union(i, d);
      else if (!f.entry) {
        // One search per distinct acronym, however often the text repeats it.
        let match = acronymNames.get(f.acronym);
        if (!acronymNames.has(f.acronym)) {
          match = fullNames.find((j) => acronymMatches(f.acronym as string, (forms[j] as Form).keys, { loose: true }));
          acronymNames.set(f.acronym, match);
        }
        if (match !== undefined) union(i, match);
        else f.entry = gazetteer.byAcronym.get(f.acronym) ?? null;
      }
    }
    if (f.entry) {
      const e = byEntry.get(f.entry.id);
      if (e !== undefined) union(i, e);
      else byEntry.set(f.entry.id, i);
    }
  });
  // Short forms: every distinctive word inside one longer name ("Tyvak", "Homeland Security Department").
  const byWord = new Map<string, number[]>();
  for (const j of fullNames) {
    const g = forms[j] as Form;
    for (const k of new Set([...g.distinctive, g.keys[g.keys.length - 1] ?? ''])) {
      const list = byWord.get(k) ?? [];
      if (list.length < MAX_NAMES) list.push(j);
      byWord.set(k, list);
    }
  }
  const shortFormSeen = new Map<string, number>();
  forms.forEach((f, i) => {
    if (f.acronym || f.distinctive.length === 0 || f.candidate.owner) return;
    const key = f.coreKeys.join(' ');
    const known = shortFormSeen.get(key);
    if (known !== undefined) {
      if (known >= 0) union(i, known);
      return;
    }
    let best = -1;
    const longer = new Set<string>();
    for (const j of byWord.get(f.distinctive[0] as string) ?? byWord.get(f.keys[0] ?? '') ?? []) {
      const g = forms[j] as Form;
      if (j === i || g.keys.length <= f.keys.length) continue;
      const inside = f.distinctive.every((k) => g.distinctive.includes(k));
      const mediaTail = f.keys.length === 1 && g.candidate.category === 'media' && g.keys[g.keys.length - 1] === f.keys[0];
      if ((inside && sharesHeadOrStarts(f, g)) || mediaTail) {
        longer.add(g.coreKeys.join(' '));
        if (best < 0 || g.keys.length > (forms[best] as Form).keys.length) best = j;
      }
    }
    // A short form of several different names ("Nissan" of two Nissan subsidiaries) stays itself.
    if (longer.size > 1 && !longerNamesNest([...longer])) best = -1;
    shortFormSeen.set(key, best);
    if (best >= 0) union(i, best);
  });

  // Group fields, computed once per group.
  const members = new Map<number, Form[]>();
  forms.forEach((f, i) => {
    f.group = find(i);
    const list = members.get(f.group);
    if (list) list.push(f);
    else members.set(f.group, [f]);
  });
  const groups = new Map<number, GroupFields>();
  for (const [g, list] of members) groups.set(g, groupFields(text, list));

  const prefixContext: PrefixContext = { words, forms, fullNames, definitions, gazetteer, indexOf, groups, find, cache: new Map() };
  return forms.slice(0, kept.length).map((f) => {
    const group = groups.get(f.group) as GroupFields;
    const owner = f.candidate.owner;
    const ownerIndex = owner ? indexOf.get(owner) : undefined;
    if (owner && f.candidate.ownedFirst !== undefined) {
      return ownedFields(text, words, f, ownerIndex === undefined ? null : (groups.get(find(ownerIndex)) ?? null), gazetteer);
    }
    // "DHS Office of Inspector General": the acronym prefix names the parent.
    const prefix = (members.get(f.group)?.length ?? 0) === 1 ? acronymPrefix(f, prefixContext) : null;
    if (prefix) {
      // The name stays as written ("MPS Traffic Management Bureau"); the acronym gives the parent.
      return { name: group.name, acronym: null, category: group.category, parent: prefix.name, country: group.country ?? prefix.country };
    }
    return { name: group.name, acronym: group.acronym, category: group.category, parent: group.parent === group.name ? null : group.parent, country: group.country };
  });
}

const MAX_NAMES = 256;

/** Do the names nest, each inside the longest ("Ceres Robotics" in "Ceres Robotics Inc")? */
function longerNamesNest(names: readonly string[]): boolean {
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a));
  return names.every((n) => longest.startsWith(n) || longest.endsWith(n));
}

/** Are `part`'s keys a contiguous run of `whole`'s? */
function isRunOf(part: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) {
    let k = 0;
    while (k < part.length && whole[i + k] === part[k]) k++;
    if (k === part.length) return true;
  }
  return false;
}

/** "Communist Party’s Central Committee" → Central Committee of the Communist Party of China (gazetteer), parent the owner. */
function ownedFields(text: string, words: readonly Word[], f: Form, owner: GroupFields | null, gazetteer: Gazetteer): Canonical {
  const c = f.candidate;
  const own = displayOf(text, words, c.ownedFirst as number, c);
  const parent = owner?.name ?? null;
  const entry = parent ? (gazetteer.byKey.get(splitKeys(`${own} of the ${parent}`).join(' ')) ?? gazetteer.byKey.get(splitKeys(`${own} of ${parent}`).join(' '))) : undefined;
  return {
    name: entry?.name ?? own,
    acronym: entry?.acronym ?? null,
    category: entry?.category ?? c.category ?? 'other',
    parent,
    country: entry?.country ?? owner?.country ?? f.country,
  };
}

interface GroupFields {
  readonly name: string;
  readonly acronym: string | null;
  readonly category: AgencyCategory;
  readonly parent: string | null;
  readonly country: string | null;
}

function groupFields(text: string, list: readonly Form[]): GroupFields {
  const entry = list.find((f) => f.entry)?.entry ?? null;
  return {
    name: nameOfGroup(text, list, entry),
    acronym: entry?.acronym ?? list.find((m) => m.candidate.acronym)?.candidate.acronym ?? list.find((m) => m.acronym)?.acronym ?? null,
    category: entry?.category ?? list.find((m) => m.candidate.category)?.candidate.category ?? 'other',
    parent: entry?.parent ?? null,
    country: entry ? entry.country : (list.find((m) => m.country)?.country ?? null),
  };
}

/** Countries whose places the text names. */
function documentCountries(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.shape === 'lower') continue;
    const one = placeOf(words, i, i);
    if (one) out.add(one.country);
    const two = i + 1 < words.length ? placeOf(words, i, i + 1) : undefined;
    if (two) out.add(two.country);
  }
  return out;
}

/** "Senate", "Congress", "Treasury": a bare institution word names a national body only in a text about its country. */
function isBareHead(keys: readonly string[]): boolean {
  return keys.every((k) => HEADS.has(k) || CONNECTORS.has(k));
}

function makeForm(words: readonly Word[], c: Candidate, countries: () => ReadonlySet<string>, gazetteer: Gazetteer): Form {
  // (Only a key ending in "s" can end in a possessive.)
  const keys = keysOf(words, c.first, c.last).map((k) => (k.endsWith('s') ? k.replace(POSSESSIVE_END, '') : k));
  // A leading national place ("U.S.", "Chinese") is not part of what identifies the body; a city is ("Shanghai police").
  let placeEnd = 0;
  let country: string | null = null;
  for (let n = mayStartPlace(keys[0] ?? '') ? Math.min(4, keys.length - 1) : 0; n >= 1; n--) {
    const place = PLACES.get(keys.slice(0, n).join(' '));
    if (place) {
      placeEnd = place.national ? n : 0;
      country = place.country;
      break;
    }
  }
  // "China’s Ministry …", "South Africa’s …", "Chinese Ministry …" just before the span.
  for (let n = 1; !country && n <= 3 && c.first - n >= 0; n++) {
    const before = words[c.first - 1] as Word;
    const place = placeOf(words, c.first - n, c.first - 1);
    if (place && (before.possessive || place.adjective)) country = place.country;
  }
  const coreKeys = keys.slice(placeEnd);
  const isAcronym = c.first === c.last && (words[c.first] as Word).shape === 'upper';
  const placeAcronym = c.last === c.first + placeEnd && (words[c.last] as Word).shape === 'upper';
  const distinctive = coreKeys.filter((k) => !CONNECTORS.has(k) && !HEADS.has(k) && !PLACES.has(k));
  // The name as written, else without its national place when the entry belongs to that country ("U.S. Department of Energy").
  const fullKey = keys.join(' ');
  const coreKey = coreKeys.join(' ');
  const coreEntry = placeEnd > 0 ? gazetteer.byKey.get(coreKey) : undefined;
  const exactKey = gazetteer.byKey.has(fullKey) ? fullKey : coreEntry && (coreEntry.country === null || coreEntry.country === country) ? coreKey : undefined;
  const exact = exactKey === undefined ? undefined : gazetteer.byKey.get(exactKey);
  let entry = c.entry;
  if (entry?.country && isBareHead(keys) && !countries().has(entry.country)) entry = null;
  let aliasName: string | null = null;
  const bareForeign = exact?.country && isBareHead(keys) && !countries().has(exact.country);
  if (exact && exactKey !== undefined && !isAcronym && !placeAcronym && !bareForeign && (entry === null || entry === exact)) {
    entry = exact;
    aliasName = gazetteer.aliasText.get(exactKey) ?? exact.name;
  }
  return {
    candidate: c,
    keys,
    coreKeys,
    distinctive,
    acronym: isAcronym ? (words[c.first] as Word).text.replace(POSSESSIVE_END, '') : placeAcronym ? (words[c.last] as Word).text : null,
    country,
    entry,
    aliasName,
    group: 0,
  };
}

/** A short form must share the longer name's head or its first distinctive word ("Tyvak" ~ "Tyvak Nano-Satellite Systems"). */
function sharesHeadOrStarts(f: Form, g: Form): boolean {
  const fHeads = f.coreKeys.filter((k) => HEADS.has(k));
  if (fHeads.length > 0) return fHeads.every((k) => g.coreKeys.includes(k));
  return g.distinctive[0] === f.distinctive[0] || (MEDIA_SUFFIXES.has(g.keys[g.keys.length - 1] ?? '') && f.distinctive.length > 0);
}

function nameOfGroup(text: string, list: readonly Form[], entry: Entry | null): string {
  const full = list.filter((f) => !f.acronym);
  if (entry) {
    // The fullest written form that is one of the entry's own names, in the gazetteer's spelling.
    const exact = full.filter((f) => f.aliasName !== null && f.entry === entry);
    const best = longest(exact);
    // A written name of three words or more that is the official name or a run of it is kept ("Centers for
    // Disease Control"); shorter or reordered forms give way to the official name ("Communist Party", "public security ministry").
    if (best && best.keys.length >= 3 && best.aliasName && isRunOf(best.coreKeys, splitKeys(entry.name))) return best.aliasName;
    return entry.name;
  }
  const best = longest(full);
  if (best) return display(text, best);
  const first = list[0] as Form;
  return first.acronym ?? display(text, first);
}

function longest(list: readonly Form[]): Form | undefined {
  let best: Form | undefined;
  for (const f of list) {
    if (!best || f.coreKeys.length > best.coreKeys.length || (f.coreKeys.length === best.coreKeys.length && f.candidate.end - f.candidate.start > best.candidate.end - best.candidate.start)) best = f;
  }
  return best;
}

function display(text: string, f: Form): string {
  return text.slice(f.candidate.start, f.candidate.end).replace(SPACES, ' ').replace(POSSESSIVE_END, '');
}

function displayOf(text: string, words: readonly Word[], first: number, c: Candidate): string {
  return text.slice((words[first] as Word).start, c.end).replace(SPACES, ' ').replace(POSSESSIVE_END, '');
}

/** What resolving an acronym prefix needs of the document's forms and groups. */
interface PrefixContext {
  readonly words: readonly Word[];
  readonly forms: readonly Form[];
  readonly fullNames: readonly number[];
  readonly definitions: ReadonlyMap<string, Candidate>;
  readonly gazetteer: Gazetteer;
  readonly indexOf: ReadonlyMap<Candidate, number>;
  readonly groups: ReadonlyMap<number, GroupFields>;
  readonly find: (i: number) => number;
  /** One answer per acronym. */
  readonly cache: Map<string, AcronymPrefix | null>;
}

interface AcronymPrefix {
  readonly name: string;
  readonly country: string | null;
}

/** The canonical name of an acronym that opens a longer name ("DHS" in "DHS Office of Inspector General"). */
function acronymPrefix(f: Form, context: PrefixContext): AcronymPrefix | null {
  const c = f.candidate;
  const first = context.words[c.first] as Word;
  if (c.last === c.first || first.shape !== 'upper' || c.entry) return null;
  const cached = context.cache.get(first.text);
  if (cached !== undefined) return cached;
  const result = prefixOf(first, f, context);
  context.cache.set(first.text, result);
  return result;
}

function prefixOf(first: Word, f: Form, { forms, fullNames, definitions, gazetteer, indexOf, groups, find }: PrefixContext): AcronymPrefix | null {
  const def = definitions.get(first.text);
  const i = def ? indexOf.get(def) : fullNames.find((j) => forms[j] !== f && acronymMatches(first.text, (forms[j] as Form).keys));
  const group = i === undefined ? undefined : groups.get(find(i));
  if (group) return { name: group.name, country: group.country };
  const entry = gazetteer.byAcronym.get(first.text);
  return entry ? { name: entry.name, country: entry.country } : null;
}
