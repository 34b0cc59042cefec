/**
 * Content/boilerplate classification of line blocks.
 * Minimal rule set: blank blocks are boilerplate; everything else is content.
 */
import { franc } from 'franc';
import type { LineSpan } from '../text/lines.js';
import type { Block, BlockOptions, Segmentation } from './types.js';

export function classifyLines(text: string, lines: readonly LineSpan[], options: BlockOptions = {}): Segmentation {
  void options;
  const blocks: Block[] = lines.map((line) =>
    line.textEnd > line.textStart
      ? { start: line.start, end: line.end, kind: 'content', reason: null, lang: null }
      : { start: line.start, end: line.end, kind: 'boilerplate', reason: 'blank', lang: null },
  );
  const sample = blocks
    .filter((b) => b.kind === 'content')
    .map((b) => text.slice(b.start, b.end))
    .join(' ')
    .slice(0, 4000);
  const lang = franc(sample, { minLength: 20 });
  return { blocks, lang: lang === 'und' ? null : lang };
}
