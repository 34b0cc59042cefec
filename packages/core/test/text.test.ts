import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutLines, splitSentences, tokenize, TokenKind } from '@claimsift/core';

const sentences = (text: string) => splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe('cutLines', () => {
  it('tiles the text with one block per visible line, blank lines carried by the line before', () => {
    const text = '\n\nTitle\r\n\r\nFirst para.\n  Second para.  \n\n';
    const lines = cutLines(text);
    expect(lines.map((l) => text.slice(l.textStart, l.textEnd))).toEqual(['Title', 'First para.', 'Second para.']);
    expect(lines[0]?.start).toBe(0);
    expect(lines.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < lines.length; i++) expect(lines[i]?.start).toBe(lines[i - 1]?.end);
  });

  it('gives one block for white space only and none for the empty text', () => {
    expect(cutLines('')).toEqual([]);
    expect(cutLines(' \n\t ')).toEqual([{ start: 0, end: 4, textStart: 4, textEnd: 4 }]);
  });
});

describe('splitSentences', () => {
  it('splits at terminators followed by a capital, quote or digit', () => {
    expect(sentences('It rained. Then it stopped! Was it over? "Yes," he said. 2024 was wet.')).toEqual([
      'It rained.',
      'Then it stopped!',
      'Was it over?',
      '"Yes," he said.',
      '2024 was wet.',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(sentences('Dr. Smith met Gov. Holcomb in the U.S. capital. The rate was 1.4 percent.')).toEqual([
      'Dr. Smith met Gov. Holcomb in the U.S. capital.',
      'The rate was 1.4 percent.',
    ]);
    expect(sentences('Elizabeth A. Burton, 32, was charged.')).toHaveLength(1);
  });

  it('splits sentences glued together by scraping', () => {
    expect(sentences('propaganda work.We have exposed cases.')).toEqual(['propaganda work.', 'We have exposed cases.']);
    expect(sentences('and spread rumors and hype.A total of 623 cases')).toEqual(['and spread rumors and hype.', 'A total of 623 cases']);
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(sentences('“We must act.” Xi told the meeting.')).toEqual(['“We must act.”', 'Xi told the meeting.']);
  });

  it('splits CJK text at full-width terminators', () => {
    expect(sentences('今天下雨。明天晴天！')).toEqual(['今天下雨。', '明天晴天！']);
  });

  it('knows every terminator and closing mark, ASCII or not', () => {
    expect(sentences('Stop‼ 「Go.」 Then… Why⁉ «No?» (Yes.) Fine！ Ok？ Done.’ End')).toEqual([
      'Stop‼',
      '「Go.」',
      'Then…',
      'Why⁉',
      '«No?»',
      '(Yes.)',
      'Fine！',
      'Ok？',
      'Done.’',
      'End',
    ]);
    expect(sentences('One, two; three: four - five')).toEqual(['One, two; three: four - five']);
  });
});

describe('tokenize', () => {
  it('keeps numbers with separators, hyphenated and possessive words as one token', () => {
    const text = 'over160,000 accounts; 58-year-old People’s 1.4 million';
    const t = tokenize(text);
    const words = Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]));
    expect(words).toEqual(['over160', ',', '000', 'accounts', ';', '58-year-old', 'People’s', '1.4', 'million']);
    expect(t.kinds[7]).toBe(TokenKind.number);
    expect(t.kinds[4]).toBe(TokenKind.punct);
  });

  // The token pattern is the definition; the tokenizer reads ASCII by hand and must agree with it.
  const PATTERN = /\p{N}+(?:[.,]\p{N}+)*(?:['’‑-][\p{L}\p{M}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:['’‑-][\p{L}\p{M}\p{N}]+)*|\S/gu;
  const PIECES = ['a', 'Zq', '7', '٣', '²', '.', ',', '-', '‑', "'", '’', ' ', '\n', '\u00a0', '\u2028', '\ufeff', '\u0301', 'é', '😀', '\ud83d', '𝟘', '"', '(', '中', '\u180e', '\u200b', '\udc00', 'Ⅻ', '½', 'ǅ', '\u2019', ',5', '1.'];

  it('agrees with a scan of its token pattern on any text and range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const expected: [number, number, number][] = [];
        PATTERN.lastIndex = start;
        for (let m = PATTERN.exec(text); m !== null && m.index < end; m = PATTERN.exec(text)) {
          const token = m[0];
          const kind = token.length === 1 && !/[\p{L}\p{N}]/u.test(token) ? TokenKind.punct : /^\p{N}/u.test(token) ? TokenKind.number : TokenKind.word;
          expected.push([m.index, Math.min(m.index + token.length, end), kind]);
        }
        const t = tokenize(text, { start, end });
        expect(Array.from({ length: t.count }, (_, i) => [t.starts[i], t.ends[i], t.kinds[i]])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
