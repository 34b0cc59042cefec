/**
 * Stop-word lists (data/stopwords.json) compiled into one table: word → bit mask of the
 * languages whose list holds it, so a single pass over a line's words counts the hits of
 * every language at once (stop-word density, as in jusText, and a cheap language profile).
 */
import data from './data/stopwords.json' with { type: 'json' };

export const STOP_LANGS: readonly string[] = Object.keys(data).filter((k) => !k.startsWith('_'));

const table = new Map<string, number>();
STOP_LANGS.forEach((lang, bit) => {
  const list = (data as Record<string, string>)[lang] ?? '';
  for (const word of list.split(' ')) if (word) table.set(word, (table.get(word) ?? 0) | (1 << bit));
});

/** Bit mask of the languages that list `word` (lower case) as a stop word; 0 when none does. */
export function stopMask(word: string): number {
  return table.get(word) ?? 0;
}

/** Index of a language in STOP_LANGS, or -1 when it has no list (Chinese, Japanese, Korean, ...). */
export function stopLangIndex(lang: string | null): number {
  return lang === null ? -1 : STOP_LANGS.indexOf(lang);
}
