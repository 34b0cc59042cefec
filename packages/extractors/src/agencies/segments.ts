/**
 * Capitalised runs → name segments. A run is a sequence of capitalised words joined by plain
 * spaces and by connectors ("of", "for", "and", "the", "&"); it is cut into segments at
 * titles of people ("Emirates | President | Tim Clark"), at possessives of places and bodies
 * ("South Korea’s | Ministry …"), at "and"/"the" outside an `of …` complement, and trimmed of
 * sentence starters and stray connectors. Segments are what the classifier looks at.
 */
import { COMPLEMENT_OPENERS, GIVEN_NAMES, HEADS, NAME_FINAL_TITLES, NAME_POSSESSIVES } from './lexicon.js';
import type { HeadInfo } from './lexicon.js';
import { Lexical, lexicalOf } from './lexical.js';
import type { Word } from './words.js';

export interface Segment {
  /** First and last word index, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The segment came right after a title of a person ("President Xi"). */
  readonly afterTitle: boolean;
  /** The segment is the domain of a title ("Director of | Public Prosecution"), not a body; "Director of the …" names one. */
  readonly titleDomain: boolean;
}

// Plain space between the words of a name, or glue ("" after a split "theMPS"), or an ampersand.
const NAME_GAP = /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]?&[ \t\u00a0]?)?$/u;
// A comma inside a listed complement: "Ministry of Trade, Industry and Energy".
const COMMA_GAP = /^,[ \t\u00a0]$/u;

export const SEGMENT_PATTERNS: readonly RegExp[] = [NAME_GAP, COMMA_GAP];

// One space, by far the most common gap, is answered without the regex.
const isNameGap = (gap: string): boolean => gap === ' ' || NAME_GAP.test(gap);

export const isConnector = (w: Word): boolean => (w.shape === 'lower' || (w.shouted && w.key !== 'the')) && (lexicalOf(w) & Lexical.connector) !== 0;
export const isNamey = (w: Word): boolean => (w.shape === 'cap' || w.shape === 'upper') && !isConnector(w);
/** Institution heads: the built-in table, or the extractor's table with the user's extra heads. */
export type Heads = ReadonlyMap<string, HeadInfo>;
export const isHead = (w: Word, heads: Heads = HEADS): boolean =>
  heads === HEADS ? (lexicalOf(w) & Lexical.head) !== 0 : heads.has(w.baseKey) || heads.has(w.parts[w.parts.length - 1] ?? '');
const isHeadOrSuffix = (w: Word, heads: Heads): boolean => isHead(w, heads) || (lexicalOf(w) & Lexical.companySuffix) !== 0;

export function buildSegments(words: readonly Word[], blockFirst: Uint8Array, heads: Heads = HEADS): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNamey(words[i] as Word)) {
      i++;
      continue;
    }
    const end = chainEnd(words, blockFirst, i, heads);
    cutChain(words, i, end, segments, heads);
    i = end + 1;
  }
  return segments;
}

/** Last word index of the chain of names and connectors starting at `start`. */
function chainEnd(words: readonly Word[], blockFirst: Uint8Array, start: number, heads: Heads): number {
  let last = start;
  let sawHead = false;
  let sawComplement = false;
  for (let j = start + 1; j < words.length; j++) {
    const w = words[j] as Word;
    const previous = words[j - 1] as Word;
    if (blockFirst[j] === 1) break;
    if (isHead(previous, heads)) sawHead = true;
    if (sawHead && isConnector(previous) && COMPLEMENT_OPENERS.has(previous.key)) sawComplement = true;
    const plain = isNameGap(w.gap);
    const listedComplement = !plain && sawComplement && COMMA_GAP.test(w.gap) && isNamey(w) && listEndsWithAnd(words, j);
    if (!plain && !listedComplement) break;
    if (previous.possessive && !isNamey(w)) break;
    if (!isNamey(w) && !isConnector(w)) break;
    if (w.shouted !== previous.shouted) break;
    last = j;
  }
  // Trailing connectors do not belong to the chain.
  while (last > start && isConnector(words[last] as Word)) last--;
  return last;
}

/** From a word after a comma: do capitalised words and commas lead to "and <Name>"? */
function listEndsWithAnd(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 10; k++) {
    const w = words[k] as Word;
    if (k > from && !isNameGap(w.gap) && !COMMA_GAP.test(w.gap)) return false;
    if (w.key === 'and' && isConnector(w)) return isNamey(words[k + 1] ?? w) && k + 1 < words.length;
    if (!isNamey(w)) return false;
  }
  return false;
}

function cutChain(words: readonly Word[], start: number, end: number, out: Segment[], heads: Heads): void {
  let segStart = start;
  let afterTitle = false;
  let sawOpener = false;
  for (let j = start; j <= end; j++) {
    const w = words[j] as Word;
    const next = words[j + 1];
    if (isConnector(w)) {
      if (COMPLEMENT_OPENERS.has(w.key)) sawOpener = true;
      const previous = words[j - 1] as Word;
      // "of" needs an institution before it ("Bank of …", not "Alex Horton of the Washington Post").
      const keep =
        w.key === 'the'
          ? COMPLEMENT_OPENERS.has(previous.key)
          : w.key === 'and'
            ? (sawOpener || headFollows(words, j + 1, end, heads)) && !GIVEN_NAMES.has(next?.baseKey ?? '')
            : w.key === 'of' || w.key === 'on'
              ? hasHeadBetween(words, segStart, j - 1, heads)
              : true;
      if (!keep) {
        afterTitle = closePiece(words, segStart, j - 1, afterTitle, false, out);
        sawOpener = false;
        segStart = j + 1;
      }
      continue;
    }
    if (isTitle(w) && (j === segStart || (next !== undefined && j < end && isNamey(next) && !isHeadOrSuffix(next, heads)))) {
      afterTitle = closePiece(words, segStart, j - 1, afterTitle, true, out);
      sawOpener = false;
      segStart = j + 1;
      continue;
    }
    if (w.possessive && j < end && splitsAtPossessive(words, segStart, j)) {
      afterTitle = closePiece(words, segStart, j, afterTitle, false, out);
      sawOpener = false;
      segStart = j + 1;
    }
  }
  if (segStart <= end) closePiece(words, segStart, end, afterTitle, false, out);
}

/** Push the piece [first, last] of a chain; returns whether the next piece comes after a title. */
function closePiece(words: readonly Word[], first: number, last: number, afterTitle: boolean, nextAfterTitle: boolean, out: Segment[]): boolean {
  pushTrimmed(words, first, last, afterTitle, out);
  // An empty piece (between a title and "of") passes the title on.
  return nextAfterTitle || (last < first && afterTitle);
}

/** "South Korea’s Ministry", "NASA’s Science Mission Directorate", "Alibaba’s New York-listed" split; "People’s Daily" does not. */
function splitsAtPossessive(words: readonly Word[], _segStart: number, at: number): boolean {
  return !NAME_POSSESSIVES.has((words[at] as Word).key);
}

/** "Federal Energy and Water Commission": an institution head after "and", before any other connector, joins both sides. */
function headFollows(words: readonly Word[], from: number, end: number, heads: Heads): boolean {
  for (let k = from; k <= end; k++) {
    const w = words[k] as Word;
    if (isConnector(w)) return false;
    if (isHead(w, heads)) return true;
  }
  return false;
}

/** A title of a person; "CEO" and its kin count in capitals too. */
export const isTitle = (w: Word): boolean => (lexicalOf(w) & Lexical.title) !== 0 && (w.shape !== 'upper' || EXECUTIVE_TITLES.has(w.baseKey));
const EXECUTIVE_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto']);

function hasHeadBetween(words: readonly Word[], first: number, last: number, heads: Heads): boolean {
  for (let k = first; k <= last; k++) if (isHeadOrSuffix(words[k] as Word, heads)) return true;
  return false;
}

/** Does the name at `first` follow "<Title> of" directly ("Director of Public Prosecution")? */
function isTitleDomain(words: readonly Word[], first: number): boolean {
  const connector = words[first - 1];
  const title = words[first - 2];
  return (
    connector !== undefined && title !== undefined && isConnector(connector) && (connector.key === 'of' || connector.key === 'for') &&
    isTitle(title) && isNameGap(connector.gap) && isNameGap((words[first] as Word).gap)
  );
}

function pushTrimmed(words: readonly Word[], first: number, last: number, afterTitle: boolean, out: Segment[]): void {
  let f = first;
  let l = last;
  let titled = afterTitle;
  while (f <= l) {
    const w = words[f] as Word;
    const title = isTitle(w);
    if (isConnector(w) || (lexicalOf(w) & Lexical.stop) !== 0 || title) f++;
    else break;
    if (title) titled = true;
  }
  const titleDomain = isTitleDomain(words, f);
  // Trailing connectors, day names and titles ("House of Representatives Speaker") are not part of a name.
  while (l >= f) {
    const w = words[l] as Word;
    const title = isTitle(w) && !NAME_FINAL_TITLES.has(w.baseKey) && l > f;
    if (isConnector(w) || (lexicalOf(w) & Lexical.stop) !== 0 || title) l--;
    else break;
  }
  if (f <= l) out.push({ first: f, last: l, afterTitle: titled, titleDomain });
}
