/** A small numeral reader for peers that give a surface but no value (wink-nlp): digits, decimals, scale words. */

const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };
const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, half: 0.5,
};

/** The first number a surface states ("about 1.4 million" → 1400000, "$2.5bn" → 2.5e9); null when none. */
export function readNumber(surface: string): number | null {
  const lower = surface.toLowerCase();
  const digits = /(\d[\d,]*(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|bn|m|k)?\b/.exec(lower);
  if (digits) {
    const base = Number(digits[1]!.replace(/,/g, ''));
    return Number.isFinite(base) ? base * (digits[2] ? SCALES[digits[2]]! : 1) : null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of lower.split(/[\s-]+/)) {
    if (word in WORDS) {
      current += WORDS[word]!;
      seen = true;
    } else if (word in SCALES && seen) {
      const scale = SCALES[word]!;
      if (scale === 100) current *= scale;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (seen && word !== 'and') break;
  }
  return seen ? total + current : null;
}
