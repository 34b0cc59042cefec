/** The claim-assembly stage: runs after mentions are final, so claims can point to mention ids. */
import type { Doc } from '../document.js';
import type { Mention } from '../mentions.js';
import type { Claim } from '../result.js';

/** A claim before the pipeline slices its sentence text and numbers it. */
export type ClaimDraft = Omit<Claim, 'id' | 'text'>;

export interface ClaimAssembler {
  readonly name: string;
  /** Mention types the assembler needs (checked when the pipeline is created). */
  readonly requires: readonly string[];
  /** `mentions` are the document's final mentions, ids assigned, in text order. */
  assemble(doc: Doc, mentions: readonly Mention[]): ClaimDraft[];
}
