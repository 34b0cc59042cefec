/**
 * franc's answer (the language with the closest trigram profile), computed on numbers.
 * franc spends most of a call building objects: a match array per script expression, a string
 * per trigram, dictionary-mode objects for the counts and the models, and a distance to every
 * language of the script. Here the same steps run on precomputed tables restricted to the
 * candidate languages: script letters are counted in one pass (code units classified once, on
 * first sight, by franc's own expressions), trigrams are numbers (three UTF-16 units), and each
 * trigram of the sample is looked up once for all candidates of its script. The answer is
 * franc's on every input (test/blocks/trigrams.test.ts compares both).
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants: longest sample, and the distance of a trigram missing from a profile. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** franc's script expressions in its order (ties go to the first), as single-match patterns. */
const SCRIPT_NAMES = Object.keys(expressions);
const SCRIPT_TESTS = SCRIPT_NAMES.map((name) => new RegExp((expressions[name] as RegExp).source));
/** The masks below hold one bit per script (franc 6 has 30), and this "computed" bit. */
const COMPUTED = 1 << 31;
/** How many scripts a mask can hold (the test checks franc's count against it). */
export const MAX_SCRIPTS = 31;

/** Scripts (bit mask) whose expression matches the code unit (or surrogate pair) `chars`. */
function scriptMask(chars: string): number {
  let mask = COMPUTED;
  for (let k = 0; k < SCRIPT_TESTS.length; k++) if ((SCRIPT_TESTS[k] as RegExp).test(chars)) mask |= 1 << k;
  return mask;
}

// filled on first sight of each code unit: a page uses a few hundred of them
const unitMasks = new Int32Array(0x10000);
const pairMasks = new Map<number, number>();

function unitMask(c: number): number {
  let mask = unitMasks[c] as number;
  if (mask === 0) unitMasks[c] = mask = scriptMask(String.fromCharCode(c));
  return mask;
}

/** A surrogate pair is one match (franc's expressions match astral letters as two units). */
function pairMask(hi: number, lo: number): number {
  const key = hi * 0x10000 + lo;
  let mask = pairMasks.get(key);
  if (mask === undefined) pairMasks.set(key, (mask = scriptMask(String.fromCharCode(hi, lo))));
  return mask;
}

/**
 * Index of the script with the most matches (the first on a tie) and its count. A lone
 * surrogate matches no expression (checked in the test), so a high surrogate is read with the
 * unit after it, and a low one counts nowhere.
 */
function topScript(value: string, counts: Int32Array): number {
  counts.fill(0);
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    let mask: number;
    if (c < 0xd800 || c > 0xdfff) mask = unitMask(c);
    else if (c <= 0xdbff && i + 1 < n) mask = pairMask(c, value.charCodeAt(i + 1));
    else continue;
    for (let bits = mask & ~COMPUTED; bits !== 0; bits &= bits - 1) {
      const k = 31 - Math.clz32(bits & -bits);
      counts[k] = (counts[k] as number) + 1;
    }
  }
  let top = 0;
  for (let k = 1; k < counts.length; k++) if ((counts[k] as number) > (counts[top] as number)) top = k;
  return top;
}

/** One trigram (three UTF-16 units) as one exact number. */
function trigramKey(s: string, i: number): number {
  return (s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1)) * 0x10000 + s.charCodeAt(i + 2);
}

/** The candidate languages of one script and their profiles: trigram → row of ranks (-1: absent). */
interface ScriptModels {
  readonly langs: readonly string[];
  readonly rows: ReadonlyMap<number, number>;
  readonly ranks: Int16Array;
}

function buildModels(profiles: Readonly<Record<string, string>>, only: readonly string[]): ScriptModels {
  const langs = Object.keys(profiles).filter((lang) => only.length === 0 || only.includes(lang));
  const rows = new Map<number, number>();
  const entries: [number, number, number][] = [];
  langs.forEach((lang, l) => {
    const seen = new Set<number>();
    (profiles[lang] as string).split('|').forEach((trigram, rank) => {
      if (trigram.length !== 3) return; // cannot equal a trigram of the sample
      const key = trigramKey(trigram, 0);
      // franc keeps the first rank of a trigram listed twice
      if (seen.has(key)) return;
      seen.add(key);
      if (!rows.has(key)) rows.set(key, rows.size);
      entries.push([rows.get(key) as number, l, rank]);
    });
  });
  const ranks = new Int16Array(rows.size * langs.length).fill(-1);
  for (const [row, l, rank] of entries) ranks[row * langs.length + l] = rank;
  return { langs, rows, ranks };
}

/** franc's sample cleaning (trigram-utils): punctuation and digits to spaces, spaces collapsed, lower case. */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The candidate language of `models` nearest to the sample's trigram profile (the first on a tie). */
function nearest(value: string, models: ScriptModels): string {
  const padded = ` ${clean(value)} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = trigramKey(padded, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const { langs, rows, ranks } = models;
  const m = langs.length;
  const distances = new Float64Array(m);
  for (const [key, count] of counts) {
    const row = rows.get(key);
    // a trigram in no candidate's profile adds the same distance to every candidate
    if (row === undefined) continue;
    for (let l = 0, at = row * m; l < m; l++, at++) {
      const rank = ranks[at] as number;
      distances[l] = (distances[l] as number) + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  let best = 0;
  for (let l = 1; l < m; l++) if ((distances[l] as number) < (distances[best] as number)) best = l;
  return langs[best] as string;
}

export interface TrigramDetector {
  /** franc(value, { only, minLength }): an ISO 639-3 code, or 'und'. */
  (value: string, minLength: number): string;
}

/** A detector restricted to `only` (all of franc's languages when empty). */
export function trigramDetector(only: readonly string[]): TrigramDetector {
  const allowed = (lang: string) => only.length === 0 || only.includes(lang);
  const models = new Map<string, ScriptModels>();
  for (const [script, profiles] of Object.entries(data)) {
    const built = buildModels(profiles, only);
    if (built.langs.length > 0) models.set(script, built);
  }
  const counts = new Int32Array(SCRIPT_NAMES.length);
  return (input, minLength) => {
    if (!input || input.length < minLength) return 'und';
    const value = input.slice(0, MAX_LENGTH);
    const top = topScript(value, counts);
    const script = SCRIPT_NAMES[top] as string;
    if (!(script in data)) return counts[top] === 0 || !allowed(script) ? 'und' : script;
    const scriptModels = models.get(script);
    return scriptModels === undefined ? 'und' : nearest(value, scriptModels);
  };
}
