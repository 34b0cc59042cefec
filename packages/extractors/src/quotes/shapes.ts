/**
 * Word shapes tested by character codes: the same answers as the regexes of patterns.ts, which
 * they fall back to for text outside ASCII. The speaker-phrase parsers ask these questions of
 * every word of every name, where a Unicode regex run per question is the larger cost.
 */
import { ACRONYM, ADVERB_LY, AGENT_NOUN, GERUND, GLUED, INITIAL } from './patterns.js';

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function isAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** INITIAL: one upper-case letter ("A"). */
export function isInitialText(t: string): boolean {
  if (t.length === 1) {
    const c = t.charCodeAt(0);
    return c < 0x80 ? isUpper(c) : INITIAL.test(t);
  }
  return t.length === 2 && !isAscii(t) && INITIAL.test(t); // a letter outside the BMP
}

/** POSSESSIVE: ends in 's or ’s. */
export function isPossessiveText(t: string): boolean {
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 0x73) return false;
  const c = t.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}

/** GLUED: a lower-case letter followed by a capital ("OmarIlhan"). */
export function isGluedText(t: string): boolean {
  if (!isAscii(t)) return GLUED.test(t);
  for (let i = 1; i < t.length; i++) if (isUpper(t.charCodeAt(i)) && isLower(t.charCodeAt(i - 1))) return true;
  return false;
}

/** ACRONYM: a capital followed by one or more capitals, digits or "&". */
export function isAcronymText(t: string): boolean {
  if (!isAscii(t)) return ACRONYM.test(t);
  if (t.length < 2 || !isUpper(t.charCodeAt(0))) return false;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isUpper(c) && !isDigit(c) && c !== 0x26) return false;
  }
  return true;
}

/** GERUND: a capital, two or more lower-case letters, then "ing" ("Following"). */
export function isGerundText(t: string): boolean {
  if (!isAscii(t)) return GERUND.test(t);
  const n = t.length;
  if (n < 6 || !isUpper(t.charCodeAt(0)) || !t.endsWith('ing')) return false;
  for (let i = 1; i < n - 3; i++) if (!isLower(t.charCodeAt(i))) return false;
  return true;
}

const AGENT_ENDINGS = ['er', 'or', 'ist', 'ian', 'man', 'woman', 'person', 'ant', 'ent', 'ee', 'ess', 'ive'];

/** AGENT_NOUN: lower-case letters and hyphens, starting with a letter, ending as roles do ("farmer", "co-author"). */
export function isAgentNounText(t: string): boolean {
  if (!isAscii(t)) return AGENT_NOUN.test(t);
  if (t.length < 2 || !isLower(t.charCodeAt(0))) return false;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isLower(c) && c !== 0x2d) return false;
  }
  // the ending follows the first letter ("ee" alone is no agent noun, "bee" is)
  for (const e of AGENT_ENDINGS) if (t.length > e.length && t.endsWith(e)) return true;
  return false;
}

/** ADVERB_LY: four or more lower-case letters, then "ly". */
export function isAdverbLyText(t: string): boolean {
  if (!isAscii(t)) return ADVERB_LY.test(t);
  const n = t.length;
  if (n < 6 || !t.endsWith('ly')) return false;
  for (let i = 0; i < n - 2; i++) if (!isLower(t.charCodeAt(i))) return false;
  return true;
}
