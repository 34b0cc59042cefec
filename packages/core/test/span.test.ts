import { describe, expect, it } from 'vitest';
import { createCodePointConverter, makeSpan, SpanError, toCodePointRange } from '@claimsift/core';

describe('makeSpan', () => {
  it('slices the text so the span text always equals the slice', () => {
    const text = 'The MPS said 25,000 people were arrested.';
    const span = makeSpan(text, 4, 7);
    expect(span).toEqual({ start: 4, end: 7, text: 'MPS' });
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, 100],
    [0.5, 2],
  ])('rejects the invalid range [%d, %d) with a typed error', (start, end) => {
    expect(() => makeSpan('short text', start, end)).toThrow(SpanError);
  });
});

describe('code point offsets', () => {
  it('counts an astral character as one code point', () => {
    const text = 'a😀b😀c';
    const convert = createCodePointConverter(text);
    expect(text.indexOf('b')).toBe(3);
    expect(convert(3)).toBe(2);
    expect(convert(text.length)).toBe(5);
    expect(toCodePointRange(text, { start: 6, end: 7 })).toEqual({ start: 4, end: 5 });
  });

  it('leaves BMP-only text unchanged and treats a lone surrogate as one code point', () => {
    const text = 'x\uD800y';
    const convert = createCodePointConverter(text);
    expect([0, 1, 2, 3].map(convert)).toEqual([0, 1, 2, 3]);
  });

  it('agrees with Array.from on random strings', () => {
    const text = 'é😀中\uDC00𝔸 z';
    const convert = createCodePointConverter(text);
    for (let i = 0; i <= text.length; i++) {
      const isLowHalf = i > 0 && /[\uDC00-\uDFFF]/.test(text[i] ?? '') && /[\uD800-\uDBFF]/.test(text[i - 1] ?? '');
      if (isLowHalf) continue;
      expect(convert(i)).toBe(Array.from(text.slice(0, i)).length);
    }
  });
});
