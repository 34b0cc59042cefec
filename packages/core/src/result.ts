/** The result of one document (SPEC §2), as the library returns it and the CLI prints it. */
import type { BlockKind } from './blocks/types.js';
import type { Mention } from './mentions.js';

export interface ResultBlock {
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
  readonly reason: string | null;
  readonly lang: string | null;
}

export interface ClaimSource {
  /** Id of the quote mention the claim lies in, or null. */
  readonly quote: string | null;
  /** Name of the person or organisation the claim is attributed to, or null. */
  readonly speaker: string | null;
  /** Id of the mention (agency) named by an "according to X" / "X said" attribution, or null. */
  readonly attributedTo: string | null;
}

export interface Claim {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Id of the quantity mention. */
  readonly quantity: string;
  /** Id of the agency mention acting, or null. */
  readonly actor: string | null;
  /** Lemma of the governing verb or nominalisation ("arrest"), or null. */
  readonly action: string | null;
  /** Id of the daterange mention giving the period, or null. */
  readonly period: string | null;
  readonly source: ClaimSource;
  readonly confidence: number;
}

export interface ClaimsiftResult {
  readonly id: string;
  /** ISO 639-3 (franc), e.g. "eng"; null when it cannot be told. */
  readonly lang: string | null;
  readonly publishedAt: string | null;
  readonly blocks: readonly ResultBlock[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
}
