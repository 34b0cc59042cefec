/**
 * Word scanner for the agency finder: one pass of one regex over a range of the text.
 * Each word knows its shape (capitalised, upper case, lower case), its lookup key, the parts
 * of a glued word ("PublicSecurity" → public, security), a possessive ending, and what lies
 * between it and the previous word. Scraped glue such as "theMPS" or "thatThe" is split
 * into two words at the case change, offsets untouched.
 */

// Dotted abbreviations ("U.S.", "U.N.") or letter/digit runs joined by a hyphen, apostrophe
// or ampersand ("People's", "Nano-Satellite", "AT&T"). Each repetition needs a connector outside
// the letter class, so matching is linear.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// A lower-case function word glued to a capitalised word by lost white space ("theMPS").
const GLUED_PREFIX = /^(?:the|of|and|that|from|by|with|for|to|at|in|on|said)(?=\p{Lu})/u;
// Case changes inside a word: "PublicSecurity" → "Public" + "Security".
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;
const POSSESSIVE = /['’]s$/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_DIGIT = /^\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const MANY_DIGITS = /\p{N}[^\p{N}]?\p{N}[^\p{N}]?\p{N}/u;
const LOWER_TAIL = /-\p{Ll}[\p{Ll}\p{M}]*$/u;
const CURLY_APOSTROPHE = /[’‘]/g;
const DOT = /\./g;
// What lies before a sentence's first word: a line break or a sentence or clause mark.
const SENTENCE_GAP = /[\n\r.!?:;"“”|•–—]/;

export const WORD_PATTERNS: readonly RegExp[] = [WORD, GLUED_PREFIX, CAMEL_SPLIT, POSSESSIVE, HAS_LOWER, HAS_UPPER, STARTS_UPPER, STARTS_DIGIT, HAS_LETTER, MANY_DIGITS, LOWER_TAIL, SENTENCE_GAP, CURLY_APOSTROPHE, DOT];

export type Shape = 'cap' | 'upper' | 'lower' | 'num';

export interface Word {
  readonly start: number;
  /** End of the word, possessive included. */
  readonly end: number;
  /** End without a possessive "'s". */
  readonly coreEnd: number;
  readonly text: string;
  /** Lookup key of the whole word: lower case, "'" apostrophes, no dots. */
  readonly key: string;
  /** Key without the possessive. */
  readonly baseKey: string;
  /** Keys of the glued parts ("PublicSecurity" → public, security); one part for most words. */
  readonly parts: readonly string[];
  /** `parts` without the possessive on the last part. */
  readonly baseParts: readonly string[];
  readonly shape: Shape;
  readonly possessive: boolean;
  /** Raw text between the previous word and this one ("" for split glue). */
  readonly gap: string;
  /** First word of a line or after a sentence-ending mark. */
  readonly sentenceStart: boolean;
  /** Inside a line written in capitals (a headline): case says nothing there. */
  readonly shouted: boolean;
}

export function wordKey(text: string): string {
  return text.toLowerCase().replace(CURLY_APOSTROPHE, "'").replace(DOT, '');
}

function shapeOf(text: string): Shape {
  if (STARTS_DIGIT.test(text)) return HAS_UPPER.test(text) ? 'upper' : 'num';
  // Model numbers ("A350-900") count as numbers; a compound ending in a lower-case word ("GOP-dominated") as a lower-case word.
  if (MANY_DIGITS.test(text)) return 'num';
  if (LOWER_TAIL.test(text)) return 'lower';
  if (!STARTS_UPPER.test(text)) return 'lower';
  const core = text.replace(POSSESSIVE, '');
  if (!HAS_LOWER.test(core)) return core.length >= 2 ? 'upper' : 'cap';
  return 'cap';
}

interface RawWord {
  start: number;
  end: number;
  text: string;
}

/** Scan [start, end) of `text` into words. */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  const raw: RawWord[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    let s = m.index;
    let t = m[0];
    if (s + t.length > end) t = t.slice(0, end - s);
    const glue = GLUED_PREFIX.exec(t);
    if (glue && glue[0].length < t.length) {
      raw.push({ start: s, end: s + glue[0].length, text: glue[0] });
      s += glue[0].length;
      t = t.slice(glue[0].length);
    }
    raw.push({ start: s, end: s + t.length, text: t });
  }
  const shouted = shoutedLines(text, raw);
  const words: Word[] = [];
  let previousEnd = start;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawWord;
    const gap = text.slice(previousEnd, r.start);
    const possessive = POSSESSIVE.test(r.text) && r.text.length > 2;
    const coreText = possessive ? r.text.slice(0, -2) : r.text;
    const key = wordKey(r.text);
    const previous = words[words.length - 1];
    const baseParts = coreText.split(CAMEL_SPLIT).map(wordKey);
    const parts = possessive ? [...baseParts.slice(0, -1), `${baseParts[baseParts.length - 1] ?? ''}'s`] : baseParts;
    words.push({
      start: r.start,
      end: r.end,
      coreEnd: possessive ? r.end - 2 : r.end,
      text: r.text,
      key,
      baseKey: possessive ? wordKey(coreText) : key,
      parts,
      baseParts,
      shape: shapeOf(r.text),
      possessive,
      gap,
      sentenceStart: previous === undefined || SENTENCE_GAP.test(gap),
      shouted: shouted[i] === 1,
    });
    previousEnd = r.end;
  }
  return words;
}

/** Marks words on lines whose letters are nearly all capitals (headlines, datelines). */
function shoutedLines(text: string, raw: readonly RawWord[]): Uint8Array {
  const out = new Uint8Array(raw.length);
  let i = 0;
  while (i < raw.length) {
    let j = i;
    let upper = 0;
    let total = 0;
    const lineStart = i;
    for (; j < raw.length; j++) {
      const w = raw[j] as RawWord;
      if (j > lineStart && text.slice((raw[j - 1] as RawWord).end, w.start).includes('\n')) break;
      if (HAS_LETTER.test(w.text)) {
        total++;
        if (!HAS_LOWER.test(w.text)) upper++;
      }
    }
    if (total >= 2 && upper / total > 0.7) out.fill(1, lineStart, j);
    i = j;
  }
  return out;
}
