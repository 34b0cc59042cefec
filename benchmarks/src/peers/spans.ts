/** Span helpers shared by the peer adapters. */

// Punctuation and spaces peers leave at span edges ("26.", "on Friday, May 26,"); SPEC spans never start or end with them.
const EDGE = /[\s,.;:!?"'“”‘’()[\]{}\u00a0–—]/;

/** Shrinks [start, end) past edge punctuation and white space; null when nothing is left. */
const ABBREVIATION_END = /(?:\b(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|St)|\b[A-Z]\.[A-Z])$/;

export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  // Keep the dot of a closing abbreviation ("Acme Inc.", "U.S.").
  if (e < end && text[e] === '.' && ABBREVIATION_END.test(text.slice(s, e))) e++;
  return e > s ? { start: s, end: e } : null;
}

/** Char offsets of consecutive tokens: each token is searched from the end of the previous one. */
export function tokenOffsets(text: string, tokens: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = text.indexOf(token, cursor);
    // A token the library normalised is not in the text: zero width at the cursor.
    const span = at < 0 ? { start: cursor, end: cursor } : { start: at, end: at + token.length };
    out.push(span);
    cursor = span.end;
  }
  return out;
}

/** `YYYY-MM-DD` of a Date in local time (peers compute calendar dates in local time). */
export function isoDay(date: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The caller's date as a local noon Date (so no time zone shifts the day), or now. */
export function refDateOf(refDate: string | null): Date {
  const m = refDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(refDate) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date();
}

/** Adds days to an ISO day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(y, m - 1, d + days, 12));
}
