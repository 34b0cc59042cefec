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

/** The case folding of `iu` for the characters the words hold. */
const fold = (c: number): number => ((c >= 0x41 && c <= 0x5a) ? c | 0x20 : c === LONG_S ? 0x73 : c === KELVIN ? 0x6b : c);

/** The words as a trie over folded code units: node → (code unit → child); `ends` marks whole words. */
interface Trie {
  readonly next: Map<number, number>[];
  readonly ends: boolean[];
}

function buildTrie(words: readonly string[]): Trie {
  const next: Map<number, number>[] = [new Map()];
  const ends: boolean[] = [false];
  for (const word of words) {
    let node = 0;
    for (const ch of word.toLowerCase()) {
      const code = ch.charCodeAt(0);
      let child = (next[node] as Map<number, number>).get(code);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push(false);
        (next[node] as Map<number, number>).set(code, child);
      }
      node = child;
    }
    ends[node] = true;
  }
  return { next, ends };
}

const TRIE = buildTrie(GATE_WORDS);

/** True when a gate word starts at `at` (a word start) and ends at a word boundary. */
function wordAt(text: string, at: number): boolean {
  let node = 0;
  for (let i = at; i < text.length; i++) {
    const child = (TRIE.next[node] as Map<number, number>).get(fold(text.charCodeAt(i)));
    if (child === undefined) return false;
    node = child;
    // `\b` after the word: the characters on either side differ in being word characters.
    if (TRIE.ends[node] === true && isWordCode(text.charCodeAt(i)) !== isWordCode(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Offset of the first hit at or after `from`, or +Infinity. */
export function nextGateHit(text: string, from: number): number {
  let previousWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
  for (let at = from; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c < 0x80 ? (c >= 0x30 && c <= 0x39) || c === 0x24 : SIGN_CODES.has(c)) return at;
    const word = isWordCode(c);
    if (word && !previousWord && wordAt(text, at)) return at;
    previousWord = word;
  }
  return Number.POSITIVE_INFINITY;
}
