/**
 * The hand-written word scanner agrees with its regex definition (`WORD`) on arbitrary text
 * and ranges, splits scraped glue ("theMPS"), and shares one analysis per spelling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD, scanWords, wordKey } from '../../src/agencies/words.js';

const GLUE = /^(?:the|of|and|that|from|by|with|for|to|at|in|on|said)(?=\p{Lu})/u;

/** The scanner as the regexes define it: matches that start before `end`, cut at `end`, glue split off. */
function byRegex(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const s = m.index;
    const e = Math.min(s + m[0].length, end);
    const glue = GLUE.exec(text.slice(s, e));
    if (glue && glue[0].length < e - s) {
      out.push({ start: s, end: s + glue[0].length });
      out.push({ start: s + glue[0].length, end: e });
    } else out.push({ start: s, end: e });
  }
  return out;
}

const pieces = ['U.S.', 'U.N', 'A.b.', 'É.U.', "People's", 'AT&T', 'Nano-Satellite', 'x-', "'s", '’s', 'theMPS', 'ofThe', 'saidX', 'the', 'Ünïcode', 'e\u0301', '\u0301', '𝐀.𝐁.', '😀', '\ud800', '\udc00', '٣٤', '½', 'A350-900', '&', '-', ' ', '\n', '.', ',', '(', 'ΑΒΓ', 'Ⅻ'];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

describe('agencies: word scanner', () => {
  it('finds exactly the words of the WORD regex, in any range', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        const words = scanWords(text, start, end);
        expect(words.map((w) => ({ start: w.start, end: w.end }))).toEqual(byRegex(text, start, end));
        let previousEnd = start;
        for (const w of words) {
          expect(w.text).toBe(text.slice(w.start, w.end));
          expect(w.key).toBe(wordKey(w.text));
          expect(w.gap).toBe(text.slice(previousEnd, w.start));
          previousEnd = w.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('splits glue and keeps dotted abbreviations whole', () => {
    expect(scanWords('theMPS said U.S. officials').map((w) => w.text)).toEqual(['the', 'MPS', 'said', 'U.S.', 'officials']);
    expect(scanWords('U.Sa').map((w) => w.text)).toEqual(['U', 'Sa']);
  });

  it('gives repeated spellings the same analysis', () => {
    const [a, b] = scanWords('PublicSecurity PublicSecurity');
    expect(a?.parts).toEqual(['public', 'security']);
    expect(b?.parts).toBe(a?.parts);
  });
});
