/**
 * Every regular expression of the quotes extractor, in one place for the ReDoS check.
 * Each is a run of one class joined by a connector outside that class, or a fixed
 * sequence: matching is linear. Word lists (cues, titles) are looked up in sets, not regexes.
 */

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

/** A capitalised participle ("Following", "According"): five letters or more ending in "ing". */
export const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** An agent noun: a lower-case singular word ending as roles do ("farmer", "actor", "geologist", "spokeswoman", "co-author"). */
export const AGENT_NOUN = /^\p{Ll}[\p{Ll}-]*(?:er|or|ist|ian|man|woman|person|ant|ent|ee|ess|ive)$/u;

/** An adverb before a cue ("tearfully said"): a word of six letters or more ending in "ly". */
export const ADVERB_LY = /^\p{Ll}{4,}ly$/u;

/** A possessive ending ("NASA’s", "Pirro's"). */
export const POSSESSIVE = /['’]s$/u;

/** A run of white space. */
export const SPACE_RUN = /\s+/u;

/** A run of characters that are no letters or digits (to compare quoted words). */
export const NON_WORD = /[^\p{L}\p{N}]+/u;

/** What separates the words of a title ("U.S. Attorney", "vice president"). */
export const TITLE_SEPARATORS = /[\s.]+/u;

/** A word that starts with a digit ("2019", "3,397"). */
export const DIGIT_START = /^\p{N}/u;

/** A line of an embedded tweet: "> text". */
export const TWEET_LINE = /^[ \t]*>[ \t]?/;

/** The handle that closes a tweet's attribution line: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019". */
export const TWEET_HANDLE = /\(@\w+\)/;

/** A picture or short link at the end of a tweet's text. */
export const TWEET_PICTURE = /(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S*/u;

export const PATTERNS: readonly RegExp[] = [WORD, NON_WORD, TITLE_SEPARATORS, GLUED, GERUND, AGENT_NOUN, ADVERB_LY, POSSESSIVE, SPACE_RUN, LETTER_OR_DIGIT, ACRONYM, INITIAL, DIGIT_START, TWEET_LINE, TWEET_HANDLE, TWEET_PICTURE];
