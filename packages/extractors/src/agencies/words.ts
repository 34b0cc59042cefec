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

/** Everything about a word that depends on its spelling alone. */
interface Spelling {
  readonly key: string;
  readonly baseKey: string;
  readonly parts: readonly string[];
  readonly baseParts: readonly string[];
  readonly shape: Shape;
  readonly possessive: boolean;
  /** Letters, all of them capitals (counts towards a shouted line). */
  readonly hasLetter: boolean;
  readonly noLower: boolean;
}

function spell(text: string): Spelling {
  const possessive = POSSESSIVE.test(text) && text.length > 2;
  const coreText = possessive ? text.slice(0, -2) : text;
  const key = wordKey(text);
  const baseParts = coreText.split(CAMEL_SPLIT).map(wordKey);
  const parts = possessive ? [...baseParts.slice(0, -1), `${baseParts[baseParts.length - 1] ?? ''}'s`] : baseParts;
  return {
    key,
    baseKey: possessive ? wordKey(coreText) : key,
    parts,
    baseParts,
    shape: shapeOf(text),
    possessive,
    hasLetter: HAS_LETTER.test(text),
    noLower: !HAS_LOWER.test(text),
  };
}

// News text repeats its words: each spelling is analysed once and shared (the arrays are read-only).
// The cache is bounded; when full it starts over.
const SPELLINGS = new Map<string, Spelling>();
const MAX_SPELLINGS = 50_000;

function spelling(text: string): Spelling {
  let s = SPELLINGS.get(text);
  if (s === undefined) {
    s = spell(text);
    if (SPELLINGS.size >= MAX_SPELLINGS) SPELLINGS.clear();
    SPELLINGS.set(text, s);
  }
  return s;
}

// First letters of the glued function words (GLUED_PREFIX): a cheap gate before the regex.
const GLUE_FIRST = new Set([...'toafbwis'].map((c) => c.charCodeAt(0)));

/** Scan [start, end) of `text` into words. */
export function scanWords(text: string, start = 0, end = text.length): Word[] {
  const starts: number[] = [];
  const texts: string[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    let s = m.index;
    let t = m[0];
    if (s + t.length > end) t = t.slice(0, end - s);
    if (t.length > 2 && GLUE_FIRST.has(t.charCodeAt(0))) {
      const glue = GLUED_PREFIX.exec(t);
      if (glue && glue[0].length < t.length) {
        starts.push(s);
        texts.push(glue[0]);
        s += glue[0].length;
        t = t.slice(glue[0].length);
      }
    }
    starts.push(s);
    texts.push(t);
  }
  const n = texts.length;
  const spellings: Spelling[] = new Array<Spelling>(n);
  for (let i = 0; i < n; i++) spellings[i] = spelling(texts[i] as string);
  const shouted = shoutedLines(text, starts, texts, spellings);
  const words: Word[] = new Array<Word>(n);
  let previousEnd = start;
  for (let i = 0; i < n; i++) {
    const s = starts[i] as number;
    const t = texts[i] as string;
    const e = s + t.length;
    const sp = spellings[i] as Spelling;
    const gap = text.slice(previousEnd, s);
    words[i] = {
      start: s,
      end: e,
      coreEnd: sp.possessive ? e - 2 : e,
      text: t,
      key: sp.key,
      baseKey: sp.baseKey,
      parts: sp.parts,
      baseParts: sp.baseParts,
      shape: sp.shape,
      possessive: sp.possessive,
      gap,
      sentenceStart: i === 0 || SENTENCE_GAP.test(gap),
      shouted: shouted[i] === 1,
    };
    previousEnd = e;
  }
  return words;
}

/** Marks words on lines whose letters are nearly all capitals (headlines, datelines). */
function shoutedLines(text: string, starts: readonly number[], texts: readonly string[], spellings: readonly Spelling[]): Uint8Array {
  const n = starts.length;
  const out = new Uint8Array(n);
  let lineStart = 0;
  let upper = 0;
  let total = 0;
  // The next line break at or after the end of the previous word.
  let newline = -1;
  for (let j = 0; j <= n; j++) {
    let breaks = j === n;
    if (!breaks && j > lineStart) {
      const previousEnd = (starts[j - 1] as number) + (texts[j - 1] as string).length;
      if (newline < previousEnd) {
        newline = text.indexOf('\n', previousEnd);
        if (newline < 0) newline = text.length;
      }
      breaks = newline < (starts[j] as number);
    }
    if (breaks) {
      if (total >= 2 && upper / total > 0.7) out.fill(1, lineStart, j);
      lineStart = j;
      upper = 0;
      total = 0;
    }
    if (j === n) break;
    const sp = spellings[j] as Spelling;
    if (sp.hasLetter) {
      total++;
      if (sp.noLower) upper++;
    }
  }
  return out;
}
