/**
 * Mention shapes of SPEC §3. Every mention is a span of the raw text with a `type` and typed
 * fields; custom extractors add their own types with any JSON-serialisable fields.
 */
import type { Span } from './span.js';

export interface MentionBase extends Span {
  /** "m1", "m2", … in text order, assigned when the document's mentions are final. */
  readonly id: string;
  readonly type: string;
}

export type QuantityApprox = 'exact' | 'over' | 'under' | 'about' | 'at-least' | 'at-most' | 'range' | 'vague';
export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'measure';

export interface QuantityFields {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly approx: QuantityApprox;
  readonly unit: string | null;
  readonly kind: QuantityKind;
}

export type AgencyCategory = 'government' | 'judiciary' | 'police' | 'party' | 'media' | 'company' | 'ngo' | 'other';

export interface AgencyFields {
  readonly name: string;
  readonly acronym: string | null;
  readonly category: AgencyCategory;
  readonly parent: string | null;
  readonly country: string | null;
}

export interface Speaker extends Span {
  readonly name: string | null;
  readonly title: string | null;
  readonly organization: string | null;
}

export interface QuoteFields {
  readonly speaker: Speaker | null;
  readonly cue: string | null;
  readonly marked: boolean;
}

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'open';

export interface DateRangeFields {
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly granularity: Granularity;
  readonly relative: boolean;
  readonly anchor: string | null;
}

export type QuantityMention = MentionBase & QuantityFields & { readonly type: 'quantity' };
export type AgencyMention = MentionBase & AgencyFields & { readonly type: 'agency' };
export type QuoteMention = MentionBase & QuoteFields & { readonly type: 'quote' };
export type DateRangeMention = MentionBase & DateRangeFields & { readonly type: 'daterange' };

/** A mention of any type; built-in types are narrowed by `type`. */
export type Mention = MentionBase & { readonly [field: string]: unknown };

/** What an extractor proposes: a range and its fields. The pipeline slices the text and assigns the id. */
export interface MentionDraft {
  /** Defaults to the extractor's `type`. */
  readonly type?: string;
  readonly start: number;
  readonly end: number;
  readonly [field: string]: unknown;
}
