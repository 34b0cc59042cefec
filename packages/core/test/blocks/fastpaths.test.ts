/**
 * The fast paths of the line scans give the answers of the plain definitions: stop words looked
 * up by character codes, white space collapsed by slices, menu cover with an early give-up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLine, lowerLine, menuCover, normalisedFromCollapsed, normaliseLine } from '../../src/blocks/lexicon.js';
import { lineFeatures } from '../../src/blocks/features.js';
import { STOP_LANGS, stopMask, stopMaskAt } from '../../src/blocks/stopwords.js';

const LINES = [
  'English  Français\u00a0Deutsch Español',
  'EnglishFrançaisDeutsch',
  ' * Facebook Twitter WhatsApp E-mail',
  'Share on Facebook and read the next story',
  'Русский язык · Українська · Polski',
  '  The Ministry said THE figures   were ΟΣ final.\t',
  '\u2003*  Mehr aus der Redaktion  ',
  'İstanbul ve Ankara için',
  '',
  '   ',
];

describe('stopMaskAt', () => {
  it('agrees with the lower-cased lookup on mixed-case, accented, Greek, Cyrillic and Turkish words', () => {
    const words = ['The', 'THE', 'the', 'Und', 'DES', 'Él', 'ÉL', 'и', 'И', 'İçin', 'için', 'ΟΣ', 'Σ', 'και', 'KAI', 'Theory', 'dass', 'DASS', 'x', 'Ölçü'];
    for (const w of words) {
      const text = `«${w}»`;
      expect(stopMaskAt(text, 1, 1 + w.length), w).toBe(stopMask(w.toLowerCase()));
    }
    expect(stopMask('the')).not.toBe(0);
    expect(stopMaskAt('The', 0, 3)).toBe(stopMask('the'));
  });

  it('counts in lineFeatures (hashed during the scan) the hits of each word looked up on its own', () => {
    const words = ['The', 'THE', 'the', 'Und', 'DES', 'Él', 'ÉL', 'и', 'И', 'İçin', 'için', 'ΟΣ', 'Σ', 'και', 'KAI', 'Theory', 'dass', 'DASS', 'x', 'Ölçü', 'de', 'DE', '2024', 've', 'và', 'VÀ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (picked) => {
        const text = picked.join(' ');
        const f = lineFeatures(text, { start: 0, end: text.length, textStart: 0, textEnd: text.length });
        const expected = STOP_LANGS.map((_, b) => picked.filter((w) => stopMask(w.toLowerCase()) & (1 << b)).length);
        expect(Array.from(f.stops)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normaliseLine and lowerLine', () => {
  const collapse = (s: string) => s.split(/[ \t\u00a0\u3000\u202f\u205f\u2000-\u200b\ufeff]+/).filter(Boolean).join(' ').toLowerCase();
  it('collapse every run of white space to one space and lower-case', () => {
    for (const line of LINES) {
      const lower = lowerLine(line);
      expect(lower).toBe(collapse(line.replace(/^[*•\s\u00a0\u200b\u2000-\u200a\u3000\u202f\u205f\ufeff]+/, '')).trimEnd());
      expect(normaliseLine(line)).not.toMatch(/\s\s|^\s|\s$/);
    }
    expect(normaliseLine('  Share  on\u00a0Facebook  ')).toBe('share on facebook');
  });

  it('derives normaliseLine from the collapsed line on any text', () => {
    const pieces = ['a', 'Σ', 'ΟΣ', 'İ', 'ß', 'É', ' ', '  ', '\t', '\u00a0', '\u200b', '\u1680', '\u2028', '\u3000', '\ufeff', '*', '•', '-', ':', '.', '"', '’', '(', ')', '»', '…', 'x', 'Share', '\u0301', '😀', '\ud800'];
    for (const line of LINES) expect(normalisedFromCollapsed(collapsedLine(line))).toBe(normaliseLine(line));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const line = parts.join('');
        expect(normalisedFromCollapsed(collapsedLine(line))).toBe(normaliseLine(line));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('menuCover with a minimum cover', () => {
  it('answers as without it whenever the best cover reaches the minimum, else null', () => {
    for (const line of LINES) {
      const lower = lowerLine(line);
      for (const min of [0.3, 0.6, 0.9]) {
        const full = menuCover(lower);
        const bounded = menuCover(lower, min);
        expect(bounded, `${line} @${min}`).toEqual(full !== null && full.cover >= min ? full : null);
      }
    }
    expect(menuCover(lowerLine('English Français Deutsch'), 0.6)?.reason).toBe('language-menu');
  });
});
