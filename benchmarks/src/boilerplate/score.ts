/**
 * Character-level scoring of a content/boilerplate split (BOILERPLATE.md "Scoring"):
 * precision, recall and F1 of the predicted content against the gold content, counted over
 * the non-white-space UTF-16 code units of the text, so trimming and blank lines never matter.
 * Micro scores sum the counts over all pages; macro scores average the per-page P, R and F1
 * (a page with no predicted content has precision 0, a page with no gold content recall 0).
 */

export interface CharRange {
  readonly start: number;
  readonly end: number;
}

export interface BoilerplateCase {
  readonly id: string;
  readonly text: string;
  /** Gold content (article body) spans. */
  readonly gold: readonly CharRange[];
  /** Predicted content spans (e.g. the blocks with kind "content"). */
  readonly predicted: readonly CharRange[];
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface PageScore extends PRF {
  readonly id: string;
  readonly truePositive: number;
  readonly goldChars: number;
  readonly predictedChars: number;
}

export interface BoilerplateScore {
  readonly pages: readonly PageScore[];
  readonly micro: PRF;
  readonly macro: PRF;
}

// The same set as JavaScript's \s (ECMAScript WhiteSpace + LineTerminator), plus U+200B,
// which the benchmark's tokenizer also ignores as a format character.
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function mark(mask: Uint8Array, ranges: readonly CharRange[], bit: number): void {
  for (const r of ranges) {
    const end = Math.min(r.end, mask.length);
    for (let i = Math.max(0, r.start); i < end; i++) mask[i] = (mask[i] as number) | bit;
  }
}

function prf(tp: number, gold: number, predicted: number): PRF {
  const precision = predicted > 0 ? tp / predicted : 0;
  const recall = gold > 0 ? tp / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scorePage(c: BoilerplateCase): PageScore {
  const mask = new Uint8Array(c.text.length);
  mark(mask, c.gold, 1);
  mark(mask, c.predicted, 2);
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  for (let i = 0; i < mask.length; i++) {
    const m = mask[i] as number;
    if (m === 0 || isWhiteSpace(c.text.charCodeAt(i))) continue;
    if (m & 1) gold++;
    if (m & 2) predicted++;
    if (m === 3) tp++;
  }
  return { id: c.id, truePositive: tp, goldChars: gold, predictedChars: predicted, ...prf(tp, gold, predicted) };
}

export function scoreBoilerplate(cases: readonly BoilerplateCase[]): BoilerplateScore {
  const pages = cases.map(scorePage);
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  for (const p of pages) {
    tp += p.truePositive;
    gold += p.goldChars;
    predicted += p.predictedChars;
  }
  const n = pages.length || 1;
  const mean = (key: keyof PRF): number => pages.reduce((sum, p) => sum + p[key], 0) / n;
  return {
    pages,
    micro: prf(tp, gold, predicted),
    macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
  };
}
