/**
 * The two reference predictions of BOILERPLATE.md, recomputed so the table shows them next
 * to claimsift's rows (and so the scorer is checked against the published numbers).
 */
import type { CharRange } from './score.js';

/** Non-empty lines, trimmed. */
function visibleLines(text: string): CharRange[] {
  const out: CharRange[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

export function keepEveryLine(text: string): CharRange[] {
  return visibleLines(text);
}

/** At least ten white-space separated words, ending in . ! ? … 。 ！ ？ (closing quotes/brackets allowed after it). */
export const SENTENCE_LINE_END = /[.!?…。！？][\s"'”’»)\]」』）]*$/;

export function keepSentenceLines(text: string): CharRange[] {
  return visibleLines(text).filter((r) => {
    const line = text.slice(r.start, r.end);
    return line.split(/\s+/).filter(Boolean).length >= 10 && SENTENCE_LINE_END.test(line);
  });
}
