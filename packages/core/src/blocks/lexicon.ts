/**
 * Furniture lexicon (data/furniture.json, plus the caller's own phrases) and menu names
 * (data/menus.json). Lookups are plain string operations on a normalised line: no RegExp
 * is built from the data, so user phrases cannot make matching slow.
 */
import furnitureData from './data/furniture.json' with { type: 'json' };
import menuData from './data/menus.json' with { type: 'json' };
import { isLetterCode, SCRIPT_TABLE } from './scripts.js';

interface PhraseTable {
  readonly exact: Map<string, string>;
  /** Prefix phrases by headKey (their first two characters), longest first, with their reason. */
  readonly prefix: Map<number, (readonly [string, string])[]>;
  /** All 'contains' phrases as one alternation of escaped literals (linear: no quantifiers). */
  readonly contains: RegExp | null;
  readonly containsReason: Map<string, string>;
}

type FurnitureData = Record<string, { exact?: string[]; prefix?: string[]; contains?: string[] }>;

const EDGE_TRIM_CHARS = [' ', '\t', '*', '•', '·', '-', '–', '—', '|', '>', '<', ':', '：', '›', '»', '«', '‹', '→', '…', '.', ',', '/', '\\', '#', '+', '=', '~', '[', ']', '(', ')', '"', "'", '“', '”', '‘', '’', '\u00a0', '\u200b'];

function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x205f || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/** Code units by role, for the per-character loops: blank (white space) and edge (trimmed at the ends). */
const BLANK = 1;
const EDGE = 2;
const CHAR_ROLE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isBlankChar(c)) CHAR_ROLE[c] = BLANK | EDGE;
for (const ch of EDGE_TRIM_CHARS) CHAR_ROLE[ch.charCodeAt(0)] = (CHAR_ROLE[ch.charCodeAt(0)] as number) | EDGE;

/** Lower case with every run of white space (no-break and thin spaces too) made one space, none at the ends. */
function collapse(line: string, s: number, e: number): string {
  // most lines have single plain spaces between words and none at the edges: one slice
  let prevBlank = true;
  let i = s;
  for (; i < e; i++) {
    const c = line.charCodeAt(i);
    const blank = (CHAR_ROLE[c] as number) & BLANK;
    if (blank && (c !== 0x20 || prevBlank)) break;
    prevBlank = blank !== 0;
  }
  if (i === e && !prevBlank) return line.slice(s, e).toLowerCase();
  // else join the runs of non-blank characters with one space
  let out = '';
  i = s;
  while (i < e) {
    while (i < e && (CHAR_ROLE[line.charCodeAt(i)] as number) & BLANK) i++;
    if (i >= e) break;
    let j = i + 1;
    while (j < e && !((CHAR_ROLE[line.charCodeAt(j)] as number) & BLANK)) j++;
    out = out === '' ? line.slice(i, j) : `${out} ${line.slice(i, j)}`;
    i = j;
  }
  return out.toLowerCase();
}

/** The first and one past the last position of `line` that are not edge characters. */
function edgeTrimmed(line: string): [number, number] {
  let s = 0;
  let e = line.length;
  while (s < e && (CHAR_ROLE[line.charCodeAt(s)] as number) & EDGE) s++;
  while (e > s && (CHAR_ROLE[line.charCodeAt(e - 1)] as number) & EDGE) e--;
  return [s, e];
}

/** Lower case, list markers and edge punctuation trimmed, inner white space collapsed. */
export function normaliseLine(line: string): string {
  const [s, e] = edgeTrimmed(line);
  return collapse(line, s, e);
}

/**
 * Lower case, white space collapsed, only a leading list marker trimmed. `lowerLine` is this
 * with trailing white space trimmed (keeps a trailing ':'); `normaliseLine` is this with edge
 * characters trimmed (`normalisedFromCollapsed`): one line gives both from one pass.
 */
export function collapsedLine(line: string): string {
  let s = 0;
  while (s < line.length && (line.charCodeAt(s) === 0x2a || line.charCodeAt(s) === 0x2022 || isBlankChar(line.charCodeAt(s)))) s++;
  return collapse(line, s, line.length);
}

/** Lower case, white space collapsed, only a leading list marker trimmed (keeps a trailing ':'). */
export function lowerLine(line: string): string {
  return collapsedLine(line).trimEnd();
}

/**
 * normaliseLine(line) from collapsedLine(line): the characters before and after the edge
 * characters are the same (edge characters have no case, and white space is collapsed alike).
 */
export function normalisedFromCollapsed(collapsed: string): string {
  const [s, e] = edgeTrimmed(collapsed);
  return s === 0 && e === collapsed.length ? collapsed : collapsed.slice(s, e);
}

function buildTable(data: FurnitureData, extra?: Readonly<Record<string, readonly string[]>>): PhraseTable {
  const exact = new Map<string, string>();
  const prefix: [string, string][] = [];
  const contains: [string, string][] = [];
  for (const [reason, entry] of Object.entries(data)) {
    if (reason.startsWith('_')) continue;
    for (const p of entry.exact ?? []) if (!exact.has(p)) exact.set(p, reason);
    for (const p of entry.prefix ?? []) prefix.push([p, reason]);
    for (const p of entry.contains ?? []) contains.push([p, reason]);
  }
  if (extra) {
    // The caller's phrases win over the built-in ones: a whole line equal to the phrase, or a
    // line starting with the phrase followed by a colon.
    for (const [reason, phrases] of Object.entries(extra)) {
      if (!Array.isArray(phrases)) continue;
      for (const raw of phrases as readonly unknown[]) {
        const p = normaliseLine(String(raw));
        if (!p) continue;
        exact.set(p, reason);
        prefix.unshift([`${p}:`, reason]);
      }
    }
  }
  prefix.sort((a, b) => b[0].length - a[0].length);
  const byHead = new Map<number, (readonly [string, string])[]>();
  for (const entry of prefix) {
    const head = headKey(entry[0]);
    const list = byHead.get(head);
    if (list) list.push(entry);
    else byHead.set(head, [entry]);
  }
  const containsReason = new Map(contains);
  const alternation = [...containsReason.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return { exact, prefix: byHead, contains: alternation ? new RegExp(alternation) : null, containsReason };
}

/**
 * The first two characters of a string as one small integer (the string itself is not sliced);
 * strings of different heads may share a key, the caller still tests the whole phrase.
 */
function headKey(s: string): number {
  if (s.length === 0) return -1;
  if (s.length === 1) return -2 - s.charCodeAt(0);
  return (Math.imul(s.charCodeAt(0), 0x9e37) ^ s.charCodeAt(1)) & 0x3fffffff;
}

function escapeRegExp(s: string): string {
  let out = '';
  for (const ch of s) out += '\\^$.*+?()[]{}|/'.includes(ch) ? `\\${ch}` : ch;
  return out;
}

const builtIn = buildTable(furnitureData as FurnitureData);

export interface Lexicon {
  /** Reason for a line that is a furniture phrase as a whole or starts with one, else null. */
  whole(norm: string, lower: string): string | null;
  /** Reason for a furniture phrase found anywhere in the line (use on short lines only), else null. */
  inside(lower: string): string | null;
}

function isWordChar(ch: string): boolean {
  return ch !== '' && isLetterCode(ch.charCodeAt(0));
}

function makeLexicon(table: PhraseTable): Lexicon {
  // a line longer than every phrase cannot equal one: it is not hashed for the lookup
  let longestExact = 0;
  for (const p of table.exact.keys()) longestExact = Math.max(longestExact, p.length);
  return {
    whole(norm, lower) {
      const hit = norm.length <= longestExact ? table.exact.get(norm) : undefined;
      if (hit !== undefined) return hit;
      for (const [p, reason] of table.prefix.get(headKey(lower)) ?? []) {
        if (lower.startsWith(p)) {
          // a phrase ending in a letter must end at a word boundary ("by " vs "bypass")
          if (isWordChar(p.charAt(p.length - 1)) && isWordChar(lower.charAt(p.length))) continue;
          return reason;
        }
      }
      return null;
    },
    inside(lower) {
      const m = table.contains?.exec(lower);
      return m ? (table.containsReason.get(m[0]) ?? null) : null;
    },
  };
}

const defaultLexicon = makeLexicon(builtIn);

/** The RegExps compiled from the lexicon data (for the ReDoS check). */
export const lexiconPatterns: readonly RegExp[] = builtIn.contains ? [builtIn.contains] : [];

// one table per options object: a pipeline passes the same options for every document
const withExtra = new WeakMap<object, Lexicon>();

export function lexiconFor(extra?: Readonly<Record<string, readonly string[]>>): Lexicon {
  if (!extra || typeof extra !== 'object' || Object.keys(extra).length === 0) return defaultLexicon;
  let lexicon = withExtra.get(extra);
  if (!lexicon) {
    lexicon = makeLexicon(buildTable(furnitureData as FurnitureData, extra));
    withExtra.set(extra, lexicon);
  }
  return lexicon;
}

// ---- menus: lines that are mostly a run of language names or social networks ----

interface MenuName {
  readonly name: string;
  /** Its non-space characters, the share of a line it covers. */
  readonly visible: number;
}

interface MenuNames {
  readonly reason: string;
  /** Names by the code of their first character, longest first, so "русский язык" wins over "русский". */
  readonly names: ReadonlyMap<number, readonly MenuName[]>;
}

function visibleChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x20) n++;
  return n;
}

function byFirstChar(names: readonly string[]): Map<number, MenuName[]> {
  const map = new Map<number, MenuName[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name === '') continue;
    const entry = { name, visible: visibleChars(name) };
    const list = map.get(name.charCodeAt(0));
    if (list) list.push(entry);
    else map.set(name.charCodeAt(0), [entry]);
  }
  return map;
}

const menus: readonly MenuNames[] = Object.entries(menuData as Record<string, unknown>)
  .filter(([k]) => !k.startsWith('_'))
  .map(([reason, names]) => ({ reason, names: byFirstChar(names as string[]) }));

/**
 * Share of a line's non-space characters covered by menu names of one kind, scanning left to
 * right (names may be glued: "EnglishFrançaisDeutsch"). Returns the best kind and its cover.
 * With `minCover`, a kind is given up as soon as it can no longer cover that share (null when none can).
 */
export function menuCover(lower: string, minCover = 0): { reason: string; cover: number; names: number } | null {
  let best: { reason: string; cover: number; names: number } | null = null;
  const visible = visibleChars(lower);
  if (visible === 0) return null;
  for (const menu of menus) {
    let covered = 0;
    let count = 0;
    let i = 0;
    let lastEnd = -1;
    // visible characters outside names so far: once too many, this kind cannot reach minCover
    // (the same division as the cover itself, so the test agrees with it to the last bit)
    let uncovered = 0;
    let hopeless = false;
    while (i < lower.length) {
      const c = lower.charCodeAt(i);
      let hit: MenuName | null = null;
      // a name starts right after another name (glued menus) or not inside a word of the
      // same script (no "x" inside "next")
      const candidates = i === lastEnd || i === 0 || !insideWord(lower.charCodeAt(i - 1), c) ? menu.names.get(c) : undefined;
      if (candidates !== undefined) {
        for (const entry of candidates) {
          if (lower.startsWith(entry.name, i)) {
            hit = entry;
            break;
          }
        }
      }
      if (hit) {
        covered += hit.visible;
        count++;
        i += hit.name.length;
        lastEnd = i;
      } else {
        if (c > 0x20 && (visible - ++uncovered) / visible < minCover) {
          hopeless = true;
          break;
        }
        i++;
      }
    }
    if (hopeless) continue;
    const cover = covered / visible;
    if (count > 0 && (!best || cover > best.cover)) best = { reason: menu.reason, cover, names: count };
  }
  return best;
}

/** `c` continues a word of the same script as `prev` (both letters, both ASCII or both not). */
function insideWord(prev: number, c: number): boolean {
  return LETTER_SCRIPT[prev] !== 0 && LETTER_SCRIPT[c] !== 0 && isAsciiLetterCode(prev) === isAsciiLetterCode(c);
}

/** The script table, held locally for the per-character menu scan (0: not a letter). */
const LETTER_SCRIPT = SCRIPT_TABLE;

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
