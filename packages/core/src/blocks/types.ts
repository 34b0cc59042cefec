import type { Range } from '../span.js';

export type BlockKind = 'content' | 'boilerplate';

/** One line block of the raw text (SPEC §2). Blocks tile the text: no gaps, no overlap. */
export interface Block extends Range {
  readonly kind: BlockKind;
  /** Why a block was set aside ("advertisement", "language-menu", ...); null for content. */
  readonly reason: string | null;
  /** ISO 639-3 language of the block where it can be told, else null. */
  readonly lang: string | null;
}

export interface BlockOptions {
  /** Classify furniture as boilerplate (default true). With false every non-blank block is content. */
  readonly classify?: boolean;
  /** Boilerplate reasons to keep as content anyway, e.g. ["translation-notice"] (see REASONS). */
  readonly keep?: readonly string[];
  /**
   * Content categories to set aside instead. "headline": the title line above the article,
   * kept as content by default (SPEC), set aside with reason "headline".
   */
  readonly drop?: readonly string[];
  /**
   * Extra furniture phrases per reason: a line equal to one of them (case-insensitive, white
   * space and edge punctuation ignored), or starting with one followed by a colon, is
   * boilerplate with that reason. Reasons outside REASONS are allowed.
   */
  readonly furniture?: Readonly<Record<string, readonly string[]>>;
}

export interface Segmentation {
  readonly blocks: readonly Block[];
  /** ISO 639-3 language of the content, or null when it cannot be told. */
  readonly lang: string | null;
}
