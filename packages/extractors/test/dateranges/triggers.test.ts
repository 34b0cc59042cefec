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
import { PARSERS } from '../../src/dateranges/parsers/index.js';
import { OPENER_PREFIX, PART_PREFIX } from '../../src/dateranges/refiners.js';
import { candidateOffsets, matchesAt, triggerIndex, triggerSet, triggered } from '../../src/dateranges/triggers.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const benchdata = `${root}../shared/benchdata/`;

const pieces = [
  'in', 'on', 'the', 'early', 'late', 'mid-', 'end of', 'first half of', 'last week of', 'since', 'ever since', 'until at least', 'as of', 'by', 'a', 'aday', 'ago', 'two', 'twoyears', 'past', 'last', 'next', 'this', 'since', 'of', 'Q3', 'q1', 'H2', 'FY2019', "FY'19",
  'fiscal', 'May', 'Nov.', 'Nov20', 'Sept', 'sept', 'August', '27th', '4th', 'Friday,', 'Mondays', 'morning', 'today', 'yesterday', 'recently',
  'so far', 'year-to-date', 'third-quarter', 'twenty-first', 'century', '2019', '2019–2021', '1957-58', '2023-05-31', '5/12', '11/05/2019',
  "'90s", '’90s', 'x’90s', '1990s', 'spring', 'fall', 'Christmas', "New Year's Day", 'weekend', 'now', 'present', '_2019', 'é', '.', ',', '-',
  'another', 'Mayor', 'theyear', 'Decembers', 'fortnight', 'midst', '\n', ' ', '',
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

/** Every pattern the finder runs at trigger offsets instead of over the whole text. */
const SCANNED = [...PARSERS.map((p) => p.pattern), PART_PREFIX, OPENER_PREFIX];

/** Matches of a global pattern over the whole text, as [offset, text] pairs. */
function globalMatches(pattern: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

function triggeredMatches(pattern: RegExp, text: string): [number, string][] {
  const run = triggered(pattern);
  const [offsets] = candidateOffsets(text, triggerIndex([run.triggers]));
  return matchesAt(text, run.sticky, offsets ?? []).map((m) => [m.index, m[0]]);
}

describe('dateranges: trigger pass', () => {
  it('reads the leading letter runs of a pattern from its source, with optional last letters and class letters', () => {
    const set = triggerSet(/\b(?:(this|last)[^\S\n]+)?([QH])([1-4])|days?(?![\w-])/gi);
    expect([...set.runs].sort()).toEqual([['day', 'whole'], ['days', 'whole'], ['h', 'whole'], ['last', 'whole'], ['q', 'whole'], ['this', 'whole']]);
    expect(set.digits).toBe(false);
    expect(set.anyWord).toBe(false);
    expect([...triggerSet(/\b(?:a|the)[^\S\n]*day/gi).runs].sort()).toEqual([['a', 'whole'], ['aday', 'open'], ['the', 'whole'], ['theday', 'open']]);
    expect(triggerSet(/\b\d{4}|\bthe[^\S\n]+(\d{1,2})th/gi).digits).toBe(true);
    expect(triggerSet(/\bthe[^\S\n]+(\d{1,2})th/gi).digits).toBe(false);
    expect(triggerSet(/\b[A-Z]\w+/g).anyWord).toBe(true);
  });

  it('lists a word start only for the patterns whose leading runs spell that word', () => {
    const index = triggerIndex([triggerSet(/\bnext[^\S\n]+week/gi), triggerSet(/\b\d{4}/g), triggerSet(/\b['’]\d0s/g), triggerSet(/\bweek/gi)]);
    const text = 'Next week, not nextweek; in 2019 and the ’90s, weekly.';
    expect(candidateOffsets(text, index)).toEqual([[0], [28, 42], [41], [5, 47]]);
  });

  it('finds matches that run on past a literal word without a break, or start at a class letter or an apostrophe', () => {
    for (const text of ['aday ago', 'twoyears later', 'the day before yesterday', 'Q3 2019', 'h1', 'FY2019', "FY'19", 'x’90s', 'Nov20, 2019', 'early-2019', 'since2019']) {
      for (const pattern of SCANNED) expect(triggeredMatches(pattern, text)).toEqual(globalMatches(pattern, text));
    }
    expect(triggeredMatches(PARSERS.find((p) => p.name === 'offset')!.pattern, 'it was aday ago')).toEqual([[7, 'aday ago']]);
  });

  it('finds the same atoms as a scan of the whole text, on the corpus and development texts', () => {
    for (const text of realTexts()) {
      expect(findAtoms(text)).toEqual(scanAtoms(text));
      for (const pattern of SCANNED) expect(triggeredMatches(pattern, text)).toEqual(globalMatches(pattern, text));
    }
  });

  it('finds the same atoms as a scan of the whole text, on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(glued, spaced, fc.string({ maxLength: 120 })), (text) => {
      expect(findAtoms(text)).toEqual(scanAtoms(text));
      for (const pattern of SCANNED) expect(triggeredMatches(pattern, text)).toEqual(globalMatches(pattern, text));
    }), { numRuns: 400 });
  });
});
