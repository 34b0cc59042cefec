/**
 * Cross-document comparison of claims. Claims stating the same figure (intervals from
 * approximators and rounding overlap) for the same actor (a sub-unit counts for its parent),
 * a compatible unit (unit classes, unknown matches any) and overlapping periods (unknown
 * matches any) form a group. A group is a conflict when its members report different decisive
 * acts for that figure (arrested / investigated and punished); acts that only describe attention
 * (target, identify, find, handle) never conflict. Separately, two documents that each state one
 * figure for the same actor, act, unit and the same resolved period, and the figures are
 * incompatible, make a conflict group of their own.
 *
 * Only claims that say who did what are compared: a figure without an actor or without an act
 * ("a 16-inch screen", "$4.99") describes rather than reports, and coincidences among such
 * figures are the rule. A vague amount ("hundreds of thousands") never founds a group: it joins
 * a group of precise figures only when exactly one fits. Durations are not compared (they
 * describe campaigns).
 * Output order is deterministic: groups by their first member, members by document then offset.
 */
import type { Mention } from '../mentions.js';
import type { ClaimsiftResult } from '../result.js';
import { ACTIONS } from './lexicon.js';
import type { ActionClass } from './lexicon.js';
import { unitClass, unitsCompatible } from './units.js';
import { intervalOf, isVague, logDistance, overlaps } from './values.js';
import type { Interval } from './values.js';

export interface ComparisonMember {
  /** Document id. */
  readonly doc: string;
  /** Claim id ("c3") and quantity mention id ("m12") in that document. */
  readonly claim: string;
  readonly quantity: string;
  /** Offsets and text of the quantity mention. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly approx: string;
  readonly unit: string | null;
  readonly action: string | null;
  readonly period: { readonly startDate: string | null; readonly endDate: string | null } | null;
}

export interface ComparisonGroup {
  readonly key: { readonly actor: string; readonly action: string | null; readonly unit: string | null };
  readonly status: 'agree' | 'conflict';
  /** Why the members were grouped and why the status. */
  readonly why: string;
  readonly members: readonly ComparisonMember[];
  readonly spread: { readonly min: number | null; readonly max: number | null };
}

export interface Comparison {
  readonly groups: readonly ComparisonGroup[];
}

export interface CompareOptions {
  /** Smallest number of distinct documents a group spans (default 1: a figure restated within one article groups too). */
  readonly minDocuments?: number;
  /** Compare claims without an action too (default false). */
  readonly withoutAction?: boolean;
}

interface Fact {
  readonly member: ComparisonMember;
  readonly docIndex: number;
  /** Canonical name of the acting agency (the parent of a sub-unit). */
  readonly actor: string;
  /** `actor` as compared: lower case, without a leading "the", possessive or nationality word. */
  readonly actorKey: string;
  readonly unitClass: string | null;
  readonly interval: Interval;
  readonly vague: boolean;
  /** Class of the action, or null when the act is unknown or not in the lexicon. */
  readonly actionClass: ActionClass | null;
  readonly period: { readonly low: string; readonly high: string } | null;
}

const CLASS_OF_LEMMA = new Map<string, ActionClass>(ACTIONS.map((a) => [a.lemma, a.class]));
const NOT_COMPARED_KINDS = new Set(['duration']);

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function factsOf(result: ClaimsiftResult, docIndex: number, withoutAction: boolean): Fact[] {
  const byId = new Map<string, Mention>(result.mentions.map((m) => [m.id, m]));
  const facts: Fact[] = [];
  for (const claim of result.claims) {
    const q = byId.get(claim.quantity);
    const actorMention = claim.actor ? byId.get(claim.actor) : undefined;
    if (!q || !actorMention || NOT_COMPARED_KINDS.has(String(q.kind)) || (claim.action === null && !withoutAction)) continue;
    const values = { value: num(q.value), low: num(q.low), high: num(q.high), approx: str(q.approx) ?? 'exact' };
    const interval = intervalOf(values);
    if (!interval) continue;
    const p = claim.period ? byId.get(claim.period) : undefined;
    const period = p ? { startDate: str(p.startDate), endDate: str(p.endDate) } : null;
    const action = claim.action;
    const actor = str(actorMention.parent) ?? str(actorMention.name) ?? actorMention.text;
    facts.push({
      member: { doc: result.id, claim: claim.id, quantity: q.id, start: q.start, end: q.end, text: q.text, ...values, unit: str(q.unit), action, period },
      docIndex,
      actor,
      actorKey: actorKeyOf(actor),
      unitClass: unitClass(str(q.unit), q.text),
      interval,
      vague: isVague(values),
      actionClass: action ? (CLASS_OF_LEMMA.get(action) ?? null) : null,
      period: period && (period.startDate || period.endDate) ? { low: period.startDate ?? '0000-01-01', high: period.endDate ?? '9999-12-31' } : null,
    });
  }
  return facts;
}

// "Chinese Ministry of Public Security", "China's Ministry of ..." and "Ministry of ..." are one actor.
export const ACTOR_PREFIX = /^(?:the\s+)?(?:\p{Lu}\p{L}*['’]s\s+|(?:chinese|american|british|french|german|russian|indian|japanese|korean|australian|canadian|european)\s+)?(?:the\s+)?/iu;
const actorKeyOf = (name: string): string => name.replace(ACTOR_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();

const periodsOverlap = (a: Fact, b: Fact): boolean => a.period === null || b.period === null || (a.period.low <= b.period.high && b.period.low <= a.period.high);

/** Same figure for the same actor, unit and time. */
function sameFigure(a: Fact, b: Fact): boolean {
  return a.actorKey === b.actorKey && unitsCompatible(a.unitClass, b.unitClass) && overlaps(a.interval, b.interval) && periodsOverlap(a, b);
}

const decisive = (c: ActionClass | null): c is ActionClass => c !== null && c !== 'weak';

function cluster(facts: readonly Fact[]): Fact[][] {
  const clusters: Fact[][] = [];
  const fits = (c: readonly Fact[], f: Fact) => c.every((m) => sameFigure(m, f));
  for (const f of facts.filter((x) => !x.vague)) {
    let best: Fact[] | null = null;
    let bestDistance = Infinity;
    for (const c of clusters) {
      if (!fits(c, f)) continue;
      const d = logDistance((c[0] as Fact).interval, f.interval);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best) best.push(f);
    else clusters.push([f]);
  }
  for (const f of facts.filter((x) => x.vague)) {
    const candidates = clusters.filter((c) => c.length >= 2 && fits(c, f));
    if (candidates.length === 1) (candidates[0] as Fact[]).push(f);
  }
  return clusters;
}

/** Different decisive acts for one figure, as "arrest (000_…) vs punish (003_…)", or null. */
function actionClash(members: readonly Fact[]): string | null {
  const byClass = new Map<ActionClass, Fact>();
  for (const m of members) if (decisive(m.actionClass) && !byClass.has(m.actionClass)) byClass.set(m.actionClass, m);
  if (byClass.size < 2) return null;
  return [...byClass.values()].map((m) => `${m.member.action} (${m.member.doc})`).join(' vs ');
}

function describeFigures(members: readonly Fact[]): string {
  return [...new Set(members.map((m) => m.member.text))].map((t) => `"${t}"`).join(', ');
}

function groupOf(members: Fact[], status: 'agree' | 'conflict', why: string): ComparisonGroup {
  const sorted = [...members].sort((a, b) => a.docIndex - b.docIndex || a.member.start - b.member.start);
  const values = sorted.flatMap((m) => (m.member.value !== null ? [m.member.value] : [m.member.low, m.member.high].filter((v): v is number => v !== null)));
  const actions = sorted.map((m) => m.member.action).filter((a): a is string => a !== null);
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(a, (counts.get(a) ?? 0) + 1);
  const action = status === 'conflict' ? [...new Set(actions)].join(' / ') || null : ([...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  const actor = sorted.map((m) => m.actor).reduce((a, b) => (b.length < a.length ? b : a));
  return {
    key: { actor, action, unit: sorted.find((m) => m.unitClass !== null)?.unitClass ?? null },
    status,
    why,
    members: sorted.map((m) => m.member),
    spread: { min: values.length ? Math.min(...values) : null, max: values.length ? Math.max(...values) : null },
  };
}

function explainAgreement(members: readonly Fact[]): string {
  const docs = new Set(members.map((m) => m.member.doc)).size;
  const acts = [...new Set(members.map((m) => m.member.action).filter((a) => a !== null))];
  const where = docs > 1 ? `${docs} documents` : 'restated within one document';
  return `same figure (${describeFigures(members)}: compatible approximators and rounding), same actor ${(members[0] as Fact).actor}, ${where}; acts ${acts.length ? acts.join(' / ') : 'unknown'} do not contradict`;
}

/** Pairs of documents that each state one, incompatible, figure for the same actor, act, unit and resolved period. */
function differentFigures(rest: readonly Fact[]): ComparisonGroup[] {
  const byKey = new Map<string, Fact[]>();
  for (const f of rest) {
    if (!decisive(f.actionClass) || f.unitClass === null || f.period === null) continue;
    const key = [f.actorKey, f.actionClass, f.unitClass, f.period.low, f.period.high].join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const groups: ComparisonGroup[] = [];
  for (const list of byKey.values()) {
    const perDoc = new Map<number, Fact[]>();
    for (const f of list) perDoc.set(f.docIndex, [...(perDoc.get(f.docIndex) ?? []), f]);
    const single = [...perDoc.values()].filter((l) => l.length === 1).map((l) => l[0] as Fact);
    if (single.length < 2 || single.length !== perDoc.size) continue; // a document with several such figures: sub-counts, not a contradiction
    const first = single[0] as Fact;
    groups.push(
      groupOf(single, 'conflict', `different figures (${describeFigures(single)}) for the same actor ${first.actor}, act ${first.member.action}, unit ${first.unitClass} and period ${first.period?.low}..${first.period?.high}`),
    );
  }
  return groups;
}

export function compareClaims(results: readonly ClaimsiftResult[], options: CompareOptions = {}): Comparison {
  const minDocuments = options.minDocuments ?? 1;
  const facts = results.flatMap((r, i) => factsOf(r, i, options.withoutAction ?? false));
  const groups: ComparisonGroup[] = [];
  const grouped = new Set<Fact>();
  for (const members of cluster(facts)) {
    if (members.length < 2 || new Set(members.map((m) => m.docIndex)).size < minDocuments) continue;
    for (const m of members) grouped.add(m);
    const clash = actionClash(members);
    groups.push(
      clash
        ? groupOf(members, 'conflict', `same figure (${describeFigures(members)}) for the same actor ${(members[0] as Fact).actor}, different act: ${clash}`)
        : groupOf(members, 'agree', explainAgreement(members)),
    );
  }
  const rest = facts.filter((f) => !grouped.has(f) && !f.vague);
  groups.push(...differentFigures(rest).filter((g) => new Set(g.members.map((m) => m.doc)).size >= Math.max(2, minDocuments)));
  const order = new Map(results.map((r, i) => [r.id, i]));
  groups.sort((a, b) => {
    const x = a.members[0] as ComparisonMember;
    const y = b.members[0] as ComparisonMember;
    return (order.get(x.doc) ?? 0) - (order.get(y.doc) ?? 0) || x.start - y.start;
  });
  return { groups };
}
