/**
 * Unicode character classes for the hand-written word scanner, answered from a table instead
 * of a regex per character. Each class is asked of the engine's own `\p{…}` once per code
 * point and remembered, so the scanner agrees with the regex definition by construction.
 */

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
export const UPPER = 8;
const KNOWN = 16;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_UPPER = /^\p{Lu}$/u;

export const CHAR_PATTERNS: readonly RegExp[] = [IS_LETTER, IS_NUMBER, IS_MARK, IS_UPPER];

function classify(char: string): number {
  return (IS_LETTER.test(char) ? LETTER : 0) | (IS_NUMBER.test(char) ? NUMBER : 0) | (IS_MARK.test(char) ? MARK : 0) | (IS_UPPER.test(char) ? UPPER : 0) | KNOWN;
}

// Basic plane: filled on first sight. Astral planes (rare in news): a map.
const BASIC = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

/** Classes of the code point starting at `i` (a lone surrogate has none). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        ASTRAL.set(cp, k);
      }
      return k;
    }
  }
  return unitClass(c);
}

/** Classes of a code unit outside the surrogate range (the common case, without the pair test). */
export function unitClass(c: number): number {
  let k = BASIC[c] as number;
  if (k === 0) {
    k = classify(String.fromCharCode(c));
    BASIC[c] = k;
  }
  return k;
}

/** UTF-16 length of the code point starting at `i`. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
