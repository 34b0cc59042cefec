/** What every benchmark source is turned into: documents with gold mentions in claimsift's shape. */
import type { ScoredMention } from '../accuracy/score.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A gold claim (corpus only): the slots are compared through the claim's quantity mention. */
export interface GoldClaim {
  /** Offsets of the claim's quantity mention. */
  readonly quantity: Range;
  readonly actor: string | null;
  readonly action: string | null;
  readonly period: { readonly startDate: string | null; readonly endDate: string | null } | null;
  readonly speaker: string | null;
}

export interface BenchDoc {
  readonly id: string;
  readonly text: string;
  /** The caller's date handed to every system (YYYY-MM-DD), or null. */
  readonly publishedAt: string | null;
  readonly gold: readonly ScoredMention[];
  /** When set, only predictions lying entirely inside one of these ranges are scored. */
  readonly scope?: readonly Range[];
  /** Predictions lying entirely inside one of these ranges are not scored (page furniture). */
  readonly excluded?: readonly Range[];
  /**
   * Spans of types the source annotates but claimsift does not score here (times, sets,
   * durations of a date suite): an unmatched prediction overlapping one is not counted as spurious.
   */
  readonly ignore?: readonly Range[];
  readonly claims?: readonly GoldClaim[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface BenchSource {
  /** Short name used by `--sources`. */
  readonly name: string;
  readonly title: string;
  /** Mention types this source annotates completely (the only types scored on it). */
  readonly types: readonly string[];
  readonly docs: readonly BenchDoc[];
  /** Caveats printed under the table. */
  readonly notes?: readonly string[];
}
