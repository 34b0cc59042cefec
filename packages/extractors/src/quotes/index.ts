/**
 * The quotes extractor: who said what. Finders propose quoted pieces (marked quotes in every
 * common mark style with paragraph continuation, embedded tweets, unmarked direct speech);
 * attribution finds each piece's cue and speaker phrase; the speaker resolver turns phrases
 * into names, titles and organisations across the document; refiners drop fragments and names.
 * Reads agency mentions from an earlier stage when there are any, but does not require them.
 */
import { defineExtractor } from '@claimsift/core';
import type { Doc, Extractor, MentionDraft } from '@claimsift/core';
import { attributeMarked } from './attribution.js';
import { findMarkedPieces, inContent, paragraphsOf } from './marked.js';
import { buildPersonIndex } from './names.js';
import { organizationsOf } from './organizations.js';
import { PATTERNS } from './patterns.js';
import type { PhraseContext } from './phrases.js';
import { dropNames, dropOverlaps, minimumWords } from './refine.js';
import { createSpeakerResolver } from './speakers.js';
import type { ResolvedSpeaker } from './speakers.js';
import { findTweetQuotes } from './tweets.js';
import type { Attribution, Paragraph, Piece } from './types.js';
import { wordsIn } from './words.js';
import type { Word } from './words.js';
import { findUnmarkedQuotes } from './unmarked.js';

export interface QuotesOptions {
  /** Fewest words a quote may have (SPEC: four). */
  readonly minWords?: number;
  /** Look for direct speech whose quotation marks were lost (default true). */
  readonly unmarked?: boolean;
  /** Quote embedded tweets ("> …" lines with an "— Name (@handle)" byline; default true). */
  readonly tweets?: boolean;
}

export function quotes(options: QuotesOptions = {}): Extractor {
  const minWords = options.minWords ?? 4;
  return defineExtractor({
    name: 'quotes',
    type: 'quote',
    patterns: PATTERNS,
    // embedded tweets often look like boilerplate to the block classifier; every other finder reads content only
    seesBoilerplate: true,
    extract: (doc) => extractQuotes(doc, options),
    refiners: [minimumWords(minWords), dropNames, dropOverlaps],
  });
}

function extractQuotes(doc: Doc, options: QuotesOptions): MentionDraft[] {
  const everything = paragraphsOf(doc);
  const paragraphs = everything.filter((p) => p.content);
  const orgs = organizationsOf(doc);
  const cache = new Map<Paragraph, readonly Word[]>();
  const wordsOf = (p: Paragraph): readonly Word[] => {
    let words = cache.get(p);
    if (!words) cache.set(p, (words = wordsIn(doc.text, p.start, p.end)));
    return words;
  };
  const ctx: PhraseContext = { text: doc.text, orgs, wordsOf };
  /** Paragraphs with a quotation character, and later those with a quote: no unmarked speech is looked for there. */
  const markedParagraphs = new Set<number>();
  const marked = inContent(findMarkedPieces(doc, everything, markedParagraphs), everything);
  const attributions = attributeMarked(ctx, everything, marked);
  const found: { piece: Piece; attribution: Attribution }[] = [];
  marked.forEach((piece, i) => {
    const attribution = attributions[i];
    if (attribution) found.push({ piece, attribution });
  });
  if (options.tweets !== false) found.push(...findTweetQuotes(doc, ctx, everything));
  if (options.unmarked !== false) {
    for (const p of marked) markedParagraphs.add(p.paragraph);
    // with quotes found, resolving their speakers tokenises every paragraph anyway
    found.push(...findUnmarkedQuotes(doc, ctx, everything, markedParagraphs, found.length > 0));
  }
  if (found.length === 0) return [];
  // the people and the cue timeline only serve to resolve speakers: a document without quotes needs neither
  const persons = buildPersonIndex(ctx, paragraphs, marked, everything.filter((p) => !p.content));
  const resolver = createSpeakerResolver(doc, ctx, persons, orgs, paragraphs);
  return found.map(({ piece, attribution }) => draftOf(doc, piece, attribution, resolver.resolve(attribution.speaker, piece.start)));
}

function draftOf(doc: Doc, piece: Piece, attribution: Attribution, speaker: ResolvedSpeaker | null): MentionDraft {
  const span = speaker ? doc.span(speaker.start, speaker.end) : null;
  return {
    start: piece.start,
    end: piece.end,
    speaker: span && speaker ? { text: span.text, start: span.start, end: span.end, name: speaker.name, title: speaker.title, organization: speaker.organization } : null,
    cue: attribution.cue ? doc.text.slice(attribution.cue.start, attribution.cue.end) : null,
    marked: piece.marked,
    kind: attribution.kind,
  };
}
