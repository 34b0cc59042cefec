/**
 * Attribution of marked pieces: the cue and speaker phrase next to the closing mark
 * ("” Cooper said", "” said Brent Sherwood, vice president …"), before the opening mark
 * ("Ms Persson said: “"), or anywhere in the quote's own sentence for partial quotes
 * ("told cheering teachers that they weren’t “…”"). Pieces without their own attribution
 * take that of their chain (a quotation over paragraphs), of the piece before them in the
 * paragraph, or of the previous paragraph's quote when they fill a paragraph alone.
 */
import { firstFrom } from '@claimsift/core';
import { cueAt, endsSentence, speakerAfterCue, subjectOfCue } from './cues.js';
import { parseApposition } from './apposition.js';
import { NON_WORD } from './patterns.js';
import { analysePhrase, phraseForward } from './phrases.js';
import type { PhraseContext } from './phrases.js';
import type { Attribution, Paragraph, Piece, SpeakerPhrase } from './types.js';
import type { Word } from './words.js';

/** Fewest words of a quote (SPEC §3): shorter marked pieces are terms inside a sentence. */
const MIN_WORDS = 4;
/** How many quotes away a pull quote's source may be. */
const PULL_QUOTE_REACH = 40;
/** Longest stretch of a sentence searched before a quote for its cue. */
const MAX_SENTENCE_WORDS = 80;
const LEADING_PUNCT = new Set([',', ';', '—', '–', '-', ':']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** An attribution right after the closing mark: "” Cooper said", "”, the authority said", "” said Shotwell". */
function afterClose(ctx: PhraseContext, words: readonly Word[], from: number, limit: number): Attribution | null {
  let j = from;
  while (j < limit && LEADING_PUNCT.has((words[j] as Word).text)) j++;
  if (j >= limit) return null;
  const n = cueAt(words, j);
  if (n > 0) {
    const after = speakerAfterCue(ctx, words, j, limit);
    if (!after) return null;
    return { cue: { start: (words[j] as Word).start, end: (words[j + n - 1] as Word).end }, speaker: after.phrase, kind: 'direct' };
  }
  for (let c = j + 1; c < limit && c - j <= 40; c++) {
    if (endsSentence(words, c)) break;
    const m = cueAt(words, c);
    if (m === 0) continue;
    const cue = { start: (words[c] as Word).start, end: (words[c + m - 1] as Word).end };
    const subject = subjectOfCue(ctx, words, c, j);
    if (subject && [...words.slice(j, subject.first)].every((w) => DETERMINERS.has(w.lower))) return { cue, speaker: subject.phrase, kind: 'direct' };
    // an apposition with commas of its own ("Dylan Nelson, a fellow at the institute in Garching, Germany, said")
    const described = describedSubject(ctx, words, j, c);
    return described ? { cue, speaker: described, kind: 'direct' } : null;
  }
  return null;
}

/** The phrase at words[j] followed by a comma-bounded description that runs up to the cue at words[c]. */
function describedSubject(ctx: PhraseContext, words: readonly Word[], j: number, c: number): SpeakerPhrase | null {
  const np = phraseForward(words, j, c);
  if (!np || words[np.end]?.text !== ',' || c - 1 <= np.end + 1) return null;
  const phrase = analysePhrase(ctx, words, np.start, np.end - 1);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'org')) return null;
  const last = words[c - 1]?.text === ',' ? c - 2 : c - 1; // "…, said" or "… think tank told"
  const d = parseApposition(ctx, words, np.end + 1, last);
  return d ? { ...phrase, title: phrase.title ?? d.title, organization: phrase.organization ?? d.organization } : phrase;
}

/** An attribution that introduces the quote: "Ms Persson said: “", "She added, “". */
function beforeOpen(ctx: PhraseContext, words: readonly Word[], floor: number, openIndex: number): Attribution | null {
  let k = openIndex - 1;
  if (k < floor) return null;
  const introduced = (words[k] as Word).text === ':' || (words[k] as Word).text === ',';
  if (introduced) k--;
  // the cue, possibly followed by a short object or adjunct ("told reporters", "said in a statement")
  for (let c = k; c >= floor && k - c <= 5; c--) {
    const n = cueAt(words, c);
    if (n === 0) continue;
    if (c !== k && !introduced) return null;
    if (n === 2) {
      const after = speakerAfterCue(ctx, words, c, openIndex);
      return after ? { cue: { start: (words[c] as Word).start, end: (words[c + 1] as Word).end }, speaker: after.phrase, kind: 'direct' } : null;
    }
    const subject = subjectOfCue(ctx, words, c, floor);
    if (!subject) return null;
    return { cue: { start: (words[c] as Word).start, end: (words[c] as Word).end }, speaker: subject.phrase, kind: 'direct' };
  }
  return null;
}

/** "Smith said:" closing the paragraph above a paragraph that opens with the quote. */
function introducedAbove(ctx: PhraseContext, paragraphs: readonly Paragraph[], index: number): Attribution | null {
  const above = paragraphs[index - 1];
  if (!above || ctx.text[above.end - 1] !== ':') return null;
  const words = ctx.wordsOf(above);
  let floor = words.length - 1;
  while (floor > 0 && words.length - floor < 40 && !endsSentence(words, floor - 1)) floor--;
  return beforeOpen(ctx, words, floor, words.length);
}

/** A cue elsewhere in the quote's sentence: the quote is partial. */
function inSentence(ctx: PhraseContext, words: readonly Word[], floor: number, openIndex: number, closeIndex: number, limit: number): Attribution | null {
  for (let c = openIndex - 1; c >= floor; c--) {
    const n = cueAt(words, c, true);
    if (n === 0) continue;
    const found = n === 2 ? speakerAfterCue(ctx, words, c, openIndex)?.phrase : subjectOfCue(ctx, words, c, floor)?.phrase;
    if (found) return { cue: { start: (words[c] as Word).start, end: (words[c + n - 1] as Word).end }, speaker: found, kind: 'partial' };
  }
  // later in the sentence: "“…” impeachment, Trump said at a rally", "…, according to CAC"
  for (let c = closeIndex; c < limit && c - closeIndex <= 40; c++) {
    if (endsSentence(words, c)) break;
    const n = cueAt(words, c);
    if (n === 0) continue;
    const cue = { start: (words[c] as Word).start, end: (words[c + n - 1] as Word).end };
    const found = n === 2 ? speakerAfterCue(ctx, words, c, limit)?.phrase : subjectOfCue(ctx, words, c, closeIndex)?.phrase;
    // far from the quote only a named speaker or a pronoun is trusted, not any noun before a verb
    if (found && found.kind !== 'group' && found.kind !== 'document') return { cue, speaker: found, kind: 'partial' };
  }
  return null;
}

/** Attributions of all marked pieces (null where none is found), in piece order. */
export function attributeMarked(ctx: PhraseContext, paragraphs: readonly Paragraph[], pieces: readonly Piece[]): (Attribution | null)[] {
  const out: (Attribution | null)[] = [];
  pieces.forEach((piece, n) => {
    const para = paragraphs[piece.paragraph] as Paragraph;
    const words = ctx.wordsOf(para);
    const prev = pieces[n - 1];
    const next = pieces[n + 1];
    // a short quoted term before this quote ("three amigos") is part of the reporter's sentence, not a quote of its own
    const prevIsQuote = prev !== undefined && prev.paragraph === piece.paragraph && prev.close >= 0 && firstFrom(words, prev.close) - firstFrom(words, prev.start) >= MIN_WORDS;
    const floorOffset = prev && prevIsQuote ? prev.close + 1 : para.start;
    const limitOffset = next && next.paragraph === piece.paragraph ? next.open : para.end;
    const openIndex = firstFrom(words, piece.open); // the opening mark's own word
    const closeIndex = piece.close >= 0 ? firstFrom(words, piece.close + 1) : words.length;
    const limit = firstFrom(words, limitOffset);
    // the quote's sentence starts after the last sentence end before the opening mark
    // (a sentence is searched at most MAX_SENTENCE_WORDS back, which keeps pathological paragraphs linear)
    let floor = Math.max(firstFrom(words, floorOffset), openIndex - MAX_SENTENCE_WORDS);
    for (let i = openIndex - 1; i >= floor; i--) {
      if (endsSentence(words, i)) {
        floor = i + 1;
        break;
      }
    }
    const after = piece.close >= 0 ? afterClose(ctx, words, closeIndex, limit) : null;
    const before = beforeOpen(ctx, words, floor, openIndex);
    let found = after ?? before;
    if (found && found === after) {
      // reporter's words before the opening mark in the same sentence make the quote partial
      const lead = words.slice(floor, openIndex).filter((w) => !w.punct && w.start < piece.open);
      if (lead.length > 0 && !before) found = { ...found, kind: 'partial' };
    }
    if (!found && piece.open === para.start) found = introducedAbove(ctx, paragraphs, piece.paragraph);
    if (!found && !piece.dangling) {
      // (a quote left open without a continuation is kept only when its attribution introduces it)
      const partial = inSentence(ctx, words, floor, openIndex, closeIndex, limit);
      // a quote that opens its sentence is direct speech even when its attribution comes late
      found = partial && !words.slice(floor, openIndex).some((w) => !w.punct) ? { ...partial, kind: 'direct' } : partial;
    }
    out.push(found);
  });
  inherit(pieces, paragraphs, out);
  pullQuotes(ctx.text, pieces, paragraphs, out);
  return out;
}

/**
 * A paragraph that is only a quote repeating words of an attributed quote elsewhere (a pull
 * quote or a subheading: “We write with urgency”) has that quote's speaker and no cue.
 */
function pullQuotes(text: string, pieces: readonly Piece[], paragraphs: readonly Paragraph[], out: (Attribution | null)[]): void {
  // unattributed quotes that fill their paragraph; most documents have none, and then nothing is compared
  const candidates: number[] = [];
  pieces.forEach((p, i) => {
    const para = paragraphs[p.paragraph] as Paragraph;
    if (!out[i] && p.open === para.start && (p.close < 0 || p.close >= para.end - 2)) candidates.push(i);
  });
  if (candidates.length === 0) return;
  const attributed: { at: number; attribution: Attribution }[] = [];
  pieces.forEach((_, i) => {
    const a = out[i];
    if (a) attributed.push({ at: i, attribution: a });
  });
  if (attributed.length === 0) return;
  const wordsOf = new Map<number, string>();
  const comparableAt = (i: number): string => {
    let words = wordsOf.get(i);
    if (words === undefined) {
      const p = pieces[i] as Piece;
      wordsOf.set(i, (words = comparable(text.slice(p.start, p.end))));
    }
    return words;
  };
  for (const i of candidates) {
    const words = comparableAt(i);
    if (words.split(' ').length < MIN_WORDS) continue;
    // the source is among the quotes near it (bounded, so the pass stays linear)
    const source = attributed.find((x) => Math.abs(x.at - i) <= PULL_QUOTE_REACH && comparableAt(x.at).includes(words));
    if (source) out[i] = { cue: null, speaker: source.attribution.speaker, kind: 'direct' };
  }
}

/** Lower-case words separated by single spaces, for comparing quoted words across their punctuation. */
function comparable(s: string): string {
  return s
    .toLowerCase()
    .split(NON_WORD)
    .filter((w) => w !== '')
    .join(' ');
}

/** Chains, same-paragraph neighbours and whole-paragraph follow-ups share the attribution found. */
function inherit(pieces: readonly Piece[], paragraphs: readonly Paragraph[], out: (Attribution | null)[]): void {
  const byChain = new Map<number, Attribution>();
  pieces.forEach((p, i) => {
    const a = out[i];
    if (a && !byChain.has(p.chain)) byChain.set(p.chain, a);
  });
  pieces.forEach((p, i) => {
    if (!out[i]) out[i] = byChain.get(p.chain) ?? null;
  });
  for (let i = 1; i < pieces.length; i++) {
    if (out[i]) continue;
    const p = pieces[i] as Piece;
    const prev = pieces[i - 1] as Piece;
    const prevAttribution = out[i - 1];
    if (!prevAttribution || prevAttribution.kind !== 'direct') continue;
    const para = paragraphs[p.paragraph] as Paragraph;
    const fillsParagraph = p.open === para.start && (p.close < 0 || p.close >= para.end - 2);
    if (prev.paragraph === p.paragraph || (prev.paragraph === p.paragraph - 1 && fillsParagraph)) {
      out[i] = { ...prevAttribution, kind: 'direct' };
    }
  }
}
