/**
 * Runs documents through the pipeline, in this thread or in a worker pool, and hands the
 * results back in input order. At most `window` documents are in flight, so memory stays
 * bounded whatever the input size.
 */
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import { buildPipeline } from './pipeline.js';
import type { PipelineConfig } from './pipeline.js';
import type { WorkerTask } from './worker.js';

export interface DocumentTask {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string | null;
}

export interface Runner {
  /** Resolves to the result's JSON, or rejects with the document's error. */
  run(task: DocumentTask): Promise<string>;
  close(): Promise<void>;
  readonly window: number;
}

export function defaultWorkerCount(): number {
  return availableParallelism();
}

export function createRunner(config: PipelineConfig, workers: number): Runner {
  if (workers <= 1) {
    const pipeline = buildPipeline(config);
    return {
      window: 1,
      run: async (task) => JSON.stringify(pipeline.run(task.text, { id: task.id, publishedAt: task.publishedAt })),
      close: async () => {},
    };
  }
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // A runaway document exhausts its own worker's heap, not the process: the pool replaces the worker.
    resourceLimits: { maxOldGenerationSizeMb: 4096 },
  });
  return {
    window: workers * 4,
    run: (task) => pool.run({ config, ...task } satisfies WorkerTask) as Promise<string>,
    close: () => pool.destroy(),
  };
}
