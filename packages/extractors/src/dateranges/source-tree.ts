/**
 * A pattern source read into a tree, as far as the trigger pass needs it: the regular-expression
 * subset the date patterns are written in (alternation, groups, classes, escapes, quantifiers,
 * look-arounds, back-references), with every character set reduced to which letters it holds
 * and whether it holds digits, apostrophes or anything else.
 */

/** A set of characters, as far as the trigger pass needs to know it. */
export interface CharSet {
  /** Bit i: the letter 'a' + i, either case (the patterns are case-insensitive). */
  readonly letters: number;
  readonly digits: boolean;
  readonly apostrophes: boolean;
  /** Some other character (space, punctuation, anything outside ASCII). */
  readonly others: boolean;
}

export type Node =
  | { readonly kind: 'chars'; readonly set: CharSet }
  | { readonly kind: 'seq' | 'alt'; readonly items: readonly Node[] }
  | { readonly kind: 'repeat'; readonly item: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'boundary' }
  /** A negative look-ahead that fails before any letter ("(?![\w-])"). */
  | { readonly kind: 'noLetter' }
  | { readonly kind: 'empty' };

export const ALL_LETTERS = (1 << 26) - 1;
const ANY: CharSet = { letters: ALL_LETTERS, digits: true, apostrophes: true, others: true };
const NONE: CharSet = { letters: 0, digits: false, apostrophes: false, others: false };
const SPACE: CharSet = { ...NONE, others: true };
const DIGIT: CharSet = { ...NONE, digits: true };
const WORD: CharSet = { letters: ALL_LETTERS, digits: true, apostrophes: false, others: true }; // '_' is an other

const union = (a: CharSet, b: CharSet): CharSet => ({ letters: a.letters | b.letters, digits: a.digits || b.digits, apostrophes: a.apostrophes || b.apostrophes, others: a.others || b.others });
/** The complement, conservatively: every character class holds some other character. */
const complement = (a: CharSet): CharSet => ({ letters: ALL_LETTERS & ~a.letters, digits: !a.digits, apostrophes: !a.apostrophes, others: true });

function charSetOf(code: number): CharSet {
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return { ...NONE, letters: 1 << (lower - 0x61) };
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code === 0x27 || code === 0x2019) return { ...NONE, apostrophes: true };
  return SPACE;
}

function rangeSet(from: number, to: number): CharSet {
  let set = NONE;
  for (const code of [0x27, 0x2019, ...Array.from({ length: 10 }, (_, i) => 0x30 + i), ...Array.from({ length: 26 }, (_, i) => 0x41 + i), ...Array.from({ length: 26 }, (_, i) => 0x61 + i)]) {
    if (code >= from && code <= to) set = union(set, charSetOf(code));
  }
  return union(set, SPACE); // ranges are read conservatively: some other character may be inside
}

/** `\d`, `\w`, `\s` and their negations; any other escape is the character itself. */
function escapeSet(ch: string): CharSet {
  switch (ch) {
    case 'd': return DIGIT;
    case 'D': return complement(DIGIT);
    case 'w': return WORD;
    case 'W': return { ...NONE, apostrophes: true, others: true };
    case 's': return SPACE;
    case 'S': return ANY;
    case 'n': case 't': case 'r': case 'f': case 'v': return SPACE;
    default: return charSetOf(ch.charCodeAt(0));
  }
}

/** Reads a pattern source (the subset the date patterns use) into a tree. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new SyntaxError(`unexpected ${this.source[this.at]} at ${this.at}`);
    return node;
  }

  private alternation(): Node {
    const items = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      items.push(this.sequence());
    }
    return items.length === 1 ? (items[0] as Node) : { kind: 'alt', items };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(item: Node): Node {
    const s = this.source;
    let min = 1;
    let max = 1;
    const ch = s[this.at];
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) return item;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return item;
    this.at++;
    if (s[this.at] === '?') this.at++; // lazy: the same strings
    return { kind: 'repeat', item, min, max };
  }

  private atom(): Node {
    const s = this.source;
    const ch = s[this.at++] as string;
    if (ch === '(') return this.group();
    if (ch === '[') return { kind: 'chars', set: this.charClass() };
    if (ch === '.') return { kind: 'chars', set: ANY };
    if (ch === '^' || ch === '$') return { kind: 'empty' };
    if (ch !== '\\') return { kind: 'chars', set: charSetOf(ch.charCodeAt(0)) };
    const next = s[this.at++] as string;
    if (next === 'b') return { kind: 'boundary' };
    if (next === 'B') return { kind: 'empty' };
    if (next >= '1' && next <= '9') return { kind: 'chars', set: ANY }; // a back-reference: anything
    return { kind: 'chars', set: escapeSet(next) };
  }

  private group(): Node {
    const s = this.source;
    let lookaround: 'ahead-not' | 'other' | null = null;
    if (s[this.at] === '?') {
      const head = s.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?!')) [lookaround, this.at] = ['ahead-not', this.at + 2];
      else if (head.startsWith('?=')) [lookaround, this.at] = ['other', this.at + 2];
      else if (head === '?<=' || head === '?<!') [lookaround, this.at] = ['other', this.at + 3];
      else if (head.startsWith('?<')) this.at = s.indexOf('>', this.at) + 1;
    }
    const inner = this.alternation();
    if (s[this.at++] !== ')') throw new SyntaxError('unclosed group');
    if (lookaround === 'ahead-not' && failsBeforeLetters(inner)) return { kind: 'noLetter' };
    return lookaround === null ? inner : { kind: 'empty' };
  }

  private charClass(): CharSet {
    const s = this.source;
    const negated = s[this.at] === '^';
    if (negated) this.at++;
    let set = NONE;
    while (this.at < s.length && s[this.at] !== ']') {
      let ch = s[this.at++] as string;
      let item: CharSet;
      let code = -1;
      if (ch === '\\') {
        ch = s[this.at++] as string;
        item = escapeSet(ch);
        if (!/[dDwWsS]/.test(ch)) code = ch === 'n' ? 10 : ch.charCodeAt(0);
      } else {
        item = charSetOf(ch.charCodeAt(0));
        code = ch.charCodeAt(0);
      }
      if (code >= 0 && s[this.at] === '-' && s[this.at + 1] !== ']' && this.at + 1 < s.length) {
        this.at++;
        let to = s[this.at++] as string;
        if (to === '\\') to = s[this.at++] as string;
        item = rangeSet(code, to.charCodeAt(0));
      }
      set = union(set, item);
    }
    this.at++;
    return negated ? complement(set) : set;
  }
}

/** A look-ahead body that matches any single letter (one alternative is one class holding every letter). */
function failsBeforeLetters(node: Node): boolean {
  const alternatives = node.kind === 'alt' ? node.items : [node];
  return alternatives.some((a) => {
    const only = a.kind === 'seq' && a.items.length === 1 ? a.items[0] : a;
    return only !== undefined && only.kind === 'chars' && only.set.letters === ALL_LETTERS;
  });
}

/** The tree of a pattern source; throws a SyntaxError on anything outside the subset. */
export const readPatternSource = (source: string): Node => new Reader(source).read();
