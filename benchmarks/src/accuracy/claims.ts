/**
 * Claim slot accuracy (corpus only): a predicted claim matches a gold claim when its quantity
 * mention overlaps the gold claim's quantity (relaxed, one-to-one, largest overlap first); then
 * each slot is compared: actor (canonical agency name), action (lemma), period (start and end
 * dates), speaker (name).
 */
import type { Claim } from '@claimsift/core';
import type { BenchDoc, GoldClaim } from '../data/types.js';
import { normalizeName, prf, relaxedMatches } from './score.js';
import type { Prf, ScoredMention } from './score.js';

export const CLAIM_SLOTS = ['actor', 'action', 'period', 'speaker'] as const;
export type ClaimSlot = (typeof CLAIM_SLOTS)[number];

export interface ClaimSlotScore {
  readonly gold: number;
  readonly pred: number;
  readonly matched: number;
  readonly match: Prf;
  /** Per slot: share of matched claims whose slot agrees (both null agrees too). */
  readonly slots: Record<ClaimSlot, number | null>;
  /** For --verbose: gold claims without a predicted claim, and slots that disagree. */
  readonly errors: ClaimError[];
}

export interface ClaimError {
  readonly doc: string;
  /** The claim's quantity as written. */
  readonly quantity: string;
  readonly slot: ClaimSlot | 'missing' | 'spurious';
  readonly gold: string | null;
  readonly pred: string | null;
}

/** A slot's value as text, for display. */
export function slotText(slot: ClaimSlot, c: GoldClaim): string | null {
  if (slot === 'period') return c.period ? `${c.period.startDate ?? '…'}..${c.period.endDate ?? '…'}` : null;
  return c[slot];
}

/** A predicted claim with its mention ids resolved to the values the slots compare. */
export function resolveClaim(claim: Claim, mentions: readonly ScoredMention[]): GoldClaim | null {
  const byId = new Map(mentions.map((m) => [m.id as string, m]));
  const quantity = byId.get(claim.quantity);
  if (!quantity) return null;
  const actor = claim.actor ? byId.get(claim.actor) : undefined;
  const period = claim.period ? byId.get(claim.period) : undefined;
  return {
    quantity: { start: quantity.start, end: quantity.end },
    actor: typeof actor?.name === 'string' ? actor.name : (actor?.text ?? null),
    action: claim.action,
    period: period ? { startDate: (period.startDate as string | null) ?? null, endDate: (period.endDate as string | null) ?? null } : null,
    speaker: claim.source?.speaker ?? null,
  };
}

export function slotAgrees(slot: ClaimSlot, gold: GoldClaim, pred: GoldClaim): boolean {
  switch (slot) {
    case 'actor':
      return normalizeName(gold.actor) === normalizeName(pred.actor);
    case 'action':
      return (gold.action?.toLowerCase() ?? null) === (pred.action?.toLowerCase() ?? null);
    case 'period':
      return (gold.period?.startDate ?? null) === (pred.period?.startDate ?? null) && (gold.period?.endDate ?? null) === (pred.period?.endDate ?? null);
    case 'speaker':
      return normalizeName(gold.speaker) === normalizeName(pred.speaker);
  }
}

export function scoreClaimSlots(pairs: readonly { doc: BenchDoc; mentions: readonly ScoredMention[]; claims: readonly Claim[] }[]): ClaimSlotScore {
  let gold = 0;
  let pred = 0;
  let matched = 0;
  const agreed: Record<ClaimSlot, number> = { actor: 0, action: 0, period: 0, speaker: 0 };
  const errors: ClaimError[] = [];
  for (const { doc, mentions, claims } of pairs) {
    const goldClaims = doc.claims ?? [];
    const predClaims = claims.map((c) => resolveClaim(c, mentions)).filter((c): c is GoldClaim => c !== null);
    gold += goldClaims.length;
    pred += predClaims.length;
    const asSpan = (c: GoldClaim): ScoredMention => ({ type: 'claim', start: c.quantity.start, end: c.quantity.end });
    const quantityText = (c: GoldClaim) => doc.text.slice(c.quantity.start, c.quantity.end);
    const matches = relaxedMatches(goldClaims.map(asSpan), predClaims.map(asSpan));
    for (const m of matches) {
      matched++;
      const g = goldClaims[m.gold]!;
      const p = predClaims[m.pred]!;
      for (const slot of CLAIM_SLOTS) {
        if (slotAgrees(slot, g, p)) agreed[slot]++;
        else errors.push({ doc: doc.id, quantity: quantityText(g), slot, gold: slotText(slot, g), pred: slotText(slot, p) });
      }
    }
    const matchedGold = new Set(matches.map((m) => m.gold));
    const matchedPred = new Set(matches.map((m) => m.pred));
    goldClaims.forEach((g, i) => matchedGold.has(i) || errors.push({ doc: doc.id, quantity: quantityText(g), slot: 'missing', gold: null, pred: null }));
    predClaims.forEach((p, i) => matchedPred.has(i) || errors.push({ doc: doc.id, quantity: quantityText(p), slot: 'spurious', gold: null, pred: null }));
  }
  const share = (n: number) => (matched === 0 ? null : n / matched);
  return {
    gold,
    pred,
    matched,
    match: prf(matched, gold, pred),
    slots: { actor: share(agreed.actor), action: share(agreed.action), period: share(agreed.period), speaker: share(agreed.speaker) },
    errors,
  };
}
