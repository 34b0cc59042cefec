/**
 * Every regular expression of the quotes extractor, in one place for the ReDoS check.
 * Each is a run of one class joined by a connector outside that class, or a plain
 * alternation of literal words: matching is linear.
 */
import { CUE_VERBS, PREPOSITIONAL_CUES, WEAK_CUES } from './lexicon.js';

const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

/** One word (letters and digits, joined by an apostrophe, hyphen or ampersand) or one other non-space character. */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‑&][\p{L}\p{M}\p{N}]+)*|\S/uy;

/** One letter or digit of any script. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** "NASA", "MPS", "CAC": an upper-case letter followed by upper-case letters or digits. */
export const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;

/** An initial or a dotted abbreviation inside a name ("A", "U.S"). */
export const INITIAL = /^\p{Lu}$/u;

/** A lower-case letter followed by a capital: words glued by scraping ("OmarIlhan"). */
export const GLUED = /\p{Ll}\p{Lu}/u;

/** A possessive ending ("NASA’s", "Pirro's"). */
export const POSSESSIVE = /['’]s$/u;

/** A run of white space. */
export const SPACE_RUN = /\s+/u;

/** A reporting verb as a whole word (case-insensitive); `g` so scans resume from lastIndex. */
export const CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...CUE_VERBS, ...PREPOSITIONAL_CUES])})(?![\\p{L}\\p{N}])`, 'giu');

/** Verbs that report speech only around a partial quote ("called it the …"). */
export const WEAK_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(WEAK_CUES)})(?![\\p{L}\\p{N}])`, 'giu');

/** A line of an embedded tweet: "> text". */
export const TWEET_LINE = /^[ \t]*>[ \t]?/;

/** The tweet's attribution line: "> — Rep. Ilhan Omar (@Ilhan) November 19, 2019". */
export const TWEET_BYLINE = /^[ \t]*>?[ \t]*[—–-][ \t]*([^(\n]+)\(@\w+\)/;

/** A picture link at the end of a tweet's text. */
export const TWEET_PICTURE = /\s*pic\.twitter\.com\/\S*/u;

export const PATTERNS: readonly RegExp[] = [WORD, GLUED, POSSESSIVE, SPACE_RUN, LETTER_OR_DIGIT, ACRONYM, INITIAL, CUE, WEAK_CUE, TWEET_LINE, TWEET_BYLINE, TWEET_PICTURE];
