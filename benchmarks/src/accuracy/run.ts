/** Runs systems over sources and scores them (SPEC §5), keeping per-document errors for --verbose. */
import type { Claim } from '@claimsift/core';
import type { BenchDoc, BenchSource, Range } from '../data/types.js';
import type { Peer, PredictedMention } from '../peers/types.js';
import type { ClaimsiftSystem } from './claimsift.js';
import { scoreClaimSlots } from './claims.js';
import type { ClaimSlotScore } from './claims.js';
import { addCounts, emptyCounts, scoreDocument, summarize } from './score.js';
import type { DocumentErrors, ScoredMention, TypeCounts, TypeScore } from './score.js';

export interface DocumentReport extends DocumentErrors {
  readonly id: string;
  /** This document's counts per type (for the per-article view of --verbose). */
  readonly counts: Record<string, TypeCounts>;
  readonly text: string;
  readonly skipped?: string;
  readonly error?: string;
}

export interface SystemReport {
  readonly system: string;
  readonly source: string;
  readonly types: readonly string[];
  readonly scores: TypeScore[];
  readonly ms: number;
  readonly docs: number;
  readonly skippedDocs: number;
  readonly failedDocs: number;
  readonly documents: DocumentReport[];
  /** Corpus only: claim slot accuracy (null when the system emits no claims). */
  readonly claims?: ClaimSlotScore | null;
}

const inside = (m: Range, r: Range): boolean => r.start <= m.start && m.end <= r.end;
const overlaps = (m: Range, r: Range): boolean => m.start < r.end && r.start < m.end;

/**
 * The predictions that count for a document: of a scored type, inside one scope span (when the
 * source has a scope), not inside excluded furniture, and not sitting on an unscored gold span
 * (a time or a set) unless they also touch a gold mention of their own type.
 */
export function predictionsToScore(doc: BenchDoc, pred: readonly PredictedMention[], types: readonly string[]): PredictedMention[] {
  return pred.filter((m) => {
    if (!types.includes(m.type)) return false;
    if (doc.scope && !doc.scope.some((s) => inside(m, s))) return false;
    if (doc.excluded?.some((s) => inside(m, s))) return false;
    if (doc.ignore?.some((s) => overlaps(m, s)) && !doc.gold.some((g) => g.type === m.type && overlaps(m, g))) return false;
    return true;
  });
}

/** A type whose values the system does not resolve gets no value accuracy (shown as n/a). */
function withoutValues(score: TypeScore, system: Peer): TypeScore {
  return !system.valueTypes || system.valueTypes.includes(score.type) ? score : { ...score, valueAccuracy: null, valueCompared: 0, valueResolved: false };
}

const isClaimsift = (system: Peer): system is ClaimsiftSystem => typeof (system as ClaimsiftSystem).run === 'function';

export function runSystem(system: Peer, source: BenchSource, typeFilter: readonly string[] | null): SystemReport | null {
  const types = source.types.filter((t) => system.types.includes(t) && (!typeFilter || typeFilter.includes(t)));
  if (types.length === 0) return null;
  const counts = new Map<string, TypeCounts>(types.map((t) => [t, emptyCounts()]));
  const documents: DocumentReport[] = [];
  const claimPairs: { doc: BenchDoc; mentions: readonly ScoredMention[]; claims: readonly Claim[] }[] = [];
  let ms = 0;
  let skippedDocs = 0;
  let failedDocs = 0;
  const wantClaims = isClaimsift(system) && system.hasClaims && source.docs.some((d) => d.claims?.length);
  for (const doc of source.docs) {
    const gold = doc.gold.filter((g) => types.includes(g.type));
    let pred: PredictedMention[] = [];
    let skipped: string | undefined;
    let error: string | undefined;
    if (system.maxChars !== undefined && doc.text.length > system.maxChars) {
      skipped = `longer than ${system.maxChars} characters`;
      skippedDocs++;
    } else {
      const t0 = performance.now();
      try {
        if (wantClaims && isClaimsift(system)) {
          const result = system.run(doc.text, doc.publishedAt, doc.id);
          pred = [...result.mentions];
          claimPairs.push({ doc, mentions: result.mentions, claims: result.claims });
        } else {
          pred = system.extract(doc.text, doc.publishedAt);
        }
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        failedDocs++;
      }
      ms += performance.now() - t0;
    }
    const docCounts = new Map<string, TypeCounts>(types.map((t) => [t, emptyCounts()]));
    const errors = scoreDocument(gold, predictionsToScore(doc, pred, types), docCounts);
    for (const [type, c] of docCounts) addCounts(counts.get(type)!, c);
    documents.push({ id: doc.id, counts: Object.fromEntries(docCounts), text: doc.text, ...errors, ...(skipped ? { skipped } : {}), ...(error ? { error } : {}) });
  }
  const hasGoldClaims = source.docs.some((d) => d.claims !== undefined);
  return {
    system: system.name,
    source: source.name,
    types,
    scores: types.map((t) => withoutValues(summarize(t, counts.get(t)!), system)),
    ms,
    docs: source.docs.length,
    skippedDocs,
    failedDocs,
    documents,
    ...(hasGoldClaims && isClaimsift(system) ? { claims: wantClaims ? scoreClaimSlots(claimPairs) : null } : {}),
  };
}
