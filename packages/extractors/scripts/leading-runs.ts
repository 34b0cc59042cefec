/**
 * Writes src/dateranges/data/leading-runs.json: the leading runs of every date-finder pattern,
 * read from its source (leading.ts), so that start-up reads a table instead of the patterns.
 *   pnpm --filter @claimsift/extractors generate:leading-runs
 */
import { writeFileSync } from 'node:fs';
import { FINDER_SOURCES } from '../src/dateranges/find.js';
import { leadingRuns } from '../src/dateranges/leading.js';

const patterns = FINDER_SOURCES.map((pattern) => ({ source: pattern.source, runs: leadingRuns(pattern) }));
const file = new URL('../src/dateranges/data/leading-runs.json', import.meta.url);
writeFileSync(file, `${JSON.stringify({ patterns })}\n`);
console.log(`${patterns.length} patterns, ${patterns.reduce((n, p) => n + p.runs.runs.length, 0)} runs -> ${file.pathname}`);
