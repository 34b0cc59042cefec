/**
 * Worker thread for `--workers N`: builds the pipeline once per thread, then turns each
 * document into its result's JSON (a string crosses threads faster than an object).
 */
import { buildPipeline } from './pipeline.js';
import type { PipelineConfig } from './pipeline.js';
import type { Pipeline } from '@claimsift/core';

export interface WorkerTask {
  readonly config: PipelineConfig;
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string | null;
}

let cached: { key: string; pipeline: Pipeline } | undefined;

export default function extractInWorker(task: WorkerTask): string {
  const key = JSON.stringify(task.config);
  if (!cached || cached.key !== key) cached = { key, pipeline: buildPipeline(task.config) };
  return JSON.stringify(cached.pipeline.run(task.text, { id: task.id, publishedAt: task.publishedAt }));
}
