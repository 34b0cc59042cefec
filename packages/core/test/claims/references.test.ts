import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '@claimsift/core';
import { referencesIn, REFERENCE_PATTERNS } from '../../src/claims/references.js';

const REFERENCE = REFERENCE_PATTERNS[0] as RegExp;

/** The reference spans a fresh scan from `start` finds (what referencesIn must return when no agency is named). */
function scanFrom(text: string, start: number, end: number): { start: number; end: number }[] {
  const re = new RegExp(REFERENCE.source, REFERENCE.flags);
  const out: { start: number; end: number }[] = [];
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    if (m.index + m[0].length > end) break;
    const definite = m[1] !== undefined || m[3] !== undefined || /^\p{Lu}/u.test(m[0]);
    if (m[4] !== undefined && m[5] === undefined && !definite) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const PIECES = ['the', 'The', 'the ', 'its ', 'ministry', 'Ministry', 'public', 'security', 'organs', 'police', 'the  police', 'Theministry', 'court', 'said', 'x', ' ', ' ', '\n', ',', 'authorities', 'bureau-'];

describe('generic references in a range', () => {
  it('are the ones a scan starting at the range finds, wherever the range starts (inside a reference too)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const doc = createDocument(text);
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        const found = referencesIn(doc, { start, end }, []).map((r) => ({ start: r.start, end: r.end }));
        expect(found).toEqual(scanFrom(text, start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('a range starting inside "the Ministry" finds the capitalised head alone', () => {
    const text = 'He said the Ministry acted.';
    const doc = createDocument(text);
    const inside = text.indexOf('the Ministry') + 2;
    expect(referencesIn(doc, { start: 0, end: text.length }, []).map((r) => r.text)).toEqual(['the Ministry']);
    expect(referencesIn(doc, { start: inside, end: text.length }, []).map((r) => r.text)).toEqual(['Ministry']);
  });
});
