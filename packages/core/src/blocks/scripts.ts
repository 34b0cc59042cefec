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

/** Code unit ranges [first, last] per script; later entries override earlier ones. */
const RANGES: readonly (readonly [Script, number, number])[] = [
  [Script.OtherLetter, 0x250, 0xffff],
  [Script.None, 0x0000, 0x00bf],
  [Script.Latin, 0x0041, 0x005a],
  [Script.Latin, 0x0061, 0x007a],
  [Script.Latin, 0x00c0, 0x024f],
  [Script.None, 0x00d7, 0x00d7],
  [Script.None, 0x00f7, 0x00f7],
  [Script.None, 0x02b0, 0x036f], // modifier letters, combining marks
  [Script.Greek, 0x0370, 0x03ff],
  [Script.Cyrillic, 0x0400, 0x052f],
  [Script.Hebrew, 0x0590, 0x05ff],
  [Script.Arabic, 0x0600, 0x06ff],
  [Script.Arabic, 0x0750, 0x077f],
  [Script.Devanagari, 0x0900, 0x097f],
  [Script.Thai, 0x0e00, 0x0e7f],
  [Script.Hangul, 0x1100, 0x11ff],
  [Script.Latin, 0x1e00, 0x1eff],
  [Script.None, 0x2000, 0x2bff], // punctuation, symbols, arrows
  [Script.None, 0x3000, 0x303f], // CJK punctuation
  [Script.Kana, 0x3040, 0x30ff],
  [Script.Hangul, 0x3130, 0x318f],
  [Script.Han, 0x3400, 0x4dbf],
  [Script.Han, 0x4e00, 0x9fff],
  [Script.Hangul, 0xac00, 0xd7af],
  [Script.None, 0xd800, 0xf8ff], // surrogates (emoji, rare scripts), private use
  [Script.Han, 0xf900, 0xfaff],
  [Script.None, 0xfe00, 0xfe6f], // variation selectors, small forms
  [Script.None, 0xff00, 0xffef], // full-width punctuation...
  [Script.Latin, 0xff21, 0xff3a], // ...and letters
  [Script.Latin, 0xff41, 0xff5a],
  [Script.None, 0xfff0, 0xffff],
];

/** Scripts written without spaces between words: a character there carries about a word's worth of text. */
export function isUnspacedScript(s: Script): boolean {
  return s === Script.Han || s === Script.Kana || s === Script.Thai;
}

/** Script of every UTF-16 code unit (surrogates and symbols: Script.None). */
export const SCRIPT_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const [script, first, last] of RANGES) table.fill(script, first, last + 1);
  return table;
})();

/** A letter of any script (for word boundaries). */
export function isLetterCode(c: number): boolean {
  return (SCRIPT_TABLE[c] ?? 0) !== 0;
}
