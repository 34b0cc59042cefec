/**
 * The actor slot: who did what the figure counts. In order:
 *   1. an agency named in the clause before the figure, or after it in a passive "by" phrase ("by the CAC");
 *   2. a generic reference in the clause resolved to the agency it stands for ("public security organs");
 *   3. "we"/"our": inside a quote, the organisation of the speaker (its parent when it is a sub-unit);
 *      outside quotes (a press release reporting its own results), the document's main agency;
 *   4. an agency named elsewhere in the sentence ("CAC said that ..."), then a generic reference there;
 *   5. the document's main agency, unless the sentence names an actor that stays unresolved
 *      ("regulators", "police", a passive "by Weibo" that is no agency): then the actor is unknown.
 * The slot points to an agency mention: for a resolved reference, the nearest mention of that agency.
 */
import type { Mention } from '../mentions.js';
import type { Range } from '../span.js';
import type { Agency, DocContext } from './context.js';
import { mentionOf } from './context.js';
import { referencesIn } from './references.js';
import { spansIn } from './spans.js';

export type ActorRule = 'clause' | 'clause-reference' | 'speaker' | 'sentence' | 'sentence-reference' | 'main' | 'none';

export interface ActorMatch {
  readonly agency: Agency | null;
  readonly rule: ActorRule;
}

export const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
/** A passive agent named in the clause ("were banned by Weibo"): the actor is explicit even when it is no agency. */
export const BY_NAME = /\bby\s+(?:the\s+)?\p{Lu}/u;

/** Whether an agency after the figure can still be its actor. */
type FollowingRule = (text: string, a: Agency) => boolean;
/** A passive agent: "were closed by the CAC". */
const isPassiveAgent: FollowingRule = (text, a) => BY_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start));
const anyAgency: FollowingRule = () => true;

/** The nearest agency before `offset` in `range`; after it only when `following` accepts it. */
function nearestAgency(ctx: DocContext, range: Range, offset: number, following: FollowingRule): Agency | null {
  let before: Agency | null = null;
  let after: Agency | null = null;
  for (const a of spansIn(ctx.agencies, range)) {
    if (a.end <= offset) before = a;
    else if (a.start >= offset && after === null && following(ctx.doc.text, a)) after = a;
  }
  return before ?? after;
}

function nearestReference(ctx: DocContext, range: Range, offset: number): { agency: Agency | null; unresolved: boolean } | null {
  const refs = referencesIn(ctx.doc, range, ctx.agencies);
  // The last reference before the figure, else the first one.
  let ref = refs[0];
  if (!ref) return null;
  for (const r of refs) if (r.end <= offset) ref = r;
  // Resolved to an agency the text never names as such ("Sichuan police"): no mention to point to.
  const agency = ref.resolvedName ? mentionOf(ctx, ref.resolvedName, ref.start) : null;
  return agency ? { agency, unresolved: false } : { agency: null, unresolved: true };
}

export const FIRST_PERSON = /(?:^|[^\p{L}])(?:we|our|us)(?![\p{L}])/iu;

function firstPersonActor(ctx: DocContext, quote: Mention | undefined, clause: Range, quantity: Range): Agency | null {
  if (!FIRST_PERSON.test(ctx.doc.text.slice(clause.start, quantity.start))) return null;
  if (!quote) return ctx.mainAgency ? mentionOf(ctx, ctx.mainAgency, quantity.start) : null;
  const speaker = quote.speaker as { organization?: unknown } | null | undefined;
  const organization = typeof speaker?.organization === 'string' ? speaker.organization.toLowerCase() : null;
  if (!organization) return null;
  const org = ctx.agencies.find((a) => a.name.toLowerCase() === organization || ctx.doc.text.slice(a.start, a.end).toLowerCase() === organization);
  if (!org) return null;
  return (org.parent ? mentionOf(ctx, org.parent, quantity.start) : null) ?? org;
}

export function findActor(ctx: DocContext, quantity: Range, clause: Range, sentence: Range, quote: Mention | undefined): ActorMatch {
  const inClause = nearestAgency(ctx, clause, quantity.start, isPassiveAgent);
  if (inClause) return { agency: inClause, rule: 'clause' };
  if (BY_NAME.test(ctx.doc.text.slice(quantity.end, clause.end))) return { agency: null, rule: 'none' };
  const we = firstPersonActor(ctx, quote, clause, quantity);
  if (we) return { agency: we, rule: 'speaker' };
  const clauseRef = nearestReference(ctx, clause, quantity.start);
  if (clauseRef?.agency) return { agency: clauseRef.agency, rule: 'clause-reference' };
  if (clauseRef?.unresolved) return { agency: null, rule: 'none' };
  const inSentence = nearestAgency(ctx, sentence, quantity.start, anyAgency);
  if (inSentence) return { agency: inSentence, rule: 'sentence' };
  const sentenceRef = nearestReference(ctx, sentence, quantity.start);
  if (sentenceRef?.agency) return { agency: sentenceRef.agency, rule: 'sentence-reference' };
  if (sentenceRef?.unresolved) return { agency: null, rule: 'none' };
  const main = ctx.mainAgency ? mentionOf(ctx, ctx.mainAgency, quantity.start) : null;
  return main ? { agency: main, rule: 'main' } : { agency: null, rule: 'none' };
}
