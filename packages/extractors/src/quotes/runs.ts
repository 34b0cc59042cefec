/**
 * Runs of ASCII letters and digits, read case-blind by character code: what the word finder and
 * the word classes scan a text by when they look for words without tokenising it. Outside ASCII
 * only the Kelvin sign lower-cases into ASCII ("k").
 */

const KELVIN_SIGN = 0x212a;

/** Lower case of a code where that is ASCII: A–Z and the Kelvin sign fold, anything else stays. */
export const lowerCode = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c === KELVIN_SIGN ? 0x6b : c);

/** Lower-case ASCII letters and digits: what a lower-cased ASCII run is made of. */
export const isRunCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** One step of a run's hash: 30 bits, so every hash is a small integer (no boxed number as a map key). */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) & 0x3fffffff;

/** The lower-case run code of `c` (what lowerCode gives when isRunCode holds), or -1: one call per character of a scan. */
function runCode(c: number): number {
  const folded = c | 0x20; // A–Z to a–z; a–z stay, and nothing else lands in a–z
  if (folded >= 0x61 && folded <= 0x7a) return folded;
  if (c >= 0x30 && c <= 0x39) return c;
  return c === KELVIN_SIGN ? 0x6b : -1;
}

/**
 * Visits the runs of text[start, end) in order with the hash of each (hashStep over its run
 * codes); stops at the first visit that returns true, and returns whether one did.
 */
export function someRun(text: string, start: number, end: number, visit: (hash: number, runStart: number, runEnd: number) => boolean): boolean {
  let runStart = -1;
  let h = 0;
  for (let j = start; j <= end; j++) {
    const c = j < end ? runCode(text.charCodeAt(j)) : -1;
    if (c >= 0) {
      if (runStart < 0) {
        runStart = j;
        h = 0;
      }
      h = hashStep(h, c);
      continue;
    }
    if (runStart >= 0 && visit(h, runStart, j)) return true;
    runStart = -1;
  }
  return false;
}
