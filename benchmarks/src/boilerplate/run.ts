/**
 * Runs claimsift's block classifier over gold pages and scores its content blocks.
 */
import { segmentBlocks } from '@claimsift/core';
import type { BlockOptions } from '@claimsift/core';
import type { GoldPage } from './data.js';
import type { BoilerplateCase, BoilerplateScore, CharRange } from './score.js';
import { scoreBoilerplate } from './score.js';

export type Predictor = (text: string) => readonly CharRange[];

export function claimsiftPredictor(options: BlockOptions = {}): Predictor {
  return (text) => segmentBlocks(text, options).blocks.filter((b) => b.kind === 'content');
}

export function scorePredictor(pages: readonly GoldPage[], predict: Predictor): BoilerplateScore {
  const cases: BoilerplateCase[] = pages.map((p) => ({ id: p.id, text: p.text, gold: p.body, predicted: predict(p.text) }));
  return scoreBoilerplate(cases);
}

/**
 * Throughput of segmentBlocks over the pages, in MB/s of UTF-16 text (millions of code
 * units per second), best of `rounds`, timed by this process's CPU time so that other
 * processes on a shared machine do not count.
 */
export function measureSpeed(pages: readonly GoldPage[], rounds = 3): number {
  const chars = pages.reduce((n, p) => n + p.text.length, 0);
  for (const p of pages) segmentBlocks(p.text); // warm-up
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.cpuUsage();
    for (const p of pages) segmentBlocks(p.text);
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1e6);
  }
  return chars / 1e6 / best;
}
