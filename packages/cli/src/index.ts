export { main } from './main.js';
export type { CliIO } from './io.js';
export { buildPipeline, resolveExtractorNames, EXTRACTOR_NAMES } from './pipeline.js';
export type { PipelineConfig } from './pipeline.js';
export { createRunner, defaultWorkerCount } from './runner.js';
export type { Runner, DocumentTask } from './runner.js';
