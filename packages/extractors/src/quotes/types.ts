/** Shapes shared by the quote finders, the attribution and the draft builder. */
import type { Range } from '@claimsift/core';

/** A paragraph: one line block, trimmed of white space. */
export interface Paragraph extends Range {
  /** Position in the list it belongs to. */
  readonly index: number;
  /** True for a content block (false: boilerplate). */
  readonly content: boolean;
}

/** One contiguous piece of quoted words. */
export interface Piece extends Range {
  /** Offset of the opening mark, or -1 without marks. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the piece runs to its paragraph's end. */
  readonly close: number;
  readonly paragraph: number;
  /** Pieces of one quotation continued over paragraphs share a chain number. */
  readonly chain: number;
  readonly marked: boolean;
  /** True when the piece runs to its paragraph's end without a closing mark or a continuation. */
  readonly dangling: boolean;
}

export type SpeakerKind = 'person' | 'pronoun' | 'group' | 'org' | 'document';

/** A phrase naming or referring to a speaker, as parsed from the text around a cue. */
export interface SpeakerPhrase extends Range {
  readonly kind: SpeakerKind;
  /** The person's name inside the phrase (without honorific or title), when kind is person. */
  readonly name: Range | null;
  readonly title: string | null;
  readonly organization: string | null;
  /** For a document ("the letter signed by seven physicians"): whoever issued it, when stated. */
  readonly issuer: SpeakerPhrase | null;
}

export interface Attribution {
  readonly cue: Range | null;
  readonly speaker: SpeakerPhrase;
  readonly kind: 'direct' | 'partial';
}
