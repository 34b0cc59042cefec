/**
 * Number words and scale words (English). Pure data: the numeral parser reads these tables.
 */

/** Cardinal words below one hundred. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Tens that may be joined to a unit word by a hyphen or a space ("twenty-five", "forty two"). */
export const TENS: readonly string[] = ['twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Multiplying words after a number ("two hundred", "1.4 million", "a dozen"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Abbreviated scales, written after digits, glued or spaced ("3.5bn", "$2m", "$50k", "2 mln"). */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tr: 1e12, tln: 1e12,
};

/** Abbreviated scales that are also measure units; read as scales only after a currency. */
export const AMBIGUOUS_SCALE_ABBREVIATIONS: readonly string[] = ['m', 'b', 'k', 'mil', 'tr'];

/** Fraction words: value as a share of a whole, in percent. */
export const FRACTION_WORDS: Readonly<Record<string, { readonly singular: number; readonly plural?: string }>> = {
  half: { singular: 50, plural: 'halves' },
  third: { singular: 100 / 3, plural: 'thirds' },
  quarter: { singular: 25, plural: 'quarters' },
  fifth: { singular: 20, plural: 'fifths' },
  tenth: { singular: 10, plural: 'tenths' },
  sixth: { singular: 100 / 6, plural: 'sixths' },
  eighth: { singular: 12.5, plural: 'eighths' },
};

/**
 * Vague amounts: plural scale words. `low`..`high` follow the corpus convention
 * ("hundreds" 100–999, "millions" 1,000,000–9,999,999).
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  tens: 10,
};

/** Vague multipliers before a scale word: "a few thousand" 2000–9999, "several hundred" 300–999. */
export const VAGUE_MULTIPLIERS: Readonly<Record<string, number>> = {
  'a few': 2, few: 2, several: 3, 'a couple of': 2, 'a couple': 2, many: 2,
};

/** Ordinal words: never quantities (only read to reject them). */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];
