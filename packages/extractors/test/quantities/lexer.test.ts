import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lex, Tok, TOKEN_PATTERN } from '../../src/quantities/lexer.js';

/** The tokens a plain scan of the token pattern gives: the definition the lexer must agree with. */
function scan(text: string, start: number, end: number) {
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  const out: { start: number; end: number; kind: number; text: string; lower: string; glued: boolean; gap: string }[] = [];
  let previousEnd = start;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const tokenEnd = Math.min(m.index + m[0].length, end);
    const raw = text.slice(m.index, tokenEnd);
    const kind = m[1] !== undefined ? Tok.Num : m[2] !== undefined ? Tok.Word : Tok.Punct;
    const gap = text.slice(previousEnd, m.index);
    out.push({ start: m.index, end: tokenEnd, kind, text: raw, lower: kind === Tok.Word ? raw.toLowerCase() : raw, glued: out.length > 0 && gap === '', gap });
    previousEnd = tokenEnd;
  }
  return out;
}

const PIECES = ['1', '22', '333', '0', ',', '.', ' ', 'a', 'Bc', "'", '’', '-', '$', '\n', '\u00a0', '\u202f', '\u2028', '\ufeff', 'é', '\u0301', '٣', '😀', '\ud83d', 'x'];

describe('quantity lexer', () => {
  it('agrees with a scan of its token pattern on any text and range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(lex(text, start, end)).toEqual(scan(text, start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads comma groups of three, backing off a group followed by a digit', () => {
    const words = (text: string) => lex(text, 0, text.length).map((t) => t.text);
    expect(words('1,234,5678')).toEqual(['1,234', ',', '5678']);
    expect(words('12,345.67 and 1234.5.6')).toEqual(['12,345.67', 'and', '1234.5.6']);
    expect(words("People's 3rd")).toEqual(["People's", '3', 'rd']);
  });
});
