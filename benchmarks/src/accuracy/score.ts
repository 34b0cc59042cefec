/**
 * SPEC §5 scoring, as pure functions over plain mention objects.
 *
 * strict:  same type, same start and end.
 * relaxed: same type, overlapping spans, matched one-to-one, greedily by largest overlap.
 * value:   among relaxed matches, the share whose normalised fields agree (see `valueAgrees`).
 *
 * Counts are summed over documents (micro average) before P/R/F1 are computed.
 */

/** A mention as the scorer sees it: a typed span plus whatever fields the source gives. */
export interface ScoredMention {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text?: string;
  /** Gold only: the source has no comparable value for this span (scored on the span alone). */
  readonly spanOnly?: boolean;
  readonly [field: string]: unknown;
}

export interface Match {
  readonly gold: number;
  readonly pred: number;
  readonly overlap: number;
}

export interface TypeCounts {
  gold: number;
  pred: number;
  strictHits: number;
  relaxedHits: number;
  /** Relaxed matches whose gold carries a comparable value. */
  valueCompared: number;
  valueAgreed: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface TypeScore {
  readonly type: string;
  readonly gold: number;
  readonly pred: number;
  readonly strictHits: number;
  readonly relaxedHits: number;
  readonly strict: Prf;
  readonly relaxed: Prf;
  /** Share of relaxed matches with agreeing values; null when nothing could be compared. */
  readonly valueAccuracy: number | null;
  readonly valueCompared: number;
  /** False when the system does not resolve this type's values at all. */
  readonly valueResolved?: boolean;
}

/** What one document contributed, kept for `--verbose`. */
export interface DocumentErrors {
  readonly misses: ScoredMention[];
  readonly spurious: ScoredMention[];
  /** Relaxed matches whose values disagree. */
  readonly wrongValues: { gold: ScoredMention; pred: ScoredMention }[];
  /** Relaxed matches whose spans differ (boundary errors). */
  readonly boundary: { gold: ScoredMention; pred: ScoredMention }[];
}

export const emptyCounts = (): TypeCounts => ({ gold: 0, pred: 0, strictHits: 0, relaxedHits: 0, valueCompared: 0, valueAgreed: 0 });

export function addCounts(into: TypeCounts, c: TypeCounts): void {
  into.gold += c.gold;
  into.pred += c.pred;
  into.strictHits += c.strictHits;
  into.relaxedHits += c.relaxedHits;
  into.valueCompared += c.valueCompared;
  into.valueAgreed += c.valueAgreed;
}

const overlapOf = (a: ScoredMention, b: ScoredMention): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Pairs (gold index, predicted index) with identical type and offsets, one-to-one. */
export function strictMatches(gold: readonly ScoredMention[], pred: readonly ScoredMention[]): Match[] {
  const byKey = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const key = `${p.type}\u0000${p.start}\u0000${p.end}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const matches: Match[] = [];
  gold.forEach((g, gi) => {
    const pi = byKey.get(`${g.type}\u0000${g.start}\u0000${g.end}`)?.shift();
    if (pi !== undefined) matches.push({ gold: gi, pred: pi, overlap: g.end - g.start });
  });
  return matches;
}

/**
 * Relaxed one-to-one matching: every same-type overlapping pair is a candidate; take the pair
 * with the largest overlap first (ties: earlier gold, then earlier prediction, so the result is
 * deterministic), then drop every candidate that reuses one of its sides.
 */
export function relaxedMatches(gold: readonly ScoredMention[], pred: readonly ScoredMention[]): Match[] {
  const candidates: Match[] = [];
  // Both lists are small per document; sort predictions by start to stop scanning early.
  const order = pred.map((_, i) => i).sort((a, b) => pred[a]!.start - pred[b]!.start);
  gold.forEach((g, gi) => {
    for (const pi of order) {
      const p = pred[pi]!;
      if (p.start >= g.end) break;
      if (p.type !== g.type) continue;
      const overlap = overlapOf(g, p);
      if (overlap > 0) candidates.push({ gold: gi, pred: pi, overlap });
    }
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.pred - b.pred);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPred.has(c.pred)) continue;
    usedGold.add(c.gold);
    usedPred.add(c.pred);
    matches.push(c);
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

/** Relative tolerance for numbers: 1.4 million written as 1400000 or 1.4e6 agree. */
export const NUMBER_TOLERANCE = 1e-6;

export function sameNumber(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (a === b) return true;
  return Math.abs(a - b) <= NUMBER_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Names compare case-insensitively, without a leading "the", punctuation or extra spaces. */
export function normalizeName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const folded = name
    .normalize('NFKC')
    .toLowerCase()
    // Apostrophes and dots join ("People's" = "Peoples", "U.S." = "US"); other marks separate words.
    .replace(/['’.]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
  return folded === '' ? null : folded;
}

const field = (m: ScoredMention, key: string): unknown => m[key];

/** The speaker's name, or the speaker's text when the name is unknown. */
export function speakerName(m: ScoredMention): string | null {
  const speaker = field(m, 'speaker');
  if (!speaker || typeof speaker !== 'object') return null;
  const s = speaker as { name?: unknown; text?: unknown };
  return normalizeName(s.name ?? null) ?? normalizeName(s.text ?? null);
}

/**
 * Whether the normalised fields of a relaxed match agree (SPEC §5):
 * quantity `value` (or `low`/`high` when the gold value is null), agency `name`,
 * daterange `startDate` and `endDate`, quote `speaker.name` (or `speaker.text`).
 * Returns null when the gold gives nothing to compare (span-only sources, custom types).
 */
export function valueAgrees(gold: ScoredMention, pred: ScoredMention): boolean | null {
  if (gold.spanOnly) return null;
  switch (gold.type) {
    case 'quantity': {
      const value = field(gold, 'value');
      if (typeof value === 'number') return sameNumber(value, field(pred, 'value'));
      const low = field(gold, 'low');
      const high = field(gold, 'high');
      if (typeof low !== 'number' && typeof high !== 'number') return null;
      return sameNumber(low, field(pred, 'low')) && sameNumber(high, field(pred, 'high'));
    }
    case 'agency': {
      const name = normalizeName(field(gold, 'name'));
      return name === null ? null : name === normalizeName(field(pred, 'name'));
    }
    case 'daterange':
      return (field(gold, 'startDate') ?? null) === (field(pred, 'startDate') ?? null) && (field(gold, 'endDate') ?? null) === (field(pred, 'endDate') ?? null);
    case 'quote':
      return speakerName(gold) === speakerName(pred);
    default:
      return null;
  }
}

/** Scores one document into `counts` (per type, created on demand) and returns its errors. */
export function scoreDocument(
  gold: readonly ScoredMention[],
  pred: readonly ScoredMention[],
  counts: Map<string, TypeCounts>,
): DocumentErrors {
  const at = (type: string): TypeCounts => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = emptyCounts()));
    return c;
  };
  for (const g of gold) at(g.type).gold++;
  for (const p of pred) at(p.type).pred++;
  for (const m of strictMatches(gold, pred)) at(gold[m.gold]!.type).strictHits++;
  const relaxed = relaxedMatches(gold, pred);
  const wrongValues: DocumentErrors['wrongValues'] = [];
  const boundary: DocumentErrors['boundary'] = [];
  for (const m of relaxed) {
    const g = gold[m.gold]!;
    const p = pred[m.pred]!;
    const c = at(g.type);
    c.relaxedHits++;
    if (g.start !== p.start || g.end !== p.end) boundary.push({ gold: g, pred: p });
    const agrees = valueAgrees(g, p);
    if (agrees === null) continue;
    c.valueCompared++;
    if (agrees) c.valueAgreed++;
    else wrongValues.push({ gold: g, pred: p });
  }
  const matchedGold = new Set(relaxed.map((m) => m.gold));
  const matchedPred = new Set(relaxed.map((m) => m.pred));
  return {
    misses: gold.filter((_, i) => !matchedGold.has(i)),
    spurious: pred.filter((_, i) => !matchedPred.has(i)),
    wrongValues,
    boundary,
  };
}

export function prf(hits: number, gold: number, pred: number): Prf {
  // An empty side gives 0 here; the table prints "-" for those cells.
  const precision = pred === 0 ? 0 : hits / pred;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function summarize(type: string, c: TypeCounts): TypeScore {
  return {
    type,
    gold: c.gold,
    pred: c.pred,
    strictHits: c.strictHits,
    relaxedHits: c.relaxedHits,
    strict: prf(c.strictHits, c.gold, c.pred),
    relaxed: prf(c.relaxedHits, c.gold, c.pred),
    valueAccuracy: c.valueCompared === 0 ? null : c.valueAgreed / c.valueCompared,
    valueCompared: c.valueCompared,
  };
}

/** Scores many documents (micro average): one TypeScore per type, in the order given. */
export function scoreCorpus(docs: Iterable<{ gold: readonly ScoredMention[]; pred: readonly ScoredMention[] }>, types: readonly string[]): TypeScore[] {
  const counts = new Map<string, TypeCounts>();
  for (const type of types) counts.set(type, emptyCounts());
  for (const d of docs) {
    scoreDocument(
      d.gold.filter((g) => types.includes(g.type)),
      d.pred.filter((p) => types.includes(p.type)),
      counts,
    );
  }
  return types.map((type) => summarize(type, counts.get(type)!));
}
