/**
 * Stop-word lists (data/stopwords.json) compiled into one table: word → bit mask of the
 * languages whose list holds it, so a single pass over a line's words counts the hits of
 * every language at once (stop-word density, as in jusText, and a cheap language profile).
 */
import data from './data/stopwords.json' with { type: 'json' };

export const STOP_LANGS: readonly string[] = Object.keys(data).filter((k) => !k.startsWith('_'));

const table = new Map<string, number>();
STOP_LANGS.forEach((lang, bit) => {
  const list = (data as Record<string, string>)[lang] ?? '';
  for (const word of list.split(' ')) if (word) table.set(word, (table.get(word) ?? 0) | (1 << bit));
});

/** Bit mask of the languages that list `word` (lower case) as a stop word; 0 when none does. */
export function stopMask(word: string): number {
  return table.get(word) ?? 0;
}

// ---- lookup by character codes, without slicing or lower-casing the word ----

/** Longest stop word: lower-casing never shortens a string, so longer words are no stop word. */
const MAX_WORD = Math.max(...[...table.keys()].map((w) => w.length));

/** Code units whose lower case one unit alone does not tell: "İ" (two units), "Σ" (final-sigma rule), surrogates. */
const hasNoUnitLower = (c: number): boolean => c === 0 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff);
const NO_UNIT_LOWER = -1;
// Filled on first sight of each code unit (a page uses a few hundred; filling all 65,536 at import cost ~15 ms).
const lowerTable = new Int32Array(0x10000);

/** Lower case of a UTF-16 unit, or 0 where one unit alone does not tell it: those words take the slow path. */
export function lowerUnit(c: number): number {
  let l = lowerTable[c] as number;
  if (l === 0) {
    const lowered = hasNoUnitLower(c) ? '' : String.fromCharCode(c).toLowerCase();
    lowerTable[c] = l = lowered.length === 1 ? lowered.charCodeAt(0) : NO_UNIT_LOWER;
  }
  return l === NO_UNIT_LOWER ? 0 : l;
}

const HASH_BITS = 12;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** One step of the hash of a lower-case word (callers that scan a word anyway hash it on the way). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

// open addressing: slot → index + 1 into the word list (0 = empty)
const words = [...table.keys()];
const masks = Int32Array.from(words, (w) => table.get(w) ?? 0);
const slots = new Int32Array(1 << HASH_BITS);
// the full hash of each slot's word: a probe compares characters only when it agrees
const slotHashes = new Int32Array(1 << HASH_BITS);
words.forEach((w, i) => {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
  let slot = h & HASH_MASK;
  while (slots[slot] !== 0) slot = (slot + 1) & HASH_MASK;
  slots[slot] = i + 1;
  slotHashes[slot] = h;
});

/** stopMask of the lower case of text[start, end), looked up by character codes. */
export function stopMaskAt(text: string, start: number, end: number): number {
  const n = end - start;
  if (n > MAX_WORD || n <= 0) return 0;
  let h = 0;
  for (let i = start; i < end; i++) {
    const l = lowerUnit(text.charCodeAt(i));
    if (l === 0) return stopMask(text.slice(start, end).toLowerCase());
    h = hashStep(h, l);
  }
  return stopMaskHashed(text, start, end, h);
}

/**
 * stopMaskAt for a caller that has hashed the word already: `h` is the hashStep hash of the
 * lowerUnit codes of text[start, end), all of them non-zero.
 */
export function stopMaskHashed(text: string, start: number, end: number, h: number): number {
  const n = end - start;
  if (n > MAX_WORD || n <= 0) return 0;
  for (let slot = h & HASH_MASK; ; slot = (slot + 1) & HASH_MASK) {
    const idx = slots[slot] as number;
    if (idx === 0) return 0;
    if (slotHashes[slot] !== h) continue;
    const w = words[idx - 1] as string;
    if (w.length !== n) continue;
    let k = 0;
    while (k < n && w.charCodeAt(k) === lowerUnit(text.charCodeAt(start + k))) k++;
    if (k === n) return masks[idx - 1] as number;
  }
}

/** Index of a language in STOP_LANGS, or -1 when it has no list (Chinese, Japanese, Korean, ...). */
export function stopLangIndex(lang: string | null): number {
  return lang === null ? -1 : STOP_LANGS.indexOf(lang);
}
