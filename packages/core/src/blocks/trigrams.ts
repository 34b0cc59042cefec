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
import { isRegExpSpace } from '../text/tokens.js';
import { lowerUnit } from './stopwords.js';

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

/**
 * The candidate languages of one script and their profiles. A trigram is a number made of the
 * indices of its three characters in the profiles' alphabet; a trigram with a character
 * outside it is in no profile and adds the same distance to every candidate, so it is skipped.
 */
interface ScriptModels {
  readonly langs: readonly string[];
  /** Index + 1 of each code unit in the alphabet (0: in no profile). */
  readonly letters: Uint16Array;
  readonly base: number;
  /** Trigram → row of `ranks` (one rank per language, -1: absent). */
  readonly rows: TrigramRows;
  readonly ranks: Int16Array;
  /** Scratch: how often each row's trigram occurs in the sample. */
  readonly rowCounts: Int32Array;
}

/** A profile's trigrams and ranks: franc keeps the first rank of a trigram listed twice; other lengths never match. */
function firstRanks(profile: string): Map<string, number> {
  const ranks = new Map<string, number>();
  profile.split('|').forEach((t, rank) => {
    if (t.length === 3 && !ranks.has(t)) ranks.set(t, rank);
  });
  return ranks;
}

function buildModels(profiles: Readonly<Record<string, string>>, only: readonly string[]): ScriptModels {
  const langs = Object.keys(profiles).filter((lang) => only.length === 0 || only.includes(lang));
  const lists = langs.map((lang) => firstRanks(profiles[lang] as string));
  const letters = new Uint16Array(0x10000);
  let size = 0;
  for (const list of lists) for (const [t] of list) for (let k = 0; k < 3; k++) if (letters[t.charCodeAt(k)] === 0) letters[t.charCodeAt(k)] = ++size;
  const base = size + 1;
  const keys = new Map<number, number>();
  for (const list of lists) for (const [t] of list) {
    const key = trigramKey(t, letters, base);
    if (!keys.has(key)) keys.set(key, keys.size);
  }
  const rows = trigramRows(keys);
  const ranks = new Int16Array(rows.size * langs.length).fill(-1);
  lists.forEach((list, l) => {
    for (const [t, rank] of list) ranks[rows.get(trigramKey(t, letters, base)) * langs.length + l] = rank;
  });
  return { langs, letters, base, rows, ranks, rowCounts: new Int32Array(rows.size) };
}

/** Trigram numbers → rows, by open addressing in typed arrays (a few thousand trigrams per script). */
interface TrigramRows {
  readonly size: number;
  /** The row of a trigram number, or -1. */
  get(key: number): number;
}

function trigramRows(rows: ReadonlyMap<number, number>): TrigramRows {
  const bits = Math.max(4, Math.ceil(Math.log2(rows.size * 2 + 1)));
  const mask = (1 << bits) - 1;
  const keys = new Float64Array(mask + 1).fill(-1);
  const values = new Int32Array(mask + 1);
  const slotOf = (key: number) => Math.imul(key | 0, 0x9e3779b1) >>> (32 - bits);
  for (const [key, row] of rows) {
    let slot = slotOf(key);
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    values[slot] = row;
  }
  return {
    size: rows.size,
    get(key) {
      for (let slot = slotOf(key); ; slot = (slot + 1) & mask) {
        const k = keys[slot] as number;
        if (k === key) return values[slot] as number;
        if (k === -1) return -1;
      }
    },
  };
}

/** A profile's trigram as one number (all its characters are in the alphabet). */
function trigramKey(t: string, letters: Uint16Array, base: number): number {
  return ((letters[t.charCodeAt(0)] as number) * base + (letters[t.charCodeAt(1)] as number)) * base + (letters[t.charCodeAt(2)] as number);
}

const SPACE = 0x20;

/** franc's sample cleaning (trigram-utils): punctuation and digits to spaces, spaces collapsed, lower case. */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** What franc's cleaning turns into a space: ASCII punctuation and digits (U+0021-U+0040), white space. */
function isCleanedAway(c: number): boolean {
  return (c >= 0x21 && c <= 0x40) || isRegExpSpace(c);
}

/** The cleaned sample as letter indices (a sample is at most MAX_LENGTH units, plus two spaces). */
const cleanedLetters = new Uint16Array(MAX_LENGTH + 2);

/**
 * Counts the trigrams of ` ${clean(s)} ` (franc pads the sample with a space at each end) into
 * `models.rowCounts`, listing the rows met in `seen`, without building the cleaned string:
 * runs of what cleaning removes are one space, none at the ends, and each character is lower-
 * cased on its own. Returns false (counting nothing) when a character's lower case depends on
 * the whole string (final sigma, "İ", surrogates); `lowered` text is taken as it is.
 */
function countTrigrams(s: string, lowered: boolean, models: ScriptModels, seen: number[]): boolean {
  const { letters, base, rows, rowCounts } = models;
  const units = s.length + 2 <= cleanedLetters.length ? cleanedLetters : new Uint16Array(s.length + 2);
  const space = letters[SPACE] as number;
  let n = 0;
  units[n++] = space;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isCleanedAway(c)) {
      gap = n > 1;
      continue;
    }
    const unit = lowered ? c : lowerUnit(c);
    if (unit === 0) return false;
    if (gap) units[n++] = space;
    gap = false;
    units[n++] = letters[unit] as number;
  }
  units[n++] = space;
  // each window of three letter indices (0: a character in no profile)
  for (let k = 2; k < n; k++) {
    const a = units[k - 2] as number;
    const b = units[k - 1] as number;
    const c = units[k] as number;
    if (a === 0 || b === 0 || c === 0) continue;
    const row = rows.get((a * base + b) * base + c);
    if (row < 0) continue;
    if (rowCounts[row] === 0) seen.push(row);
    rowCounts[row] = (rowCounts[row] as number) + 1;
  }
  return true;
}

/** The candidate language of `models` nearest to the sample's trigram profile (the first on a tie). */
function nearest(value: string, models: ScriptModels): string {
  const { langs, ranks, rowCounts } = models;
  const seen: number[] = [];
  if (!countTrigrams(value, false, models, seen)) countTrigrams(clean(value), true, models, seen);
  const m = langs.length;
  const distances = new Float64Array(m);
  for (const row of seen) {
    const count = rowCounts[row] as number;
    rowCounts[row] = 0;
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
