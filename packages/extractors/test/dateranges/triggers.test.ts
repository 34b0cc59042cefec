/**
 * The trigger pass must find exactly what a scan of the whole text finds: the parsers run only
 * where their pattern can start, and the atoms (spans, order, fields) are the same as when
 * every parser scans every position.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAtoms, scanAtoms } from '../../src/dateranges/find.js';
import { candidateOffsets, triggerIndex, triggerSet } from '../../src/dateranges/triggers.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const benchdata = `${root}../shared/benchdata/`;

const pieces = [
  'in', 'on', 'the', 'a', 'aday', 'ago', 'two', 'twoyears', 'past', 'last', 'next', 'this', 'since', 'of', 'Q3', 'q1', 'H2', 'FY2019', "FY'19",
  'fiscal', 'May', 'Nov.', 'Nov20', 'Sept', 'sept', 'August', '27th', '4th', 'Friday,', 'Mondays', 'morning', 'today', 'yesterday', 'recently',
  'so far', 'year-to-date', 'third-quarter', 'twenty-first', 'century', '2019', '2019–2021', '1957-58', '2023-05-31', '5/12', '11/05/2019',
  "'90s", '’90s', 'x’90s', '1990s', 'spring', 'fall', 'Christmas', "New Year's Day", 'weekend', 'now', 'present', '_2019', 'é', '.', ',', '-',
  '\n', ' ', '',
];
const glued = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
const spaced = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(' '));

function realTexts(): string[] {
  const texts = readdirSync(`${root}corpus`).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${root}corpus/${f}`, 'utf8'));
  for (const file of ['boilerplate.dev.jsonl', 'tempeval3-platinum.dev.jsonl', 'recognizers-datetime.dev.jsonl']) {
    if (!existsSync(benchdata + file)) continue; // the development data is optional
    for (const line of readFileSync(benchdata + file, 'utf8').split('\n')) if (line) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts;
}

describe('dateranges: trigger pass', () => {
  it('reads the words of a pattern from its source, including optional last letters and class letters', () => {
    const set = triggerSet(/\b(?:(this|last)[^\S\n]+)?([QH])([1-4])|days?(?![\w-])/gi);
    expect([...set.words].sort()).toEqual(['day', 'days', 'h', 'last', 'q', 'this']);
    expect(set.digits).toBe(true);
    expect(set.anyWord).toBe(false);
    expect(triggerSet(/\b[A-Z]\w+/g).anyWord).toBe(true);
  });

  it('lists a word start only for the patterns spelling that word (any of their words, not just the first)', () => {
    const index = triggerIndex([triggerSet(/\bnext[^\S\n]+week/gi), triggerSet(/\b\d{4}/g), triggerSet(/\b['’]\d0s/g)]);
    const text = 'Next week, not nextweek; in 2019 and the ’90s.';
    expect(candidateOffsets(text, index)).toEqual([[0, 5, 15], [28, 42], [28, 41, 42]]);
  });

  it('finds the same atoms as a scan of the whole text, on the corpus and development texts', () => {
    for (const text of realTexts()) expect(findAtoms(text)).toEqual(scanAtoms(text));
  });

  it('finds the same atoms as a scan of the whole text, on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(glued, spaced, fc.string({ maxLength: 120 })), (text) => {
      expect(findAtoms(text)).toEqual(scanAtoms(text));
    }), { numRuns: 400 });
  });
});
