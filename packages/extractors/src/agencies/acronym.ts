/**
 * Does an acronym abbreviate a name? "MPS" ~ Ministry of Public Security, "MOTIE" ~ Ministry
 * of Trade, Industry and Energy (function words may give a letter), "D4CC" ~ Doctors for Camp
 * Closure (digits for words), "CDC" ~ Chinese Center for Disease Control and Prevention
 * (a leading country word and trailing words may be left out when `loose`).
 * Dynamic programming over (letter, word): O(letters × words).
 */
import { ACRONYM_DIGITS, ACRONYM_SKIPPABLE } from './lexicon.js';
import { PLACES } from './places.js';

const NOT_LETTER = /[^\p{L}\p{N}]/gu;

export const ACRONYM_PATTERNS: readonly RegExp[] = [NOT_LETTER];

export interface AcronymMatchOptions {
  /** Allow a leading place word and trailing words without letters. */
  readonly loose?: boolean;
}

/** `words` are the lower-case keys of the name's words. */
export function acronymMatches(acronym: string, words: readonly string[], options: AcronymMatchOptions = {}): boolean {
  const letters = acronym.replace(NOT_LETTER, '').toLowerCase();
  if (letters.length < 2 || letters.length > 12 || words.length === 0 || words.length > 24) return false;
  const loose = options.loose ?? false;
  // Content words: not skippable function words.
  let first = 0;
  while (first < words.length && ACRONYM_SKIPPABLE.has(words[first] as string)) first++;
  // Cheap test first: the acronym starts with the name's first content word (or the one after a place).
  const letter0 = letters[0] as string;
  const startsWell = (words[first] ?? '').startsWith(letter0) || ACRONYM_DIGITS.get(letter0) === words[first];
  const afterPlace = loose && first < words.length - 1 && (words[first + 1] as string).startsWith(letter0) && PLACES.has(words[first] as string);
  if (!startsWell && !afterPlace) return false;
  const memo = new Map<number, boolean>();
  // `used`: how many words gave letters so far (capped at 2); an acronym needs at least two ("LOW" is not "Lowe's").
  const go = (li: number, wi: number, used: number): boolean => {
    if (li === letters.length) {
      if (used < 2) return false;
      if (loose) return true;
      for (let k = wi; k < words.length; k++) if (!ACRONYM_SKIPPABLE.has(words[k] as string)) return false;
      return true;
    }
    if (wi === words.length) return false;
    const id = (li * 32 + wi) * 3 + used;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const word = words[wi] as string;
    const letter = letters[li] as string;
    let ok = false;
    const next = Math.min(used + 1, 2);
    if (ACRONYM_SKIPPABLE.has(word)) ok = go(li, wi + 1, used);
    if (!ok && ACRONYM_DIGITS.get(letter) === word) ok = go(li + 1, wi + 1, next);
    if (!ok && word.startsWith(letter)) {
      // The word gives its initial, or a prefix of up to three letters ("FedEx", "Comelf").
      for (let n = 1; n <= 3 && !ok && li + n <= letters.length; n++) {
        if (!word.startsWith(letters.slice(li, li + n))) break;
        ok = go(li + n, wi + 1, next);
      }
    }
    memo.set(id, ok);
    return ok;
  };
  if (go(0, first, 0)) return true;
  return loose && first < words.length - 1 && PLACES.has(words[first] as string) && go(0, first + 1, 0);
}
