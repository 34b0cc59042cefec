/**
 * Embedded tweets, as scraped: "> text" lines closed by "> — Name (@handle) date". Each text
 * paragraph of the tweet is an unmarked quote of the account's owner, with no cue.
 */
import type { Doc } from '@claimsift/core';
import { analysePhrase, phraseForward } from './phrases.js';
import type { PhraseContext } from './phrases.js';
import { TWEET_HANDLE, TWEET_LINE, TWEET_PICTURE } from './patterns.js';
import type { Attribution, Paragraph, Piece, SpeakerPhrase } from './types.js';
import { isSpaceCode, wordsIn } from './words.js';
import type { Word } from './words.js';

export interface TweetQuote {
  readonly piece: Piece;
  readonly attribution: Attribution;
}

const DASHES = new Set(['—', '–', '-']);

/** The account owner's name in "> — Name (@handle) date", or null when the line is no byline. */
function bylineName(text: string, line: Paragraph): { start: number; end: number } | null {
  let i = line.start;
  while (i < line.end && (text[i] === '>' || isSpaceCode(text.charCodeAt(i)))) i++;
  if (i >= line.end || !DASHES.has(text[i] as string)) return null;
  i++;
  while (i < line.end && isSpaceCode(text.charCodeAt(i))) i++;
  const handle = TWEET_HANDLE.exec(text.slice(i, line.end));
  if (!handle || handle.index === 0) return null;
  let end = i + handle.index;
  while (end > i && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > i ? { start: i, end } : null;
}

export function findTweetQuotes(doc: Doc, ctx: PhraseContext, paragraphs: readonly Paragraph[]): TweetQuote[] {
  const out: TweetQuote[] = [];
  let run: Paragraph[] = [];
  let chain = 2_000_000;
  const isTweetLine = (p: Paragraph): boolean => doc.text.charCodeAt(p.start) === 0x3e; // ">"
  for (let i = 0; i <= paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p && isTweetLine(p)) {
      run.push(p);
      continue;
    }
    if (run.length > 0) {
      const last = run[run.length - 1] as Paragraph;
      const byline = bylineName(doc.text, last);
      // a tweet embedded in the article: it starts in content or right after it
      const before = paragraphs[(run[0] as Paragraph).index - 1];
      const embedded = run.some((p) => doc.isContent(p.start, p.end)) || (before !== undefined && doc.isContent(before.start, before.end));
      if (byline && embedded) {
        const words = wordsIn(doc.text, byline.start, byline.end);
        while (words.length > 0 && (words[words.length - 1] as Word).punct) words.pop(); // emoji after the name
        const np = phraseForward(words, 0, words.length);
        const parsed = np && np.end === words.length ? analysePhrase(ctx, words, np.start, np.end - 1) : null;
        // an account name that is no name phrase ("tall glass of coquito") speaks as written
        const phrase: SpeakerPhrase | null =
          parsed ?? (words.length > 0 ? { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end, kind: 'person', name: null, title: null, organization: null, issuer: null } : null);
        if (phrase) {
          const attribution: Attribution = { cue: null, speaker: phrase, kind: 'direct' };
          const id = chain++;
          for (const line of run.slice(0, -1)) {
            const prefix = TWEET_LINE.exec(doc.text.slice(line.start, line.end));
            let start = line.start + (prefix ? prefix[0].length : 1);
            let end = line.end;
            const body = doc.text.slice(start, end);
            const pic = TWEET_PICTURE.exec(body);
            if (pic) end = start + pic.index;
            while (end > start && isSpaceCode(doc.text.charCodeAt(end - 1))) end--;
            while (start < end && isSpaceCode(doc.text.charCodeAt(start))) start++;
            while (end > start && isSpaceCode(doc.text.charCodeAt(end - 1))) end--;
            if (end > start) out.push({ piece: { start, end, open: -1, close: -1, paragraph: line.index, chain: id, marked: false, dangling: false }, attribution });
          }
        }
      }
      run = [];
    }
  }
  return out;
}
