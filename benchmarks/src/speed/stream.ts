/**
 * Streaming check: pipes `megabytes` of generated JSON Lines through `claimsift extract` with
 * backpressure and reports throughput and the CLI's peak RSS (constant memory means the
 * peak does not grow with the input).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newsTextOfSize, repoRoot } from './workloads.js';

export interface StreamResult {
  readonly megabytes: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly documents: number;
  readonly workers: number;
  /** V8 options given through NODE_OPTIONS, if any. */
  readonly nodeOptions: string | null;
}

/** `command(nodeArgs)` gives the program and arguments that run node (e.g. pinned to one core). */
export async function streamThroughCli(
  megabytes: number,
  workers: number,
  command: (nodeArgs: string[]) => [string, string[]] = (args) => [process.execPath, args],
  nodeOptions: string | null = null,
): Promise<StreamResult> {
  const bin = join(repoRoot, 'packages/cli/dist/bin.js');
  const preload = new URL('./rss-report.mjs', import.meta.url).href;
  const [program, args] = command(['--import', preload, bin, 'extract', '--input-format', 'jsonl', '--workers', String(workers), '-']);
  const child = spawn(program, args, {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: nodeOptions ? { ...process.env, NODE_OPTIONS: nodeOptions } : process.env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 100_000) stderr = stderr.slice(-10_000);
  });
  const docText = newsTextOfSize(8_000);
  const target = megabytes * 1e6;
  let written = 0;
  let documents = 0;
  const t0 = performance.now();
  while (written < target) {
    const line = `${JSON.stringify({ id: `d${documents}`, text: docText, publishedAt: '2024-08-28' })}\n`;
    documents++;
    written += line.length;
    if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`claimsift extract exited with ${code}: ${stderr.slice(-500)}`);
  const rss = /CLAIMSIFT_MAX_RSS_KB=(\d+)/.exec(stderr);
  return { megabytes, seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, documents, workers, nodeOptions };
}
