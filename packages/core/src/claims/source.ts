/**
 * The source slot: on whose word the figure stands.
 *   - inside a quote: that quote and its speaker ("We have investigated 623 cases ..., said Wang Qiang");
 *   - "according to X" with X an agency: X; "according to a statement" (no agency): the actor,
 *     whose statement it is;
 *   - "X said / announced / reported ..." or "..., X said": the agency X (a generic reference
 *     such as "the ministry said" counts for the agency it stands for);
 *   - police of a place that is no agency mention ("Police in Sichuan province said",
 *     "In Tibet, police said"): "Sichuan police", "Tibet police" as the speaker;
 *   - a headline "X: <figure>": X;
 *   - an item of a list a paragraph introduces with a colon ("X ... has achieved the following
 *     results:") stands on the word of the last agency named in that introduction.
 */
import type { ClaimSource } from '../result.js';
import type { Mention } from '../mentions.js';
import type { Range } from '../span.js';
import type { Agency, DocContext } from './context.js';
import { mentionOf } from './context.js';
import { REPORTING_CUES } from './lexicon.js';
import { blockIndexAt } from '../blocks/index.js';
import { isRegExpSpace } from '../text/tokens.js';
import { referencesIn } from './references.js';
import { spansIn } from './spans.js';
import { wordSet } from './words.js';
import type { Words } from './words.js';

const CUES = wordSet(REPORTING_CUES.filter((c) => c !== 'according'));
const PHRASE_END = new Set([',', '.', ';', ':', '"', '”']);
/** Words allowed between an agency and its cue ("CAC has also announced", "the MPS (MPS) said"). */
const BETWEEN = wordSet([',', 'has', 'have', 'had', 'also', 'further', 'previously', 'recently', 'officially', 'publicly', 'then', '(', ')']);

export const NO_SOURCE: ClaimSource = { quote: null, speaker: null, attributedTo: null };

function speakerName(quote: Mention): string | null {
  const s = quote.speaker as { name?: unknown; text?: unknown } | null | undefined;
  if (typeof s?.name === 'string' && s.name) return s.name;
  return typeof s?.text === 'string' && s.text ? s.text : null;
}

const attributed = (agency: Agency): ClaimSource => ({ quote: null, speaker: agency.name, attributedTo: agency.id });

/** An agency, or a generic reference resolved to one, where the sentence names it. */
interface NamedActor extends Range {
  readonly agency: Agency;
}

const byStart = (a: Range, b: Range): number => a.start - b.start;

/** Agencies and resolved generic references of the sentence, as agencies, in text order. */
function namedActors(ctx: DocContext, sentence: Range): NamedActor[] {
  const out: NamedActor[] = [];
  for (const a of spansIn(ctx.sources, sentence)) out.push({ agency: a, start: a.start, end: a.end });
  for (const ref of referencesIn(ctx.doc, sentence, ctx.agencies)) {
    const agency = ref.resolvedName ? mentionOf(ctx, ref.resolvedName, ref.start) : null;
    if (agency) out.push({ agency, start: ref.start, end: ref.end });
  }
  return out.sort(byStart);
}

/** The first named actor starting in token `i` (or at most 4 characters after it). */
function startingAt(named: readonly NamedActor[], words: Words, i: number): NamedActor | undefined {
  const from = words.start(i);
  const to = words.end(i) + 4;
  for (const n of named) if (n.start >= from && n.start < to) return n;
  return undefined;
}

/** The first named actor ending in token `i` (or right before it). */
function endingAt(named: readonly NamedActor[], words: Words, i: number): NamedActor | undefined {
  const from = words.start(i) - 1;
  const to = words.end(i);
  for (const n of named) if (n.end <= to && n.end > from) return n;
  return undefined;
}

/** "according to X", "X said", "said X": the actor a reporting phrase of the sentence names, or null. */
function reportingActor(ctx: DocContext, named: readonly NamedActor[], sentence: Range, actor: Agency | null): Agency | null {
  const { words } = ctx;
  const { first, last } = words.within(sentence);
  for (let i = first; i < last; i++) {
    const w = words.word(i);
    if (w === 'according' && words.word(i + 1) === 'to') {
      // "according to (a statement from) X": the first agency before the phrase ends.
      for (let k = i + 2; k < Math.min(last, i + 10) && !PHRASE_END.has(words.word(k)); k++) {
        const n = startingAt(named, words, k);
        if (n) return n.agency;
      }
      // "according to a statement": the actor's own statement
      if (actor) return actor;
      continue;
    }
    if (named.length === 0 || !CUES.has(w)) continue;
    // "X (has) said": an agency ends just before the cue, across a few auxiliary words.
    for (let k = i - 1, steps = 0; k >= first && steps < 7; k--, steps++) {
      const n = endingAt(named, words, k);
      if (n) return n.agency;
      if (!BETWEEN.has(words.word(k)) && !/^\p{Lu}/u.test(ctx.doc.text.slice(words.start(k), words.end(k)))) break;
    }
    // "said X" / "said the ministry".
    for (let k = i + 1; k < Math.min(last, i + 3); k++) {
      const n = startingAt(named, words, k);
      if (n) return n.agency;
    }
  }
  return null;
}

export function findSource(ctx: DocContext, quantity: Range, sentence: Range, quote: Mention | undefined, actor: Agency | null): ClaimSource {
  if (quote) return { quote: quote.id, speaker: speakerName(quote), attributedTo: null };
  const { words } = ctx;
  const named = namedActors(ctx, sentence);
  // With no agency named and no actor, no reporting phrase can give a source.
  const reporter = named.length > 0 || actor ? reportingActor(ctx, named, sentence, actor) : null;
  if (reporter) return attributed(reporter);
  const police = localPolice(ctx.doc.text.slice(sentence.start, sentence.end));
  if (police) return { quote: null, speaker: police, attributedTo: null };
  // Headline convention "Ministry of Public Security: More than 25,000 people ...".
  const lead = named[0];
  const first = words.indexAfter(sentence.start);
  if (lead && lead.start === words.start(first) && words.word(words.indexAfter(lead.end)) === ':' && lead.end <= quantity.start) return attributed(lead.agency);
  const introducer = listIntroducer(ctx, quantity);
  return introducer ? attributed(introducer) : NO_SOURCE;
}

// "Police in Sichuan province said", "In Tibet, police said": the police of a named place, speaking.
export const LOCAL_POLICE = /(?:\b[Pp]olice in (\p{Lu}[\p{L}-]*)(?: (?:province|city|county|region|prefecture|district|state))?|\b[Ii]n (\p{Lu}[\p{L}-]*), police) (?:said|say|says|told|reported|announced)\b/u;

function localPolice(sentence: string): string | null {
  // Both forms name the police ("[Pp]olice", ", police"): a plain search rules most sentences out first.
  if (!sentence.includes('olice')) return null;
  const m = LOCAL_POLICE.exec(sentence);
  const place = m?.[1] ?? m?.[2];
  return place ? `${place} police` : null;
}

const LIST_REACH = 8;

/** The last agency named in a preceding paragraph that ends with a colon, across at most a few list items. */
function listIntroducer(ctx: DocContext, quantity: Range): Agency | null {
  const { doc } = ctx;
  const blocks = doc.blocks;
  const here = blockIndexAt(blocks, quantity.start);
  let seen = 0;
  for (let i = here - 1, steps = 0; i >= 0 && seen < LIST_REACH && steps < 4 * LIST_REACH; i--, steps++) {
    const block = blocks[i];
    if (!block || block.kind !== 'content') continue;
    // The block's last visible character, without slicing it out (blocks end in white space).
    let last = block.end - 1;
    while (last >= block.start && isRegExpSpace(doc.text.charCodeAt(last))) last--;
    if (last < block.start) continue;
    seen++;
    if (doc.text.charCodeAt(last) !== 0x3a) continue; // ':'

    const named = namedActors(ctx, block);
    return named[named.length - 1]?.agency ?? null;
  }
  return null;
}
