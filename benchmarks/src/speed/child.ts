/**
 * One measurement in its own process, so peak RSS belongs to one system:
 *   measure <system> <workload> <runs>  → the time of each run
 * Prints one JSON line on stdout. (Cold start is measured by cold.mjs, without a TypeScript loader.)
 */
import { performance } from 'node:perf_hooks';
import { buildWorkloads, corpusTexts } from './workloads.js';
import { loadSystem } from './systems.js';

const [mode, systemName, workloadName, runsArg] = process.argv.slice(2);

async function measure(): Promise<void> {
  const workload = buildWorkloads().find((w) => w.name === workloadName);
  if (!workload) throw new Error(`unknown workload ${workloadName}`);
  const texts = workload.docs.map((d) => d.text);
  const system = await loadSystem(systemName as string);
  await system.runAll(corpusTexts());
  // Warm-up until the optimising compiler has settled: claimsift's throughput keeps rising for
  // about five passes over the real pages (~5 MB), and a stream of millions of articles runs at
  // that steady state. Every system gets the same warm-up time; a slow peer's pass may exceed it.
  const warmUpMs = Number(process.env.CLAIMSIFT_SPEED_WARMUP_MS ?? 8000);
  let once = Number.POSITIVE_INFINITY;
  for (const t0 = performance.now(); performance.now() - t0 < warmUpMs; ) {
    const t = performance.now();
    await system.runAll(texts);
    once = Math.min(once, performance.now() - t);
  }
  // Short workloads are repeated within a run so each timed run lasts about a second.
  const loops = Math.max(1, Math.min(200, Math.ceil(1000 / Math.max(once, 1))));
  const runs = Number(runsArg ?? 3);
  const times: number[] = [];
  const budgetMs = Number(process.env.CLAIMSIFT_SPEED_BUDGET_MS ?? 60_000);
  let spent = 0;
  for (let i = 0; i < runs && (i === 0 || spent < budgetMs / 2); i++) {
    const t0 = performance.now();
    for (let k = 0; k < loops; k++) await system.runAll(texts);
    const ms = (performance.now() - t0) / loops;
    times.push(ms);
    spent += ms * loops;
  }
  await system.close();
  process.stdout.write(`${JSON.stringify({ times, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

(mode === 'measure' ? measure() : Promise.reject(new Error(`unknown mode ${mode}`))).catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
  process.exitCode = 1;
});
