/**
 * The document: one object holds the untouched raw text and everything computed from it
 * once (blocks, sentences, tokens), shared by every extractor. Everything points into
 * `text` by UTF-16 offsets; nothing is copied or normalised.
 */
import { blockIndexAt, segmentBlocks } from './blocks/index.js';
import type { Block, BlockOptions } from './blocks/index.js';
import { makeSpan, rangeIndexAt } from './span.js';
import type { Range, Span } from './span.js';
import { splitSentences } from './text/sentences.js';
import { tokenize } from './text/tokens.js';
import type { Tokens } from './text/tokens.js';
import type { Mention } from './mentions.js';

export interface Sentence extends Range {
  /** Index of the block the sentence lies in. */
  readonly block: number;
}

export interface DocumentInit {
  readonly id?: string | null;
  /** Normalised `YYYY-MM-DD`, or null. */
  readonly publishedAt?: string | null;
  readonly blocks?: BlockOptions;
}

export interface Doc {
  readonly text: string;
  readonly id: string;
  /** The caller's publication date (`YYYY-MM-DD`), or null. */
  readonly publishedAt: string | null;
  /** ISO 639-3 language of the content, or null. */
  readonly lang: string | null;
  readonly blocks: readonly Block[];
  /** Sentences of every block, in text order. */
  readonly sentences: readonly Sentence[];
  /** Tokens of the whole text, in text order. */
  readonly tokens: Tokens;
  /** Free-form results shared between stages (e.g. the date anchor, agency references). */
  readonly data: Record<string, unknown>;
  /** The one way to make a span of this text. */
  span(start: number, end: number): Span;
  /** Blocks an extractor reads by default. */
  contentBlocks(): readonly Block[];
  /** True when [start, end) lies inside content blocks only. */
  isContent(start: number, end: number): boolean;
  /** The block containing `offset`, or undefined. */
  blockAt(offset: number): Block | undefined;
  /** The sentence containing `offset`, or undefined (white space between sentences). */
  sentenceAt(offset: number): Sentence | undefined;
  /** Sentences of content blocks. */
  contentSentences(): readonly Sentence[];
  /** Mentions accepted so far (from earlier stages), optionally of one type, in text order. */
  mentions(type?: string): readonly Mention[];
}

export interface MutableDoc extends Doc {
  /** Used by the pipeline to publish a stage's mentions to later stages. */
  setMentions(mentions: readonly Mention[]): void;
}

export function createDocument(text: string, init: DocumentInit = {}): MutableDoc {
  const { blocks, lang } = segmentBlocks(text, init.blocks);
  let sentences: Sentence[] | undefined;
  // Sentences are split block by block on first use: `sentenceAt` splits only the block it is
  // asked about (claims ask about the few blocks that hold figures), `sentences` every block.
  const sentencesByBlock: (Sentence[] | undefined)[] = [];
  const sentencesOfBlock = (index: number): Sentence[] => (sentencesByBlock[index] ??= splitBlock(text, blocks, index));
  let tokens: Tokens | undefined;
  let contentBlocks: Block[] | undefined;
  let contentSentences: Sentence[] | undefined;
  let mentions: readonly Mention[] = [];
  const byType = new Map<string, Mention[]>();

  const doc: MutableDoc = {
    text,
    id: init.id ?? 'doc',
    publishedAt: init.publishedAt ?? null,
    lang,
    blocks,
    get sentences() {
      sentences ??= blocks.flatMap((_, index) => sentencesOfBlock(index));
      return sentences;
    },
    get tokens() {
      tokens ??= tokenize(text);
      return tokens;
    },
    data: {},
    span: (start, end) => makeSpan(text, start, end),
    contentBlocks: () => (contentBlocks ??= blocks.filter((b) => b.kind === 'content')),
    isContent(start, end) {
      let i = blockIndexAt(blocks, start);
      if (i < 0) return false;
      for (; i < blocks.length; i++) {
        const b = blocks[i] as Block;
        if (b.kind !== 'content') return false;
        if (end <= b.end) return true;
      }
      return false;
    },
    blockAt(offset) {
      const i = blockIndexAt(blocks, offset);
      return i < 0 ? undefined : blocks[i];
    },
    sentenceAt(offset) {
      // A sentence lies inside its block: only the block containing `offset` can hold it.
      const block = blockIndexAt(blocks, offset);
      if (block < 0) return undefined;
      const inBlock = sentencesOfBlock(block);
      const i = rangeIndexAt(inBlock, offset);
      return i < 0 ? undefined : inBlock[i];
    },
    contentSentences: () => (contentSentences ??= doc.sentences.filter((s) => (blocks[s.block] as Block).kind === 'content')),
    mentions(type) {
      if (type === undefined) return mentions;
      let list = byType.get(type);
      if (!list) {
        list = mentions.filter((m) => m.type === type);
        byType.set(type, list);
      }
      return list;
    },
    setMentions(next) {
      mentions = next;
      byType.clear();
    },
  };
  return doc;
}

function splitBlock(text: string, blocks: readonly Block[], index: number): Sentence[] {
  const block = blocks[index] as Block;
  return splitSentences(text, block.start, block.end).map((r) => ({ start: r.start, end: r.end, block: index }));
}
