/**
 * The extractor API. An extractor is a small pure unit: it reads the document and proposes
 * mention drafts (`extract`), optionally refined by its own list-to-list passes (`refine`),
 * as chrono-node's parsers and refiners. The pipeline turns each extractor into a unified
 * plugin, slices the text for every draft and keeps only mentions in content blocks.
 */
import type { Doc } from './document.js';
import type { MentionDraft } from './mentions.js';

export interface ExtractContext {
  /** Report a diagnostic; it lands in the VFile's messages with this extractor as `source`. */
  message(reason: string, place?: { start: number; end: number }, ruleId?: string): void;
}

/** A list-to-list pass over drafts of one extractor (merge, filter, resolve overlaps). */
export type DraftRefiner = (drafts: MentionDraft[], doc: Doc) => MentionDraft[];

export interface Extractor {
  /** Stage name, unique in a pipeline ("quantities"). */
  readonly name: string;
  /** Mention type it emits ("quantity"). */
  readonly type: string;
  /** Mention types or `doc.data` keys that earlier stages must assign. */
  readonly requires: readonly string[];
  /** What this stage assigns: its mention type, plus any `doc.data` keys it writes. */
  readonly assigns: readonly string[];
  /** When true, the extractor's mentions may lie in boilerplate blocks. */
  readonly seesBoilerplate: boolean;
  /** Every regular expression the extractor uses, for the ReDoS check. */
  readonly patterns: readonly RegExp[];
  /** Propose mentions. Must be deterministic and must not throw on any text. */
  extract(doc: Doc, context: ExtractContext): MentionDraft[];
}

export interface ExtractorSpec {
  readonly name: string;
  readonly type: string;
  readonly requires?: readonly string[];
  readonly assigns?: readonly string[];
  readonly seesBoilerplate?: boolean;
  readonly patterns?: readonly RegExp[];
  /** Find candidates and parse them into drafts. */
  readonly extract: (doc: Doc, context: ExtractContext) => MentionDraft[];
  /** Passes over the drafts, in order. */
  readonly refiners?: readonly DraftRefiner[];
}

/**
 * Define an extractor. `extract` proposes, `refiners` dispose, in order.
 *
 * ```ts
 * const hashtags = defineExtractor({
 *   name: 'hashtags', type: 'hashtag',
 *   extract: (doc) => [...doc.text.matchAll(/#\w+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, tag: m[0].slice(1) })),
 * });
 * ```
 */
export function defineExtractor(spec: ExtractorSpec): Extractor {
  const refiners = spec.refiners ?? [];
  return Object.freeze({
    name: spec.name,
    type: spec.type,
    requires: Object.freeze([...(spec.requires ?? [])]),
    assigns: Object.freeze([spec.type, ...(spec.assigns ?? []).filter((a) => a !== spec.type)]),
    seesBoilerplate: spec.seesBoilerplate ?? false,
    patterns: Object.freeze([...(spec.patterns ?? [])]),
    extract(doc: Doc, context: ExtractContext): MentionDraft[] {
      let drafts = spec.extract(doc, context);
      for (const refine of refiners) drafts = refine(drafts, doc);
      return drafts;
    },
  });
}
