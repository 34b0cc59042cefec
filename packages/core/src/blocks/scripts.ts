/**
 * Writing system of a UTF-16 code unit, by code point ranges (no RegExp: it runs on every
 * character), looked up in a table built once. Used for script mixing (language menus) and
 * for the length of lines in scripts written without spaces.
 */
export enum Script {
  None = 0,
  Latin = 1,
  Cyrillic = 2,
  Greek = 3,
  Arabic = 4,
  Hebrew = 5,
  Devanagari = 6,
  Thai = 7,
  Hangul = 8,
  Kana = 9,
  Han = 10,
  OtherLetter = 11,
}

export const SCRIPT_COUNT = 12;

function scriptOfCode(c: number): Script {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? Script.Latin : Script.None;
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? Script.Latin : Script.None;
  if (c >= 0x370 && c <= 0x3ff) return Script.Greek;
  if (c >= 0x400 && c <= 0x52f) return Script.Cyrillic;
  if (c >= 0x590 && c <= 0x5ff) return Script.Hebrew;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return Script.Arabic;
  if (c >= 0x900 && c <= 0x97f) return Script.Devanagari;
  if (c >= 0xe00 && c <= 0xe7f) return Script.Thai;
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af)) return Script.Hangul;
  if (c >= 0x1e00 && c <= 0x1eff) return Script.Latin;
  if (c >= 0x3040 && c <= 0x30ff) return Script.Kana;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return Script.Han;
  if (c >= 0x2000 && c <= 0x2bff) return Script.None; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return Script.None; // CJK punctuation
  if (c >= 0xff00 && c <= 0xffef) {
    // full-width Latin letters count as Latin, the rest is punctuation
    return (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? Script.Latin : Script.None;
  }
  if (c >= 0xd800 && c <= 0xdfff) return Script.None; // astral: emoji and rare scripts
  if (c >= 0x0300 && c <= 0x036f) return Script.None; // combining marks
  return Script.OtherLetter;
}

/** Scripts written without spaces between words: a character there carries about a word's worth of text. */
export function isUnspacedScript(s: Script): boolean {
  return s === Script.Han || s === Script.Kana || s === Script.Thai;
}

/** Script of every UTF-16 code unit (surrogates and symbols: Script.None). */
export const SCRIPT_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = scriptOfCode(c);
  return table;
})();

export function scriptOf(c: number): Script {
  return (SCRIPT_TABLE[c] ?? 0) as Script;
}

/** A letter of any script (for word boundaries). */
export function isLetterCode(c: number): boolean {
  return (SCRIPT_TABLE[c] ?? 0) !== 0;
}
