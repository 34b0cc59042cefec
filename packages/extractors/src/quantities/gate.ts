/**
 * A cheap gate over raw text: a digit, a currency sign or a gate word (one that can begin a
 * numeral) standing as a whole word. Blocks with no hit are never lexed.
 *
 * One scan by code unit with a trie of the words, no regular expression: the hits are exactly
 * those of `[\d<signs>]|\b(?:<words>)\b` under the `iu` flags, whose case folding maps "ſ" to
 * "s" and the Kelvin sign to "k" (and so counts both as word characters for `\b`).
 */
import { CURRENCY_CODES, CURRENCY_SYMBOLS } from './data/currencies.js';
import { FRACTION_WORDS, SCALE_WORDS, SMALL_NUMBERS, VAGUE_PLURALS } from './data/numbers.js';
import { LONG_WORDS } from './data/units.js';
import { LETTER_PREFIX_KEY } from './patterns.js';

/** Signs that are a hit wherever they stand. */
export const GATE_SIGNS = '$£€¥￥₹₩₽₺₱₦₫฿₪₴₿₾元円';

/** Words that are a hit when they stand as a whole word (any case). */
export const GATE_WORDS: readonly string[] = [...new Set<string>([
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(VAGUE_PLURALS),
  ...Object.keys(FRACTION_WORDS),
  ...Object.values(FRACTION_WORDS).flatMap((f) => (f.plural === undefined ? [] : [f.plural])),
  ...Object.keys(LONG_WORDS),
  ...CURRENCY_CODES,
  ...Object.keys(CURRENCY_SYMBOLS).filter((s) => LETTER_PREFIX_KEY.test(s)),
  'minus', 'negative',
])];

const LONG_S = 0x017f;
const KELVIN = 0x212a;

const SIGN_CODES = new Set([...GATE_SIGNS].map((s) => s.charCodeAt(0)));

/** A word character of `\b` under `iu`: ASCII letters, digits, "_", and what folds to them. */
const isWordCode = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === LONG_S || c === KELVIN;

/** What a code unit is to the scan: a hit by itself (digit, sign), a word character, or other. */
const OTHER = 0;
const WORD = 1;
const HIT = 2;
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) => (c >= 0x30 && c <= 0x39) || c === 0x24 ? HIT : isWordCode(c) ? WORD : OTHER);
const kindOf = (c: number): number => (c < 0x80 ? (ASCII_KIND[c] as number) : SIGN_CODES.has(c) ? HIT : c === LONG_S || c === KELVIN ? WORD : OTHER);

/**
 * The trie's slot for a code unit under the case folding of `iu` (a–z, "-", "."), or -1: the
 * words hold nothing else.
 */
function slotOf(c: number): number {
  const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c === LONG_S ? 0x73 : c === KELVIN ? 0x6b : c;
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61;
  return lower === 0x2d ? 26 : lower === 0x2e ? 27 : -1;
}
const SLOTS = 28;

/** The words as a trie: children[node * SLOTS + slot] (0: none; the root is node 0); `ends` marks whole words. */
interface Trie {
  readonly children: Int32Array;
  readonly ends: Uint8Array;
}

function buildTrie(words: readonly string[]): Trie {
  const children: number[] = new Array<number>(SLOTS).fill(0);
  const ends: number[] = [0];
  for (const word of words) {
    let node = 0;
    for (const ch of word) {
      const slot = node * SLOTS + slotOf(ch.charCodeAt(0));
      if (children[slot] === 0) {
        children[slot] = ends.length;
        ends.push(0);
        for (let k = 0; k < SLOTS; k++) children.push(0);
      }
      node = children[slot] as number;
    }
    ends[node] = 1;
  }
  return { children: Int32Array.from(children), ends: Uint8Array.from(ends) };
}

const TRIE = buildTrie(GATE_WORDS);

/** True when a gate word starts at `at` (a word start) and ends at a word boundary. */
function wordAt(text: string, at: number): boolean {
  let node = 0;
  for (let i = at; i < text.length; i++) {
    const slot = slotOf(text.charCodeAt(i));
    if (slot < 0) return false;
    node = TRIE.children[node * SLOTS + slot] as number;
    if (node === 0) return false;
    // `\b` after the word: the characters on either side differ in being word characters.
    if (TRIE.ends[node] === 1 && isWordCode(text.charCodeAt(i)) !== isWordCode(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Offset of the first hit in [from, to), or +Infinity. */
export function nextGateHit(text: string, from: number, to = text.length): number {
  const end = Math.min(to, text.length);
  let previousWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
  for (let at = from; at < end; at++) {
    const kind = kindOf(text.charCodeAt(at));
    if (kind === HIT) return at;
    if (kind === WORD && !previousWord && wordAt(text, at)) return at;
    previousWord = kind === WORD;
  }
  return Number.POSITIVE_INFINITY;
}
