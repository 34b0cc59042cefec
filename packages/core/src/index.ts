export { createPipeline, extractorPlugin } from './pipeline.js';
export type { Pipeline, PipelineOptions, RunOptions } from './pipeline.js';
export { defineExtractor } from './extractor.js';
export type { DraftRefiner, ExtractContext, Extractor, ExtractorSpec } from './extractor.js';
export { createDocument } from './document.js';
export type { Doc, DocumentInit, Sentence } from './document.js';
export { segmentBlocks, blockIndexAt, blockPatterns, REASONS } from './blocks/index.js';
export type { Block, BlockKind, BlockOptions, Segmentation } from './blocks/index.js';
export { makeSpan, isValidRange, firstFrom, rangeIndexAt, createCodePointConverter, toCodePointRange } from './span.js';
export type { Range, Span } from './span.js';
export { tokenize, tokenIndexAfter, TokenKind } from './text/tokens.js';
export type { Tokens } from './text/tokens.js';
export { splitSentences } from './text/sentences.js';
export { cutLines } from './text/lines.js';
export type { LineSpan } from './text/lines.js';
export { resolveOverlaps, byTextOrder } from './refine.js';
export type { MentionRefiner } from './refine.js';
export type * from './mentions.js';
export type * from './result.js';
export * from './claims/index.js';
export { normalizePublishedAt, isCalendarDate, DEFAULT_MAX_LENGTH } from './input.js';
export {
  ClaimsiftError,
  InputTypeError,
  InputTooLargeError,
  PublishedAtError,
  OptionsError,
  PipelineOrderError,
  ExtractorError,
  SpanError,
} from './errors.js';
export type { ClaimsiftErrorCode } from './errors.js';
export { resultSchema } from './schema/index.js';
export { renderHtml, escapeHtml } from './report/index.js';
export type { RenderOptions, ReportComparison, ReportDocument } from './report/index.js';
