/**
 * Trigger pass: where each parser can possibly match. Every parser pattern starts with `\b`
 * followed by a digit, an apostrophe or one of its literal words (the table alternations are
 * compiled into the pattern source), so a match can only start at a word start whose word is
 * spelled by the pattern's own words, at a digit, or at an apostrophe. One cheap scan of the
 * text lists those offsets per parser; the finder then runs each parser as a sticky regex at
 * its offsets only, instead of letting the engine try every position of the text.
 *
 * The words are derived from the pattern sources, never written by hand, so a word added to
 * a table (and so to a pattern) is a trigger at once.
 */

/** What can start a match of one pattern. */
export interface TriggerSet {
  /** Lower-case literal words of the pattern (and the word minus a quantified last letter). */
  readonly words: ReadonlySet<string>;
  /** Every prefix of those words. */
  readonly prefixes: ReadonlySet<string>;
  readonly digits: boolean;
  readonly apostrophes: boolean;
  /** The pattern can start with any letter (a letter range or `\w`): every word start is a candidate. */
  readonly anyWord: boolean;
}

const LETTER_RUN = /[a-z]+/g;

/** The trigger set of one pattern, read from its source. */
export function triggerSet(pattern: RegExp): TriggerSet {
  const source = pattern.source;
  // Look-arounds consume nothing, so they cannot start a match.
  const consuming = source.replace(/\(\?<?[!=][^()]*(?:\([^()]*\)[^()]*)*\)/g, '');
  // In-line white space ([^\S\n]) holds no letters.
  const { plain, anyWord, digits } = readSource(consuming.split('[^\\S\\n]').join(' '));
  const apostrophes = /['’]/.test(consuming);
  const words = new Set<string>();
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(plain); m; m = LETTER_RUN.exec(plain)) {
    const word = m[0];
    words.add(word);
    // "days?": the last letter is optional, so "day" starts a match too.
    const next = plain[m.index + word.length];
    if (next === '?' || next === '*' || next === '{') words.add(word.slice(0, -1));
  }
  words.delete('');
  const prefixes = new Set<string>();
  for (const w of words) for (let i = 1; i <= w.length; i++) prefixes.add(w.slice(0, i));
  return { words, prefixes, digits, apostrophes, anyWord };
}

/**
 * One walk over a pattern source: its literal letters (escapes become breaks, the letters of a
 * class become single letters), whether a digit can be matched, and whether any letter can
 * start a match (`\w`, `\S`, `\W`, a negated class, a letter range, `.`).
 */
function readSource(source: string): { plain: string; anyWord: boolean; digits: boolean } {
  let plain = '';
  let anyWord = false;
  let digits = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[++i] ?? '';
      if (next === 'w' || next === 'S' || next === 'W') anyWord = true;
      if (next === 'd') digits = true;
      plain += ' ';
    } else if (inClass) {
      if (ch === ']') inClass = false;
      else if (ch === '-' && LETTER.test(source[i - 1] ?? '') && LETTER.test(source[i + 1] ?? '')) anyWord = true;
      plain += ` ${ch} `;
    } else if (ch === '[') {
      inClass = true;
      if (source[i + 1] === '^') anyWord = true;
      plain += ' ';
    } else {
      if (ch === '.') anyWord = true;
      plain += ch;
    }
    if (ch >= '0' && ch <= '9') digits = true;
  }
  return { plain: plain.toLowerCase(), anyWord, digits };
}

const LETTER = /^[a-z]$/i;

const isWordCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isLetterCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Trigger sets merged into a trie of their words over the letters a–z, each node carrying bit
 * masks (bit i = set i): no string is built per word of the text.
 */
export interface TriggerIndex {
  readonly size: number;
  readonly digitMask: number;
  readonly apostropheMask: number;
  readonly anyWordMask: number;
  /** children[node * 26 + letter]: the child node, 0 for none (the root is node 0). */
  readonly children: Int32Array;
  /** Sets having the node's letters as one of their words. */
  readonly wordMask: Int32Array;
  /** Sets having the node's letters as a prefix of one of their words. */
  readonly prefixMask: Int32Array;
}

/** At most 31 sets: the masks are 32-bit integers. */
export function triggerIndex(sets: readonly TriggerSet[]): TriggerIndex {
  if (sets.length > 31) throw new RangeError('at most 31 trigger sets');
  let digitMask = 0;
  let apostropheMask = 0;
  let anyWordMask = 0;
  const children: number[] = new Array<number>(26).fill(0);
  const wordMask: number[] = [0];
  const prefixMask: number[] = [0];
  sets.forEach((s, i) => {
    const bit = 1 << i;
    if (s.digits) digitMask |= bit;
    if (s.apostrophes) apostropheMask |= bit;
    if (s.anyWord) anyWordMask |= bit;
    for (const w of s.words) {
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const slot = node * 26 + w.charCodeAt(k) - 0x61;
        if (children[slot] === 0) {
          children[slot] = wordMask.length;
          wordMask.push(0);
          prefixMask.push(0);
          for (let j = 0; j < 26; j++) children.push(0);
        }
        node = children[slot] as number;
        prefixMask[node] = (prefixMask[node] as number) | bit;
      }
      wordMask[node] = (wordMask[node] as number) | bit;
    }
  });
  return { size: sets.length, digitMask, apostropheMask, anyWordMask, children: Int32Array.from(children), wordMask: Int32Array.from(wordMask), prefixMask: Int32Array.from(prefixMask) };
}

/**
 * The sets a word at a word start (its ASCII letters, [start, end)) can begin a match of: the
 * word is a prefix of one of their words, or goes on past one of them without a break ("aday ago").
 */
function wordMaskAt(index: TriggerIndex, text: string, start: number, end: number): number {
  let mask = index.anyWordMask;
  let node = 0;
  for (let at = start; at < end; at++) {
    node = index.children[node * 26 + ((text.charCodeAt(at) | 0x20) - 0x61)] as number;
    if (node === 0) return mask;
    if (at < end - 1) mask |= index.wordMask[node] as number;
  }
  return mask | (index.prefixMask[node] as number);
}

/** Candidate start offsets for each trigger set of the index, ascending, in one scan of the text. */
export function candidateOffsets(text: string, index: TriggerIndex): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < index.size; i++) out.push([]);
  const push = (mask: number, at: number): void => {
    for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) (out[i] as number[]).push(at);
  };
  const n = text.length;
  let prevWord = false;
  for (let at = 0; at < n; at++) {
    const c = text.charCodeAt(at);
    const word = isWordCode(c);
    if (word && !prevWord) {
      if (c <= 0x39) {
        push(index.digitMask, at);
      } else if (isLetterCode(c)) {
        let end = at + 1;
        while (end < n && isLetterCode(text.charCodeAt(end))) end++;
        push(wordMaskAt(index, text, at, end), at);
        at = end - 1; // the rest of the word starts nothing
      }
    } else if (c === 0x27 || c === 0x2019) {
      push(index.apostropheMask, at);
    }
    prevWord = word;
  }
  return out;
}

/** A pattern run only where it can start: compiled sticky, with its trigger set. */
export interface Triggered {
  readonly sticky: RegExp;
  readonly triggers: TriggerSet;
}

export const triggered = (pattern: RegExp): Triggered => ({ sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'), triggers: triggerSet(pattern) });

/**
 * The matches a global scan of the pattern would find — leftmost first, none overlapping —
 * tried at the candidate offsets only (ascending, a superset of the possible starts).
 */
export function matchesAt(text: string, sticky: RegExp, offsets: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // `from` plays the global scan's lastIndex: a match hides the candidates inside it.
  let from = 0;
  for (const at of offsets) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    from = m[0].length === 0 ? at + 1 : at + m[0].length;
    if (m[0].length > 0) matches.push(m);
  }
  return matches;
}
