/**
 * The quantity lexer: cuts one block of text into tokens with exact offsets. Digits and
 * letters are always separate tokens, so glued scraping ("over160,000", "3.5bn") splits
 * cleanly; `glued` records that no white space came before a token.
 */

export const Tok = { Num: 0, Word: 1, Punct: 2 } as const;
export type Tok = (typeof Tok)[keyof typeof Tok];

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: Tok;
  /** The token text as written. */
  readonly text: string;
  /** Lower-case text (words only; same as `text` otherwise). */
  readonly lower: string;
  /** True when no character separates this token from the previous one. */
  readonly glued: boolean;
  /** The white space before the token (empty when glued); NBSP matters for digit grouping. */
  readonly gap: string;
}

// A number is a digit run with "," groups of exactly three, or with "." parts; a word is a
// run of letters (apostrophes inside: "Boeing's", "o'clock"); anything else is one character.
// Each alternative repeats a group that starts with a mandatory separator, so matching is linear.
export const TOKEN_PATTERN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*)|(\S)/gu;

/** The same pattern tried at one position (for tokens the ASCII reader leaves to it). */
export const TOKEN_AT = new RegExp(TOKEN_PATTERN.source, 'uy');

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** Exactly the white space of RegExp `\s`, which the pattern skips between tokens. */
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** End of the pattern's token at `at` (not white space, so `(\S)` at least matches). */
function patternEnd(text: string, at: number): number {
  TOKEN_AT.lastIndex = at;
  TOKEN_AT.test(text);
  return TOKEN_AT.lastIndex;
}

export const LETTER_AT = /\p{L}/uy;

/** The kind of the token at `at`: `\d` is ASCII only, so a token starting elsewhere is a word when it starts with a letter. */
function kindAt(text: string, at: number): Tok {
  const c = text.charCodeAt(at);
  if (isDigit(c)) return Tok.Num;
  if (c < 0x80) return isAsciiLetter(c) ? Tok.Word : Tok.Punct;
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text) ? Tok.Word : Tok.Punct;
}

/** The number at `at` (ASCII digits only, as `\d`): comma groups of three, else a digit run with "." parts. */
function numberAt(text: string, at: number): number {
  const run = digitsEnd(text, at);
  if (run - at <= 3 && text.charCodeAt(run) === 0x2c) {
    // \d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d): the most groups that are not followed by a digit
    const groupEnds: number[] = [];
    let q = run;
    while (text.charCodeAt(q) === 0x2c && isDigit(text.charCodeAt(q + 1)) && isDigit(text.charCodeAt(q + 2)) && isDigit(text.charCodeAt(q + 3))) {
      q += 4;
      groupEnds.push(q);
    }
    for (let k = groupEnds.length - 1; k >= 0; k--) {
      const pos = groupEnds[k] as number;
      if (text.charCodeAt(pos) === 0x2e && isDigit(text.charCodeAt(pos + 1))) return digitsEnd(text, pos + 1);
      if (!isDigit(text.charCodeAt(pos))) return pos;
    }
  }
  // \d+(?:\.\d+)*
  let end = run;
  while (text.charCodeAt(end) === 0x2e && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
  return end;
}

/**
 * End of the token at `at` (not white space). Numbers and plain ASCII words are read by code
 * unit; a word that meets a character outside ASCII (a letter, a mark, ’) and any token
 * starting outside ASCII are left to the pattern, so both always agree.
 */
function tokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (isDigit(c)) return numberAt(text, at);
  if (c >= 0x80) return patternEnd(text, at);
  if (!isAsciiLetter(c)) return at + 1;
  // \p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*
  let i = at + 1;
  for (;;) {
    let d = text.charCodeAt(i);
    while (isAsciiLetter(d)) d = text.charCodeAt(++i);
    if (d >= 0x80) return patternEnd(text, at);
    if (d !== 0x27) return i;
    const e = text.charCodeAt(i + 1);
    if (e >= 0x80) return patternEnd(text, at);
    if (!isAsciiLetter(e)) return i;
    i += 2;
  }
}

/** False only when [start, end) is plain ASCII with no capital (its lower case is itself). */
function hasUpperCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return true;
  }
  return false;
}

export function lex(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  // The first token is searched as the global pattern would; after it every token starts at
  // the first position that is not white space.
  const re = TOKEN_PATTERN;
  re.lastIndex = start;
  let at = re.exec(text)?.index ?? text.length;
  let previousEnd = start;
  while (at < end) {
    const matchEnd = tokenEnd(text, at);
    const kind = kindAt(text, at);
    const clippedEnd = Math.min(matchEnd, end);
    const raw = text.slice(at, clippedEnd);
    const gapLength = at - previousEnd;
    // Most gaps are empty or one space: no slice for those.
    const gap = gapLength === 0 ? '' : gapLength === 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : text.slice(previousEnd, at);
    tokens.push({
      start: at,
      end: clippedEnd,
      kind,
      text: raw,
      lower: kind === Tok.Word && hasUpperCase(text, at, clippedEnd) ? raw.toLowerCase() : raw,
      glued: tokens.length > 0 && gap.length === 0,
      gap,
    });
    previousEnd = clippedEnd;
    at = matchEnd;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  }
  return tokens;
}
