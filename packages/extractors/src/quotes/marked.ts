/**
 * Finder for marked quotes: one linear pass per paragraph pairs each opening mark with the
 * next closing mark of its family. Marks of other families inside a quote are nested quotes
 * and are skipped with it. An opening mark left open at a paragraph's end continues the
 * quotation when the next paragraph opens with a mark of the same family (the news
 * convention for quotes over several paragraphs); each paragraph is then one piece.
 */
import type { Doc } from '@claimsift/core';
import { markAt, readMarks } from './marks.js';
import type { Mark, MarkFamily } from './marks.js';
import type { Paragraph, Piece } from './types.js';
import { isSpaceCode } from './words.js';


/** Blocks with text, trimmed: the paragraphs quotes live in. */
export function paragraphsOf(doc: Doc): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of doc.blocks) {
    let s = b.start;
    let e = b.end;
    while (s < e && isSpaceCode(doc.text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(doc.text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length, content: b.kind === 'content' });
  }
  return out;
}

/** Pieces in content, and pieces that continue a quotation begun in content (a classifier may call them furniture). */
export function inContent(pieces: readonly Piece[], paragraphs: readonly Paragraph[]): Piece[] {
  const contentChains = new Set<number>();
  return pieces.filter((p) => {
    if ((paragraphs[p.paragraph] as Paragraph).content) {
      contentChains.add(p.chain);
      return true;
    }
    return contentChains.has(p.chain);
  });
}

/** Trim white space inside [start, end); null when nothing is left. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** For each mark, the index of the next mark (after it) of its family in the given roles; -1 if none. */
function nextIndex(marks: readonly Mark[], accept: (m: Mark) => boolean): Int32Array {
  const out = new Int32Array(marks.length).fill(-1);
  const seen = new Map<MarkFamily, number>();
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k] as Mark;
    out[k] = seen.get(m.family) ?? -1;
    if (accept(m)) seen.set(m.family, k);
  }
  return out;
}

/**
 * Marked pieces of the paragraphs, in order. Boilerplate is read only where a quotation left
 * open in the paragraph before may continue: any other piece in boilerplate starts a chain that
 * no content piece precedes, which `inContent` drops, so scanning it is wasted work.
 * `quoteChars`, when given, gets the index of every paragraph read that has a quotation
 * character other than an apostrophe (see readMarks).
 */
export function findMarkedPieces(doc: Doc, paragraphs: readonly Paragraph[], quoteChars?: Set<number>): Piece[] {
  const text = doc.text;
  const pieces: Piece[] = [];
  let chain = 0;
  let continuing = -1; // chain number carried into the next paragraph, or -1
  let continuingFamily: MarkFamily | null = null;
  paragraphs.forEach((p, pi) => {
    const read = p.content || continuing >= 0 ? readMarks(text, p.start, p.end) : null;
    if (read?.quoteChar) quoteChars?.add(pi);
    const marks = read?.marks ?? [];
    if (marks.length === 0) {
      continuing = -1;
      continuingFamily = null;
      return;
    }
    const nextCloser = nextIndex(marks, (m) => m.role !== 'open');
    const nextOpener = nextIndex(marks, (m) => m.role === 'open');
    const carried = continuing;
    const carriedFamily = continuingFamily;
    continuing = -1;
    continuingFamily = null;
    let k = 0;
    while (k < marks.length) {
      const m = marks[k] as Mark;
      if (m.role === 'close') {
        k++;
        continue;
      }
      const c = nextCloser[k] as number;
      const o = nextOpener[k] as number;
      const chainHere = k === 0 && m.at === p.start && carried >= 0 && carriedFamily === m.family ? carried : chain++;
      if (c >= 0 && (o < 0 || c < o)) {
        const span = trimmed(text, m.at + 1, (marks[c] as Mark).at);
        if (span) pieces.push({ start: span.start, end: span.end, open: m.at, close: (marks[c] as Mark).at, paragraph: pi, chain: chainHere, marked: true, dangling: false });
        k = c + 1;
        continue;
      }
      if (o < 0) {
        // open until the paragraph's end: a continued quotation, or a closing mark lost in scraping
        const span = trimmed(text, m.at + 1, p.end);
        const next = paragraphs[pi + 1];
        const continues = next !== undefined && opensWith(text, next, m.family);
        if (span) pieces.push({ start: span.start, end: span.end, open: m.at, close: -1, paragraph: pi, chain: chainHere, marked: true, dangling: !continues });
        if (continues) {
          continuing = chainHere;
          continuingFamily = m.family;
        }
        break;
      }
      k++; // another opening mark of the family comes first: this one is stray
    }
  });
  return pieces;
}

function opensWith(text: string, p: Paragraph, family: MarkFamily): boolean {
  const first = markAt(text, p.start, p.start, p.end);
  return first !== null && first.family === family && first.role !== 'close';
}
