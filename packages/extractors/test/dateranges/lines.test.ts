/**
 * Searching some lines only finds exactly the expressions of the whole text that lie in them:
 * no pattern reads across a "\n" and no refiner merges across one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '@claimsift/core';
import type { Range } from '@claimsift/core';
import { findExpressions, linesAround } from '../../src/dateranges/find.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const benchdata = `${root}../shared/benchdata/`;

function realTexts(): string[] {
  const texts = readdirSync(`${root}corpus`).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${root}corpus/${f}`, 'utf8'));
  for (const file of ['boilerplate.dev.jsonl', 'tempeval3-platinum.dev.jsonl']) {
    if (!existsSync(benchdata + file)) continue; // the development data is optional
    for (const line of readFileSync(benchdata + file, 'utf8').split('\n')) if (line) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts;
}

const inside = (lines: readonly Range[]) => (e: Range): boolean => lines.some((l) => l.start <= e.start && e.end <= l.end);

function expectSameInLines(text: string, ranges: readonly Range[]): void {
  const lines = linesAround(text, ranges);
  expect(findExpressions(text, () => true, lines)).toEqual(findExpressions(text).filter(inside(lines)));
}

const pieces = ['May', '2019', 'since', 'the end of', 'last year', 'Friday,', 'Nov. 18', 'to', '-', 'and', 'between', '5/12', 'early', 'the', 'will', 'was', '\n', '\r', '\r\n', '\u2028', ' ', ', '];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(' '));

describe('dateranges: searching some lines', () => {
  it('lists the whole lines touching each range, merged', () => {
    const text = 'one\ntwo three\n\nfour';
    expect(linesAround(text, [{ start: 0, end: 2 }, { start: 5, end: 6 }, { start: 7, end: 9 }])).toEqual([{ start: 0, end: 14 }]);
    expect(linesAround(text, [{ start: 15, end: 16 }])).toEqual([{ start: 15, end: 19 }]);
    expect(linesAround(text, [{ start: 4, end: 14 }])).toEqual([{ start: 4, end: 14 }]);
  });

  it('walks the text once: many ranges on one long line (no "\\n") cost no rescans', () => {
    const text = 'May 2019\r'.repeat(40_000);
    const ranges = Array.from({ length: 40_000 }, (_, i) => ({ start: i * 9, end: i * 9 + 8 }));
    expect(linesAround(text, ranges)).toEqual([{ start: 0, end: text.length }]);
  });

  it('finds the expressions of the whole text that lie in the content lines, on real texts', () => {
    for (const text of realTexts()) expectSameInLines(text, createDocument(text).contentBlocks());
  });

  it('finds the expressions of the whole text that lie in the lines, on arbitrary text', () => {
    fc.assert(fc.property(texts, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
      const points = cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b);
      const ranges: Range[] = [];
      for (let i = 0; i + 1 < points.length; i += 2) ranges.push({ start: points[i] as number, end: points[i + 1] as number });
      expectSameInLines(text, ranges);
    }), { numRuns: 300 });
  });
});
