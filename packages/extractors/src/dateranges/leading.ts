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
import { readPatternSource } from './source-tree.js';
import type { CharSet, Node } from './source-tree.js';

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

/**
 * The letter runs a pattern's match can open with. The patterns are case-insensitive without the
 * `u` flag, so only ASCII letters fold into each other: a run is read over a–z.
 */
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
    start = compile(readPatternSource(pattern.source), 0, states);
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
