/**
 * The default claim assembler: one claim per quantity mention, its sentence as the claim's span,
 * and four slots found by small rule modules (actor.ts, action.ts, period.ts, source.ts).
 * Every slot can be replaced or extended through `slots`: a custom rule returns a value, or
 * `undefined` to fall back to the built-in rule. Custom mention types take part through `types`.
 */
import type { Doc } from '../document.js';
import type { Mention } from '../mentions.js';
import type { ClaimSource } from '../result.js';
import type { Range } from '../span.js';
import { findAction, buildActionLexicon } from './action.js';
import type { ActionMatch } from './action.js';
import { findActor } from './actor.js';
import type { ActorRule } from './actor.js';
import { clauseOf } from './clause.js';
import type { Clause } from './clause.js';
import { buildContext, DEFAULT_TYPES } from './context.js';
import type { DocContext, MentionTypes } from './context.js';
import { ACTIONS, SEPARATE_MARKERS } from './lexicon.js';
import type { ActionEntry } from './lexicon.js';
import { findPeriod } from './period.js';
import type { PeriodRule } from './period.js';
import { findSource } from './source.js';
import { spanAround } from './spans.js';
import type { ClaimAssembler, ClaimDraft } from './types.js';

/** Where one claim is assembled: its quantity, sentence, clause and enclosing quote. */
export interface ClaimSite {
  readonly quantity: Mention;
  /** The quantity's sentence: the claim's span, unless longer than MAX_CLAIM_SPAN (then `scope`). */
  readonly sentence: Range;
  /** The part of the sentence the slot rules read: at most SCOPE characters either side of the quantity. */
  readonly scope: Range;
  readonly clause: Clause;
  readonly quote: Mention | undefined;
  /** True when the sentence announces a separate campaign or case ("In a separate campaign, ..."). */
  readonly separate: boolean;
}

/** A custom slot rule: return the slot's value, or `undefined` to use the built-in rule. */
export interface SlotRules {
  readonly actor?: (site: ClaimSite, ctx: DocContext) => string | null | undefined;
  readonly action?: (site: ClaimSite, ctx: DocContext) => string | null | undefined;
  readonly period?: (site: ClaimSite, ctx: DocContext) => string | null | undefined;
  readonly source?: (site: ClaimSite, ctx: DocContext) => ClaimSource | undefined;
}

export interface AssembleOptions {
  /** Stage name (default "claims"). */
  readonly name?: string;
  /** Mention types playing each role; a custom extractor's type can be added ({ quantity: ['quantity', 'fine'] }). */
  readonly types?: Partial<MentionTypes>;
  /** Extra action entries, tried with the built-in ones (same lemma: yours wins). */
  readonly actions?: readonly ActionEntry[];
  readonly slots?: SlotRules;
}

const SCOPE = 600;
/** Longer "sentences" (scraped text without punctuation) give the claim its bounded window instead, so output stays linear. */
const MAX_CLAIM_SPAN = 2 * SCOPE;
const ACTOR_WEIGHT: Record<ActorRule, number> = { clause: 1, 'clause-reference': 0.9, speaker: 0.85, sentence: 0.85, 'sentence-reference': 0.8, main: 0.6, none: 0.3 };
const PERIOD_WEIGHT: Record<PeriodRule, number> = { clause: 1, sentence: 0.9, paragraph: 0.8, headline: 0.7, none: 0.5 };
const actionWeight = (a: ActionMatch | null) => (a ? 1 : 0.5);

/** The quantity's range alone: the rules read only that, and see one shape of object whatever the mention type. */
const rangeOf = (m: Mention): Range => ({ start: m.start, end: m.end });

function isSeparate(text: string, range: Range): boolean {
  const head = text.slice(range.start, Math.min(range.end, range.start + 40)).trimStart().toLowerCase();
  return SEPARATE_MARKERS.some((m) => head.startsWith(m));
}

export function assembleClaims(options: AssembleOptions = {}): ClaimAssembler {
  const types: MentionTypes = { ...DEFAULT_TYPES, ...options.types };
  const custom = options.actions ?? [];
  const lexicon = buildActionLexicon([...custom, ...ACTIONS.filter((a) => !custom.some((c) => c.lemma === a.lemma))]);
  const slots = options.slots ?? {};

  function siteOf(ctx: DocContext, quantity: Mention): ClaimSite {
    const { doc } = ctx;
    const found = doc.sentenceAt(quantity.start);
    const sentence = found ? { start: Math.min(found.start, quantity.start), end: Math.max(found.end, quantity.end) } : { start: quantity.start, end: quantity.end };
    // Rules read a bounded window of very long "sentences" (scraped text without punctuation): linear time overall.
    const scope = { start: Math.max(sentence.start, quantity.start - SCOPE), end: Math.min(sentence.end, quantity.end + SCOPE) };
    const figure = rangeOf(quantity);
    const clause = clauseOf(ctx.words, figure, scope);
    const quote = spanAround(ctx.quotes, figure);
    return { quantity, sentence, scope, clause, quote, separate: isSeparate(doc.text, scope) };
  }

  function assembleOne(ctx: DocContext, site: ClaimSite): ClaimDraft {
    const { quantity, sentence, scope, clause, quote, separate } = site;
    const figure = rangeOf(quantity);
    const actorMatch = findActor(ctx, figure, clause, scope, quote);
    const actionMatch = findAction(ctx.words, lexicon, figure, clause);
    const periodMatch = findPeriod(ctx, figure, clause, scope, separate);
    const actor = pick(slots.actor?.(site, ctx), actorMatch.agency?.id ?? null);
    const action = pick(slots.action?.(site, ctx), actionMatch?.lemma ?? null);
    const period = pick(slots.period?.(site, ctx), periodMatch.period?.id ?? null);
    const source = slots.source?.(site, ctx) ?? findSource(ctx, figure, scope, quote, actorMatch.agency);
    const confidence = (ACTOR_WEIGHT[actorMatch.rule] + actionWeight(actionMatch) + PERIOD_WEIGHT[periodMatch.rule]) / 3;
    const span = sentence.end - sentence.start > MAX_CLAIM_SPAN ? scope : sentence;
    return { start: span.start, end: span.end, quantity: quantity.id, actor, action, period, source, confidence: Math.round(confidence * 100) / 100 };
  }

  return {
    name: options.name ?? 'claims',
    requires: [...types.quantity],
    assemble(doc: Doc, mentions: readonly Mention[]): ClaimDraft[] {
      const ctx = buildContext(doc, mentions, types);
      const claims: ClaimDraft[] = [];
      for (const q of ctx.quantities) {
        let claim = assembleOne(ctx, siteOf(ctx, q));
        const previous = claims[claims.length - 1];
        // "About 25,000 accounts were found ..., while another 13,000 were posing ...": a figure
        // continuing a list ("another", "a further") shares the act of the figure before it.
        if (claim.action === null && previous && previous.start === claim.start && continuesList(doc.text, q.start)) {
          claim = { ...claim, action: previous.action };
        }
        claims.push(claim);
      }
      return claims;
    },
  };
}

export const CONTINUATION = /(?:^|[^\p{L}])(?:another|a\s+further|an\s+additional)\s*$/iu;
const continuesList = (text: string, offset: number): boolean => CONTINUATION.test(text.slice(Math.max(0, offset - 20), offset));

const pick = <T>(custom: T | undefined, builtIn: T): T => (custom === undefined ? builtIn : custom);
