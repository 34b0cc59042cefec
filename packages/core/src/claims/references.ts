/**
 * Generic references to agencies ("the ministry", "public security organs", "the regulator")
 * and the agency each stands for. The agencies extractor may publish its own resolutions in
 * `doc.data.agencyReferences` ([{start, end, text, resolvedName}]); those are used first.
 * The fallback here resolves a reference whose words occur in an agency's name ("the ministry"
 * → the nearest preceding agency with "Ministry" in its name; "public security organs" → one
 * with "Public Security"); a reference whose words no agency name shares ("the court" in a text
 * naming no court) stays unresolved unless the text puts that noun in apposition to an agency.
 * Bare plurals of a kind ("regulators", "police", "authorities") are non-specific: they stand
 * for an agency only when the agencies extractor resolved them or the text itself describes an
 * agency with that noun in apposition ("China's cyberspace regulator, the Cyberspace
 * Administration of China" makes "regulators" stand for it). The body of a place ("the city's
 * public security bureau", "In Tibet, police") never stands for an agency named alike.
 */
import type { Doc } from '../document.js';
import type { Range } from '../span.js';
import { firstFrom, spansIn } from './spans.js';

export interface AgencyReference extends Range {
  readonly text: string;
  /** Canonical name of the agency it stands for, or null when it stays unresolved. */
  readonly resolvedName: string | null;
}

export interface NamedAgency extends Range {
  readonly id: string;
  readonly name: string;
}

/** Heads of definite singular references; matched with an optional, possibly glued "the" ("Theministry"). */
const SINGULAR_HEADS = ['ministry', 'administration', 'regulator', 'bureau', 'commission', 'procuratorate', 'court', 'department', 'agency', 'office', 'watchdog'];
/** Bare plurals that never resolve to one agency. */
const NON_SPECIFIC = ['regulators', 'authorities', 'police', 'officials', 'agencies', 'departments', 'the government', 'the authorities', 'the police'];

// "public security organs/bureaus/authorities/departments", the singular heads, the non-specific words.
const REFERENCE = new RegExp(
  String.raw`\b(?:(the\s*|its\s+|their\s+)?(public\s+security\s+(?:organs?|bureaus?|authorities|departments?))|(the\s*)?(${SINGULAR_HEADS.join('|')})(?![\p{L}-])|(${NON_SPECIFIC.map((w) => w.replace(' ', String.raw`\s+`)).join('|')})(?![\p{L}-]))`,
  'giu',
);
/** The same pattern tried at one position only. */
const REFERENCE_AT = new RegExp(REFERENCE.source, 'iuy');
/**
 * Where a REFERENCE match can begin: a word opening with the first two letters of a word the
 * pattern starts with ("th", "pu", "mi", ...). A cheap scan for these, each confirmed by
 * REFERENCE_AT, finds the same matches as REFERENCE itself in a fraction of the time. (The letters
 * are ASCII and no other character folds to them; an ASCII word boundary holds wherever the
 * Unicode one does.)
 */
const OPENING = new RegExp(
  String.raw`\b(?:${[...new Set(['the', 'its', 'their', 'public', ...SINGULAR_HEADS, ...NON_SPECIFIC].map((w) => w.slice(0, 2)))].join('|')})`,
  'gi',
);

/** A reference that is only a bare plural or "the police": resolved only through an apposition, whoever published it. */
const NON_SPECIFIC_WORD = new RegExp(`^(?:${NON_SPECIFIC.map((w) => w.replace(' ', String.raw`\s+`)).join('|')})$`, 'iu');


// "the city's public security bureau", "local police", "In Tibet, police", "police in Sichuan province":
// the body of a place, not the agency whose name it shares.
const LOCAL_BEFORE = /(?:['’]s|\b(?:local|provincial|municipal|city|county|district|regional)|\b[Ii]n \p{Lu}[\p{L}-]*,)\s+$/u;
const LOCAL_AFTER = /^\s+in \p{Lu}/u;
const isLocal = (doc: Doc, start: number, end: number): boolean =>
  LOCAL_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start)) || LOCAL_AFTER.test(doc.text.slice(end, end + 8));

/** Office nouns the text may put in apposition to an agency name. */
/** What may lie between the comma closing an apposition and the name ("regulator, China's Cyberspace ..."). */
const AFTER_APPOSITION = /^\s*(?:(?:the|\p{Lu}\p{L}*['’]s)\s+)?$/u;
const DESCRIPTOR_AFTER = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the|its|a)\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+)/u;

const LEADING_FUNCTION_WORDS = /^(?:(?:that|this|these|those|and|but|as|when|after|while)\s+)+/i;

export const REFERENCE_PATTERNS: readonly RegExp[] = [REFERENCE, REFERENCE_AT, LOCAL_BEFORE, LOCAL_AFTER, NON_SPECIFIC_WORD, LEADING_FUNCTION_WORDS, AFTER_APPOSITION, DESCRIPTOR_AFTER, OPENING];

const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/** The noun before a comma that closes right before an agency name: "regulator" in "cyberspace regulator, the CAC". */
function descriptorBefore(text: string, start: number): string | null {
  const window = text.slice(Math.max(0, start - 40), start);
  const comma = window.lastIndexOf(',');
  if (comma < 0 || !AFTER_APPOSITION.test(window.slice(comma + 1))) return null;
  let end = comma;
  while (end > 0 && /\s/.test(window[end - 1] as string)) end--;
  let begin = end;
  while (begin > 0 && isLetter(window[begin - 1] as string)) begin--;
  return begin < end ? window.slice(begin, end) : null;
}
const DESCRIPTOR_NOUNS = new Set(['regulator', 'watchdog', 'authority', 'agency', 'ministry', 'administration', 'bureau', 'department', 'body', 'censor', 'police', 'office', 'commission']);

const descriptorCache = new WeakMap<object, Map<string, string>>();

/** Descriptor noun → agency name, from appositions around agency mentions. */
function descriptorsOf(doc: Doc, agencies: readonly NamedAgency[]): Map<string, string> {
  let map = descriptorCache.get(agencies);
  if (map) return map;
  map = new Map();
  for (const a of agencies) {
    const after = DESCRIPTOR_AFTER.exec(doc.text.slice(a.end, a.end + 60))?.[1];
    for (const word of [descriptorBefore(doc.text, a.start), after]) {
      const noun = word?.toLowerCase();
      if (noun && DESCRIPTOR_NOUNS.has(noun) && !map.has(noun)) map.set(noun, a.name);
    }
  }
  descriptorCache.set(agencies, map);
  return map;
}

const singular = (w: string) => w.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').replace(/ies$/, 'y').replace(/s$/, '');

/** Words of an agency name a reference must share ("public security" for "public security organs"). */
function keyWords(reference: string): string[] {
  const lower = reference.toLowerCase().replace(/^(?:the|its|their)\s*/, '');
  const ps = /public\s+security/.exec(lower);
  if (ps) return ['public', 'security'];
  return [lower.trim()];
}

/** How a published reference reads: the body of a place stands for no agency; a bare plural only through an apposition. */
function publishedReading(doc: Doc, r: AgencyReference, agencies: readonly NamedAgency[]): AgencyReference {
  if (isLocal(doc, r.start, r.end)) return { ...r, resolvedName: null };
  if (r.resolvedName) return r;
  const head = r.text.trim().replace(LEADING_FUNCTION_WORDS, '');
  return NON_SPECIFIC_WORD.test(head) ? { ...r, resolvedName: descriptorsOf(doc, agencies).get(singular(head)) ?? null } : r;
}

/** True when `r` overlaps one of the first `count` references of `list`. */
function overlapsAny(list: readonly Range[], count: number, r: Range): boolean {
  for (let i = 0; i < count; i++) {
    const p = list[i] as Range;
    if (p.start < r.end && r.start < p.end) return true;
  }
  return false;
}

const byStart = (a: Range, b: Range): number => a.start - b.start;

/** Generic references in [range]: those the agencies extractor published, plus the ones found here that it did not cover. */
function collectReferences(doc: Doc, range: Range, agencies: readonly NamedAgency[]): AgencyReference[] {
  const out: AgencyReference[] = [];
  for (const r of spansIn(publishedReferences(doc), range)) out.push(publishedReading(doc, r, agencies));
  const published = out.length;
  for (const f of findReferences(doc, range, agencies)) if (!overlapsAny(out, published, f)) out.push(f);
  // Each part is in text order already: only the two together need sorting.
  return published > 0 && out.length > published ? out.sort(byStart) : out;
}

interface RangeMemo {
  readonly agencies: readonly NamedAgency[];
  readonly published: readonly AgencyReference[];
  readonly byRange: Map<string, readonly AgencyReference[]>;
}

const rangeMemos = new WeakMap<Doc, RangeMemo>();

/**
 * Generic references in [range]: those the agencies extractor published, plus the ones found here
 * that it did not cover. Claims of one sentence, and the slots of one claim, ask about the same
 * ranges again: the answers are kept per document (and agency list).
 */
export function referencesIn(doc: Doc, range: Range, agencies: readonly NamedAgency[]): readonly AgencyReference[] {
  const published = publishedReferences(doc);
  let memo = rangeMemos.get(doc);
  if (!memo || memo.agencies !== agencies || memo.published !== published) {
    memo = { agencies, published, byRange: new Map() };
    rangeMemos.set(doc, memo);
  }
  const key = `${range.start}:${range.end}`;
  let refs = memo.byRange.get(key);
  if (!refs) {
    // A plain range, whatever the caller passed (a clause, a block): the scans below see one shape.
    refs = collectReferences(doc, { start: range.start, end: range.end }, agencies);
    memo.byRange.set(key, refs);
  }
  return refs;
}

/** True when [start, end) overlaps an agency mention (agencies in text order, not overlapping each other). */
function overlapsAgency(agencies: readonly NamedAgency[], start: number, end: number): boolean {
  const i = firstFrom(agencies, end) - 1;
  const a = agencies[i];
  return a !== undefined && a.end > start;
}

const publishedCache = new WeakMap<object, AgencyReference[]>();
const NONE_PUBLISHED: readonly AgencyReference[] = [];

/** The references the agencies extractor published in `doc.data.agencyReferences`, well-formed and sorted. */
function publishedReferences(doc: Doc): readonly AgencyReference[] {
  const raw = doc.data.agencyReferences;
  if (!Array.isArray(raw)) return NONE_PUBLISHED;
  let list = publishedCache.get(raw);
  if (!list) {
    list = (raw as unknown[])
      .filter((r): r is AgencyReference => {
        const x = r as Partial<AgencyReference> | null;
        return !!x && Number.isInteger(x.start) && Number.isInteger(x.end) && typeof x.text === 'string';
      })
      .sort((a, b) => a.start - b.start);
    publishedCache.set(raw, list);
  }
  return list;
}

const matchEnd = (m: RegExpExecArray): number => m.index + m[0].length;

/**
 * The matches a scan of REFERENCE from `range.start` finds, up to the first one reaching past
 * `range.end`. Candidates come from OPENING run over the range alone (with the character before
 * it, which decides a word boundary at its start), so a range costs its own length however long
 * the text; each is confirmed by REFERENCE_AT on the whole text. A candidate in the range's last
 * character could only begin a match reaching past it.
 */
function matchesIn(doc: Doc, range: Range): RegExpExecArray[] {
  const { text } = doc;
  const from = Math.max(0, range.start - 1);
  const window = text.slice(from, range.end);
  const out: RegExpExecArray[] = [];
  OPENING.lastIndex = range.start - from;
  for (let open = OPENING.exec(window); open !== null; open = OPENING.exec(window)) {
    REFERENCE_AT.lastIndex = from + open.index;
    const m = REFERENCE_AT.exec(text);
    if (m === null) {
      OPENING.lastIndex = open.index + 1;
      continue;
    }
    if (matchEnd(m) > range.end) break;
    out.push(m);
    // A scan goes on after the match it found.
    OPENING.lastIndex = matchEnd(m) - from;
  }
  return out;
}

function findReferences(doc: Doc, range: Range, agencies: readonly NamedAgency[]): AgencyReference[] {
  const out: AgencyReference[] = [];
  for (const m of matchesIn(doc, range)) {
    const start = m.index;
    const end = start + m[0].length;
    // A capitalised head right after a name is part of that name ("Traffic Management Bureau").
    if (overlapsAgency(agencies, start, end)) continue;
    if (m[5] !== undefined) {
      out.push({ start, end, text: m[0], resolvedName: descriptorsOf(doc, agencies).get(singular(m[5])) ?? null });
      continue;
    }
    const definite = m[1] !== undefined || m[3] !== undefined || /^\p{Lu}/u.test(m[0]);
    if (m[4] !== undefined && !definite) continue; // "a ministry", "ministry officials" lower-case: not a reference
    const head = (m[4] ?? '').toLowerCase();
    // "the city's public security bureau", "local public security organs": a local body, not the agency named alike.
    out.push({ start, end, text: m[0], resolvedName: isLocal(doc, start, end) ? null : resolve(m[0], start, agencies, descriptorsOf(doc, agencies).get(head) ?? null) });
  }
  return out;
}

/** The agency a reference at `offset` stands for: nearest preceding agency sharing its words, else the first following, else (singular office kinds) the main agency. */
const sharingCache = new WeakMap<object, Map<string, NamedAgency[]>>();

/** The agencies whose names contain all `words`, in text order (computed once per document and word set). */
function agenciesSharing(agencies: readonly NamedAgency[], words: readonly string[]): NamedAgency[] {
  let byKey = sharingCache.get(agencies);
  if (!byKey) {
    byKey = new Map();
    sharingCache.set(agencies, byKey);
  }
  const key = words.join(' ');
  let list = byKey.get(key);
  if (!list) {
    list = agencies.filter((a) => {
      const name = a.name.toLowerCase();
      return words.every((w) => name.includes(w));
    });
    byKey.set(key, list);
  }
  return list;
}

function resolve(reference: string, offset: number, agencies: readonly NamedAgency[], fallback: string | null): string | null {
  const candidates = agenciesSharing(agencies, keyWords(reference));
  const i = firstFrom(candidates, offset);
  // the nearest one ending before the reference, else the first after it
  const before = candidates[i - 1];
  const best = before && before.end <= offset ? before : candidates[i];
  return best ? best.name : fallback;
}
