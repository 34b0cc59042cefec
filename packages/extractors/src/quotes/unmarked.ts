/**
 * Finder for direct speech whose marks were lost in scraping. A sentence is quoted speech when
 * its attribution has a direct-speech shape — "…, said NAME[, TITLE of ORG].", "…, NAME said.",
 * "…, he said.", "NAME said: …" — and its words speak in the first or second person ("We have
 * investigated …"), which back-shifted paraphrase does not. First-person sentences right
 * before or after it in the same paragraph continue the quotation.
 */
import type { Doc } from '@claimsift/core';
import { cueAt, endsSentence, speakerAfterCue, subjectOfCue } from './cues.js';
import type { PhraseContext } from './phrases.js';
import type { Attribution, Paragraph, Piece } from './types.js';
import { CUE, SPEECH, hasClass, runClasses } from './wordclasses.js';
import type { Word } from './words.js';

const SUBORDINATORS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when']);

export interface UnmarkedQuote {
  readonly piece: Piece;
  readonly attribution: Attribution;
}

const speaks = (words: readonly Word[], a: number, b: number): boolean => {
  for (let i = a; i < b; i++) if (hasClass(words[i] as Word, SPEECH)) return true;
  return false;
};

interface Sentence {
  readonly a: number; // first word index
  readonly b: number; // index after the last word
}

function sentencesOf(words: readonly Word[]): Sentence[] {
  const out: Sentence[] = [];
  let a = 0;
  for (let i = 0; i < words.length; i++) {
    if (endsSentence(words, i)) {
      out.push({ a, b: i + 1 });
      a = i + 1;
    }
  }
  if (a < words.length) out.push({ a, b: words.length });
  return out;
}

/**
 * `markedParagraphs`: paragraphs with a quote or a quotation mark, where no unmarked speech is
 * looked for. `tokenised`: every content paragraph gets tokenised anyway (the document has quotes
 * whose speakers will be resolved), so no paragraph is scanned first for the words speech needs.
 */
export function findUnmarkedQuotes(doc: Doc, ctx: PhraseContext, paragraphs: readonly Paragraph[], markedParagraphs: ReadonlySet<number>, tokenised = false): UnmarkedQuote[] {
  const out: UnmarkedQuote[] = [];
  let chain = 1_000_000; // chain numbers apart from the marked finder's
  for (const para of paragraphs) {
    if (!para.content || markedParagraphs.has(para.index)) continue;
    if (!tokenised) {
      // unmarked speech needs a cue and a first- or second-person word: a scan without tokenising tells
      const listed = runClasses(doc.text, para.start, para.end);
      if ((listed & CUE) === 0 || (listed & SPEECH) === 0) continue;
    }
    const words = ctx.wordsOf(para);
    const sentences = sentencesOf(words);
    const quoted: { s: number; a: number; b: number; attribution: Attribution }[] = [];
    sentences.forEach((s, si) => {
      const found = quotedPart(ctx, words, s);
      if (found) quoted.push({ s: si, ...found });
    });
    const quotedSentences = new Set(quoted.map((q) => q.s));
    for (const q of quoted) {
      const id = chain++;
      // first-person sentences before the quoted one continue it backwards (one contiguous piece)
      let a = q.a;
      for (let si = q.s - 1; si >= 0; si--) {
        const s = sentences[si] as Sentence;
        if (quotedSentences.has(si) || !speaks(words, s.a, s.b)) break;
        a = s.a;
      }
      out.push(pieceOf(words, a, q.b, para, id, q.attribution));
      // …and the ones after the attribution make a second piece of the same quotation
      let first = -1;
      let last = -1;
      for (let si = q.s + 1; si < sentences.length; si++) {
        const s = sentences[si] as Sentence;
        if (quotedSentences.has(si) || !speaks(words, s.a, s.b) || s.b - s.a < 4) break;
        if (first < 0) first = s.a;
        last = s.b;
      }
      if (first >= 0) out.push(pieceOf(words, first, last, para, id, q.attribution));
    }
  }
  return out;
}

function pieceOf(words: readonly Word[], a: number, b: number, para: Paragraph, chain: number, attribution: Attribution): UnmarkedQuote {
  const start = (words[a] as Word).start;
  const end = (words[b - 1] as Word).end;
  return { piece: { start, end, open: -1, close: -1, paragraph: para.index, chain, marked: false, dangling: false }, attribution };
}

/** The quoted words of sentence s and its attribution, or null when s is not unmarked speech. */
function quotedPart(ctx: PhraseContext, words: readonly Word[], s: Sentence): { a: number; b: number; attribution: Attribution } | null {
  // "…, said NAME …." / "…, NAME said." at the end of the sentence
  for (let i = s.a + 4; i < s.b - 1; i++) {
    if ((words[i] as Word).text !== ',') continue;
    const c = i + 1;
    const n = cueAt(words, c);
    let attribution: Attribution | null = null;
    let end = -1;
    if (n === 1) {
      const after = speakerAfterCue(ctx, words, c, s.b);
      if (after) {
        attribution = { cue: { start: (words[c] as Word).start, end: (words[c] as Word).end }, speaker: after.phrase, kind: 'direct' };
        end = after.next;
      }
    } else {
      for (let k = c + 1; k < s.b && k - c <= 8; k++) {
        if (cueAt(words, k) !== 1) continue;
        const subject = subjectOfCue(ctx, words, k, c);
        if (subject && subject.first <= c + 1) {
          attribution = { cue: { start: (words[k] as Word).start, end: (words[k] as Word).end }, speaker: subject.phrase, kind: 'direct' };
          end = k + 1;
        }
        break;
      }
    }
    if (!attribution) continue;
    // the attribution must close the sentence, and the quoted clause must speak
    while (end < s.b && (words[end] as Word).punct) end++;
    if (end < s.b) continue;
    if (SUBORDINATORS.has((words[s.a] as Word).lower) || !speaks(words, s.a, i)) continue;
    return { a: s.a, b: i, attribution };
  }
  // "NAME said: …"
  for (let i = s.a + 1; i < s.b - 4 && i - s.a <= 12; i++) {
    if ((words[i] as Word).text !== ':' || cueAt(words, i - 1) !== 1) continue;
    const subject = subjectOfCue(ctx, words, i - 1, s.a);
    if (!subject || subject.first !== s.a) continue;
    if (!speaks(words, i + 1, s.b)) continue;
    const cue = words[i - 1] as Word;
    return { a: i + 1, b: s.b, attribution: { cue: { start: cue.start, end: cue.end }, speaker: subject.phrase, kind: 'direct' } };
  }
  return null;
}
