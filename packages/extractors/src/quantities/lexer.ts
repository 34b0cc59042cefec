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

export function lex(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const re = TOKEN_PATTERN;
  re.lastIndex = start;
  let previousEnd = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const tokenEnd = Math.min(m.index + m[0].length, end);
    const raw = text.slice(m.index, tokenEnd);
    const kind = m[1] !== undefined ? Tok.Num : m[2] !== undefined ? Tok.Word : Tok.Punct;
    const gapLength = m.index - previousEnd;
    // Most gaps are empty or one space: no slice for those.
    const gap = gapLength === 0 ? '' : gapLength === 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : text.slice(previousEnd, m.index);
    tokens.push({
      start: m.index,
      end: tokenEnd,
      kind,
      text: raw,
      lower: kind === Tok.Word ? raw.toLowerCase() : raw,
      glued: tokens.length > 0 && gap.length === 0,
      gap,
    });
    previousEnd = tokenEnd;
  }
  return tokens;
}
