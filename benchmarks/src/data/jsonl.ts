import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Reads a JSON Lines file: one JSON value per non-empty line. */
export function readJsonl<T = unknown>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** The repository root (benchmarks/src/data → three levels up). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where the development data lives: $CLAIMSIFT_BENCHDATA, else `../shared/benchdata` next to the
 * checkout. Returns the path and whether it exists; the data is never copied into the repository.
 */
export function benchdataDir(): { path: string; exists: boolean } {
  const path = resolve(process.env.CLAIMSIFT_BENCHDATA ?? resolve(repoRoot, '../shared/benchdata'));
  return { path, exists: existsSync(resolve(path, 'README.md')) || existsSync(resolve(path, 'news-mentions.dev.jsonl')) };
}
