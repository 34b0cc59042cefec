/** The word scanner (its ASCII fast path against the WORD regex) and the paragraph word finder. */
import fc from 'fast-check';
import { NON_NAME_WORDS } from '../../src/quotes/lexicon.js';
import { describe, expect, it } from 'vitest';
import { ACRONYM, ADVERB_LY, AGENT_NOUN, GERUND, GLUED, INITIAL, LETTER_OR_DIGIT, POSSESSIVE, WORD } from '../../src/quotes/patterns.js';
import { isAcronymText, isAdverbLyText, isAgentNounText, isGerundText, isGluedText, isInitialText, isPossessiveText } from '../../src/quotes/shapes.js';
import { CUE, SPEECH, classesOf, runClasses } from '../../src/quotes/wordclasses.js';
import { createWordFinder } from '../../src/quotes/wordfinder.js';
import { isSpaceCode, wordsIn } from '../../src/quotes/words.js';

/** The words of [start, end) by the WORD regex alone: what the fast path must reproduce. */
function regexWords(text: string, start: number, end: number): { start: number; end: number; text: string; lower: string; punct: boolean; capitalised: boolean; nameish: boolean; classes: number }[] {
  const out = [];
  let i = start;
  while (i < end) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m === null) {
      i++;
      continue;
    }
    const stop = Math.min(i + m[0].length, end);
    const t = text.slice(i, stop);
    const ch = t[0] ?? '';
    const lower = t.toLowerCase();
    const punct = !LETTER_OR_DIGIT.test(t);
    const capitalised = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    out.push({ start: i, end: stop, text: t, lower, punct, capitalised, nameish: !punct && capitalised && !NON_NAME_WORDS.includes(lower), classes: classesOf(lower) });
    i = stop;
  }
  return out;
}

const PIECES = ['a', 'Zo', 'The', '09', ' ', '\n', "'", '’', '-', '‑', '&', '.', ',', 'é', 'Ü', '\u0301', '\u2002', '\u00a0', '😀', '\ud83d', 'İ', '٣', '中', '“', '\x1c'];

describe('wordsIn', () => {
  it('splits words as the WORD regex does, windows cut anywhere', () => {
    const arb = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join('')), fc.nat(3), fc.nat(3));
    fc.assert(
      fc.property(arb, ([text, cutStart, cutEnd]) => {
        const start = Math.min(cutStart, text.length);
        const end = Math.max(start, text.length - cutEnd);
        expect(wordsIn(text, start, end)).toEqual(regexWords(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps apostrophes and hyphens inside words, and punctuation apart', () => {
    const text = "O’Neill's co-author said: “no”.";
    expect(wordsIn(text, 0, text.length).map((w) => w.text)).toEqual(["O’Neill's", 'co-author', 'said', ':', '“', 'no', '”', '.']);
  });
});

describe('run classes', () => {
  const pieces = ['I', 'i', '’m', "'m", 'we', 'We’re', 'SAID', 'said', 'Said', 'x', 'you', 'told', '-', '’', "'", ' ', '.', ',', 'é', '\u212A', '\u0301', 'İ', '2', 'according'];
  it('holds the cue and speech classes of every word of the stretch', () => {
    const arb = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(arb, (text) => {
        const listed = runClasses(text, 0, text.length);
        return wordsIn(text, 0, text.length).every((w) => (w.classes & (CUE | SPEECH) & ~listed) === 0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('word shapes', () => {
  const SHAPES: [string, (t: string) => boolean, RegExp][] = [
    ['initial', isInitialText, INITIAL],
    ['possessive', isPossessiveText, POSSESSIVE],
    ['glued', isGluedText, GLUED],
    ['acronym', isAcronymText, ACRONYM],
    ['gerund', isGerundText, GERUND],
    ['agent noun', isAgentNounText, AGENT_NOUN],
    ['adverb', isAdverbLyText, ADVERB_LY],
  ];
  const LETTERS = ['a', 'e', 'r', 'o', 's', 'n', 'g', 'l', 'y', 'A', 'I', 'Z', '0', '&', '-', "'", '’', 'é', 'É', '😀', 'ing', 'ly', 'er', 'man', 'ee', 'ist', '.'];
  const wordArb = fc.array(fc.constantFrom(...LETTERS), { maxLength: 7 }).map((p) => p.join(''));

  it.each(SHAPES)('%s answers as its regex does', (_name, shape, regex) => {
    fc.assert(fc.property(wordArb, (t) => shape(t) === regex.test(t)), { numRuns: 3000 });
  });

  it('knows the common cases', () => {
    expect([isInitialText('A'), isPossessiveText('NASA’s'), isGluedText('OmarIlhan'), isAcronymText('AT&T'), isGerundText('Following'), isAgentNounText('co-author'), isAdverbLyText('bluntly')]).toEqual([true, true, true, true, true, true, true]);
    expect([isInitialText('Ab'), isPossessiveText('boss'), isGluedText('Wang'), isAcronymText('Nasa'), isGerundText('King'), isAgentNounText('ee'), isAdverbLyText('fly')]).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('word finder', () => {
  const text = 'Follow Jane Holt\nMore from OMAR\nWeather';
  const paragraphs = [
    { start: 0, end: 16, index: 0, content: false },
    { start: 17, end: 31, index: 1, content: false },
    { start: 32, end: 39, index: 2, content: false },
  ];

  it('finds the paragraphs that hold a word, in any case, and only those', () => {
    const finder = createWordFinder(text, paragraphs);
    finder.add(['holt']);
    expect([0, 1, 2].map((i) => finder.mayContain(i))).toEqual([true, false, false]);
    finder.add(['omar', 'holt']);
    expect([0, 1, 2].map((i) => finder.mayContain(i))).toEqual([true, true, false]);
  });

  it('skips matches inside longer words, keeps possessives', () => {
    const t = 'Holtzman wins\nHolt’s plan';
    const finder = createWordFinder(t, [
      { start: 0, end: 13, index: 0, content: false },
      { start: 14, end: 25, index: 1, content: false },
    ]);
    finder.add(['holt']);
    expect([finder.mayContain(0), finder.mayContain(1)]).toEqual([false, true]);
  });

  it('never misses a paragraph holding the word or its possessive', () => {
    const pieces = ['Holt', 'holt', 'Ölz', 'ölz', 'O’Neill', 'x', 'A', '’s', "'s", ' ', '-', '.', 'İ', 'Σ', 'é', '1'];
    const lineArb = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 4 }), fc.constantFrom('holt', 'ölz', 'o’neill', 'x', 'a', '1', 'é'), (lines, key) => {
        const t = lines.join('\n');
        const paragraphs = [];
        let at = 0;
        for (const line of lines) {
          paragraphs.push({ start: at, end: at + line.length, index: paragraphs.length, content: false });
          at += line.length + 1;
        }
        const finder = createWordFinder(t, paragraphs);
        finder.add([key]);
        return paragraphs.every((p, i) => {
          const holds = wordsIn(t, p.start, p.end).some((w) => w.lower === key || w.lower === `${key}’s` || w.lower === `${key}'s`);
          return !holds || finder.mayContain(i);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('matches the Kelvin sign as "k" and counts a paragraph whose lower case is longer', () => {
    const kelvin = 'Von \u212Aarman\nnothing';
    const finder = createWordFinder(kelvin, [
      { start: 0, end: 10, index: 0, content: false },
      { start: 11, end: 18, index: 1, content: false },
    ]);
    finder.add(['karman']);
    expect([finder.mayContain(0), finder.mayContain(1)]).toEqual([true, false]);
    const dotted = createWordFinder('İstanbul\nnothing', [
      { start: 0, end: 8, index: 0, content: false },
      { start: 9, end: 16, index: 1, content: false },
    ]);
    dotted.add(['holt']);
    expect([dotted.mayContain(0), dotted.mayContain(1)]).toEqual([true, false]);
  });

  it('counts a paragraph with a capital sigma as a possible hit (lower-casing depends on context there)', () => {
    const greek = 'ΟΔΟΣ';
    const finder = createWordFinder(greek, [{ start: 0, end: greek.length, index: 0, content: false }]);
    expect(finder.mayContain(0)).toBe(true);
  });
});
