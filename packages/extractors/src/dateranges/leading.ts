/**
 * What a pattern can read first: the run of ASCII letters its match can open with, and whether
 * that run must end the text's word (a non-letter or a word boundary follows it) or may stop
 * inside a longer word (the match can end there). The pattern source is read into a small
 * automaton (the regular-expression subset the parsers are written in) and walked letter by
 * letter, so "a" + "day" ("aday ago") is a run, while "a" of "another" is not.
 *
 * Everything is conservative: look-arounds that cannot be read are skipped (they only forbid
 * matches), back-references and wide letter classes make every word a candidate.
 */

/** A set of characters, as far as the trigger pass needs to know it. */
interface CharSet {
  /** Bit i: the letter 'a' + i, either case (the patterns are case-insensitive). */
  readonly letters: number;
  readonly digits: boolean;
  readonly apostrophes: boolean;
  /** Some other character (space, punctuation, anything outside ASCII). */
  readonly others: boolean;
}

type Node =
  | { readonly kind: 'chars'; readonly set: CharSet }
  | { readonly kind: 'seq' | 'alt'; readonly items: readonly Node[] }
  | { readonly kind: 'repeat'; readonly item: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'boundary' }
  /** A negative look-ahead that fails before any letter ("(?![\w-])"). */
  | { readonly kind: 'noLetter' }
  | { readonly kind: 'empty' };

const ALL_LETTERS = (1 << 26) - 1;
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

/** Automaton state: a character step, a fork, an assertion, or the end of the match. */
type State =
  | { kind: 'chars'; set: CharSet; next: number }
  | { kind: 'fork'; next: number; other: number }
  | { kind: 'boundary' | 'noLetter'; next: number }
  | { kind: 'accept' };

/** Builds the automaton back to front: each node is compiled with the state that follows it. */
function compile(node: Node, next: number, states: State[]): number {
  const add = (state: State): number => states.push(state) - 1;
  switch (node.kind) {
    case 'chars': return add({ kind: 'chars', set: node.set, next });
    case 'boundary': case 'noLetter': return add({ kind: node.kind, next });
    case 'empty': return next;
    case 'seq': return node.items.reduceRight((after, item) => compile(item, after, states), next);
    case 'alt': return node.items.map((item) => compile(item, next, states)).reduceRight((other, first) => add({ kind: 'fork', next: first, other }));
    case 'repeat': {
      let entry = next;
      if (node.max === Infinity) {
        const loop = add({ kind: 'fork', next: -1, other: next });
        (states[loop] as { next: number }).next = compile(node.item, loop, states);
        entry = loop;
      } else {
        for (let k = node.min; k < node.max; k++) entry = add({ kind: 'fork', next: compile(node.item, entry, states), other: next });
      }
      for (let k = 0; k < node.min; k++) entry = compile(node.item, entry, states);
      return entry;
    }
  }
}

/** The letter runs a pattern's match can open with, as a trie. */
export interface LeadingRuns {
  /** The pattern's first character can be a digit / an apostrophe. */
  readonly digits: boolean;
  readonly apostrophes: boolean;
  /** Too many runs to list (a letter class, `\w`): any word start is a candidate. */
  readonly anyWord: boolean;
  /**
   * Runs as [letters, how]: 'whole' — the run must be the whole word (a non-letter or a word
   * boundary follows it); 'open' — the match can end after it, inside a longer word.
   */
  readonly runs: ReadonlyArray<readonly [string, 'whole' | 'open']>;
}

/** Beyond this many runs a pattern is treated as starting at any word. */
const MAX_RUNS = 4000;
const MAX_RUN_LENGTH = 40;

/** What a state reaches without reading a character: its character steps, and how the run may end there. */
interface Closure {
  readonly steps: readonly number[];
  /** A non-letter step or a word-ending assertion follows: the run can be a whole word. */
  readonly whole: boolean;
  /** The match can end here. */
  readonly open: boolean;
}

/**
 * The closure of one state after some letters (an assertion there ends the word) or, `atStart`,
 * at the word start (where `\b` and a no-letter look-ahead simply hold).
 */
function closureOf(states: readonly State[], from: number, atStart: boolean): Closure {
  const steps: number[] = [];
  let whole = false;
  let open = false;
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    const state = states[id] as State;
    if (state.kind === 'accept') open = true;
    else if (state.kind === 'fork') stack.push(state.next, state.other);
    else if (state.kind === 'boundary' || state.kind === 'noLetter') {
      if (atStart) stack.push(state.next);
      else whole = true;
    } else if (state.kind === 'chars') {
      steps.push(id);
      const { set } = state;
      if (!atStart && (set.digits || set.apostrophes || set.others)) whole = true;
    }
  }
  return { steps, whole, open };
}

type Runs = ReadonlyArray<readonly [string, 'whole' | 'open']>;

export function leadingRuns(pattern: RegExp): LeadingRuns {
  const states: State[] = [{ kind: 'accept' }];
  let start: number;
  try {
    start = compile(new Reader(pattern.source).read(), 0, states);
  } catch {
    return { digits: true, apostrophes: true, anyWord: true, runs: [] }; // unreadable: a candidate everywhere
  }
  const stepAt = (id: number): { set: CharSet; next: number } => states[id] as { set: CharSet; next: number };
  const closures = new Map<number, Closure>();
  const after = (id: number): Closure => {
    let c = closures.get(id);
    if (c === undefined) closures.set(id, (c = closureOf(states, id, false)));
    return c;
  };
  // The runs that can follow a set of open character steps, memoised per set: many runs end in
  // the same states ("a" / "two" / "the" + "day"). Null: too many, or endless (a letter loop).
  const memo = new Map<string, Runs>();
  const pending = new Set<string>();
  const runsAfter = (steps: readonly number[], depth: number): Runs | null => {
    const key = steps.join(',');
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (pending.has(key) || depth >= MAX_RUN_LENGTH) return null;
    pending.add(key);
    const byLetter: number[][] = [];
    for (const id of steps) {
      const { set, next } = stepAt(id);
      for (let letter = 0; letter < 26; letter++) if (set.letters & (1 << letter)) (byLetter[letter] ??= []).push(next);
    }
    const out: [string, 'whole' | 'open'][] = [];
    for (let letter = 0; letter < 26; letter++) {
      const targets = byLetter[letter];
      if (targets === undefined) continue;
      const ch = String.fromCharCode(0x61 + letter);
      const nextSteps = new Set<number>();
      let whole = false;
      let open = false;
      for (const id of new Set(targets)) {
        const c = after(id);
        for (const step of c.steps) nextSteps.add(step);
        whole ||= c.whole;
        open ||= c.open;
      }
      if (open || whole) out.push([ch, open ? 'open' : 'whole']);
      if (nextSteps.size === 0) continue;
      const rest = runsAfter([...nextSteps].sort((x, y) => x - y), depth + 1);
      if (rest === null || out.length + rest.length > MAX_RUNS) return null;
      for (const [run, how] of rest) out.push([ch + run, how]);
    }
    pending.delete(key);
    memo.set(key, out);
    return out;
  };
  const root = closureOf(states, start, true);
  const digits = root.steps.some((id) => stepAt(id).set.digits);
  const apostrophes = root.steps.some((id) => stepAt(id).set.apostrophes);
  const runs = runsAfter(root.steps, 0);
  return runs === null ? { digits, apostrophes, anyWord: true, runs: [] } : { digits, apostrophes, anyWord: false, runs };
}
