/**
 * Blocks: cut the text into line blocks, then classify each as content or boilerplate.
 */
import { cutLines } from '../text/lines.js';
import type { Block, BlockOptions, Segmentation } from './types.js';
import { classifyLines } from './classify.js';
import { featurePatterns } from './features.js';
import { lexiconPatterns } from './lexicon.js';
import { rulePatterns } from './rules.js';
import { rangeIndexAt } from '../span.js';

export type { Block, BlockKind, BlockOptions, Segmentation } from './types.js';
export { REASONS } from './reasons.js';
export type { Reason } from './reasons.js';

/** Every RegExp the block classifier uses (including the one compiled from the phrase data), for the ReDoS check. */
export const blockPatterns: readonly RegExp[] = [...featurePatterns, ...rulePatterns, ...lexiconPatterns];

export function segmentBlocks(text: string, options: BlockOptions = {}): Segmentation {
  const lines = cutLines(text);
  return classifyLines(text, lines, options);
}

/** The index of the block containing `offset`, or -1. */
export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  return rangeIndexAt(blocks, offset);
}
