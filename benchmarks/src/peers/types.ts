/** The shape every system in the accuracy benchmark has: claimsift and each peer library. */
import type { ScoredMention } from '../accuracy/score.js';

/** A predicted mention in claimsift's shape (`type`, offsets, `text`, and the SPEC fields it can fill). */
export type PredictedMention = ScoredMention;

export interface Peer {
  /** Short name used in the table and by `--systems`. */
  readonly name: string;
  /** The claimsift mention types it produces something comparable for. */
  readonly types: readonly string[];
  /**
   * The types whose SPEC values it resolves (default: all of `types`). For the others the value
   * column reads "n/a": wink-nlp does not resolve dates, compromise names no quote speaker.
   */
  readonly valueTypes?: readonly string[];
  /** Mentions of `text`; `refDate` (YYYY-MM-DD or null) anchors relative dates. */
  extract(text: string, refDate: string | null): PredictedMention[];
  /** Documents longer than this are not run (their gold counts as missed), for slow libraries. */
  readonly maxChars?: number;
}

/** Builds a predicted mention from offsets into `text` (end exclusive) and fields. */
export function predicted(text: string, type: string, start: number, end: number, fields: Record<string, unknown> = {}): PredictedMention {
  return { type, start, end, text: text.slice(start, end), ...fields };
}
