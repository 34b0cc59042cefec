/** Lookup keys of a written name, word by word, exactly as the finder keys the text. */
import { scanWords } from './words.js';

/** "Ministry of Public Security" → ministry, of, public, security; "PublicSecurity" → public, security. */
export function splitKeys(text: string): string[] {
  return scanWords(text).flatMap((w) => w.parts);
}
