/**
 * Accuracy benchmark (SPEC §5): claimsift and peer libraries on the gold corpus and on the
 * development suites of ../shared/benchdata. Run: `pnpm bench:accuracy [--verbose] [--json] …`.
 */
import { loadCorpus } from '../data/corpus.js';
import { loadExternalSuites } from '../data/external.js';
import { benchdataDir } from '../data/jsonl.js';
import { loadNewsMentions } from '../data/news-mentions.js';
import type { BenchSource } from '../data/types.js';
import { PEERS } from '../peers/index.js';
import type { Peer } from '../peers/types.js';
import { USAGE, parseArgs, selected } from './args.js';
import { boilerplateRows, boilerplateTable } from './boilerplate.js';
import type { BoilerplateRow } from './boilerplate.js';
import { goldOracle } from './oracle.js';
import { runSystem } from './run.js';
import type { SystemReport } from './run.js';
import { prf } from './score.js';
import { LEGEND, claimsLine, formatMs, sourceTable } from './table.js';
import { jsonReport, verboseReport } from './verbose.js';

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
// With --json, stdout carries only the JSON document.
const print = (line = '') => (args.json ? process.stderr : process.stdout).write(`${line}\n`);

/** Names in a filter that select nothing: most likely typos, so say so instead of printing nothing. */
function warnUnknown(what: string, filter: readonly string[] | null, known: readonly string[]): void {
  for (const name of filter ?? []) {
    if (!known.some((k) => selected([name], k) || k === name)) print(`unknown ${what} "${name}" (known: ${known.join(', ')})`);
  }
}

async function loadSystems(): Promise<Peer[]> {
  const systems: Peer[] = [];
  // Loaded lazily too: a half-written extractor that fails to import must not stop the peers' rows.
  if (selected(args.systems, 'claimsift')) {
    try {
      systems.push((await import('./claimsift.js')).claimsiftSystem());
    } catch (e) {
      print(`claimsift could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const entry of PEERS) {
    if (!selected(args.systems, entry.name)) continue;
    try {
      systems.push(await entry.load());
    } catch (e) {
      print(`peer ${entry.name} could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return systems;
}

async function loadSources(): Promise<BenchSource[]> {
  const sources: BenchSource[] = [];
  const bench = benchdataDir();
  const want = (name: string) => selected(args.sources, name);
  if (!bench.exists) print(`benchdata not found at ${bench.path}: skipping news-mentions and external suites`);
  if (bench.exists && want('news-mentions')) {
    const news = loadNewsMentions(bench.path);
    if (news) sources.push(news);
    else print(`news-mentions.dev.jsonl or boilerplate.dev.jsonl missing in ${bench.path}: skipping news-mentions`);
  }
  if (want('corpus')) {
    const { source, reason } = await loadCorpus();
    if (source) sources.push(source);
    else print(`corpus gold not found (${reason}): skipping corpus`);
  }
  if (bench.exists) sources.push(...loadExternalSuites(bench.path).filter((s) => want(s.name)));
  return sources;
}

/** Micro over all types of one report: relaxed F1 of every mention together. */
function overallRelaxedF1(r: SystemReport): number {
  const sum = (f: (s: SystemReport['scores'][number]) => number) => r.scores.reduce((n, s) => n + f(s), 0);
  return prf(sum((s) => s.relaxedHits), sum((s) => s.gold), sum((s) => s.pred)).f1;
}

function headlineLine(r: SystemReport): string {
  const perType = r.scores.map((s) => `${s.type} ${(100 * s.relaxed.f1).toFixed(1)}`).join(', ');
  return `HEADLINE claimsift on news-mentions: relaxed F1 ${(100 * overallRelaxedF1(r)).toFixed(1)} (${perType}) in ${formatMs(r.ms)}`;
}

async function main(): Promise<void> {
  const systems = await loadSystems();
  const sources = await loadSources();
  if (args.systems?.includes('gold')) systems.push(goldOracle(sources));
  warnUnknown('system', args.systems, ['claimsift', 'gold', 'baselines', ...PEERS.map((p) => p.name)]);
  warnUnknown('type', args.types, ['quantity', 'agency', 'quote', 'daterange']);
  warnUnknown('source', args.sources, [...new Set(['news-mentions', 'corpus', 'boilerplate', 'rt-*', 'tempeval3', 'conllpp', 'conllpp-nonsports', ...sources.map((s) => s.name)])]);
  const all: SystemReport[] = [];
  for (const source of sources) {
    const reports: SystemReport[] = [];
    for (const system of systems) {
      const report = runSystem(system, source, args.types);
      if (report) reports.push(report);
    }
    if (reports.length === 0) continue;
    all.push(...reports);
    print();
    print(`== ${source.title} [${source.name}: ${source.docs.length} documents]`);
    print(sourceTable(reports));
    for (const r of reports) {
      if (r.skippedDocs || r.failedDocs) print(`${r.system}: ${r.skippedDocs} documents skipped (too long), ${r.failedDocs} failed`);
      if (r.claims !== undefined) print(`${r.system} ${claimsLine(r.claims)}`);
    }
    for (const note of source.notes ?? []) print(`note: ${note}`);
    const headline = reports.find((r) => r.source === 'news-mentions' && r.system === 'claimsift');
    if (headline) print(headlineLine(headline));
    if (args.verbose) for (const r of reports) print(verboseReport(r));
  }
  let boilerplate: BoilerplateRow[] = [];
  // Content/boilerplate split: character-level, from benchmarks/src/boilerplate; not a mention type,
  // so a --types filter leaves it out unless --sources names it.
  if (args.sources ? selected(args.sources, 'boilerplate') : !args.types) {
    const { rows, reason } = await boilerplateRows((name) => selected(args.systems, name));
    boilerplate = rows;
    print();
    if (rows.length) {
      print('== content/boilerplate split: character-level P/R/F1 of content (BOILERPLATE.md) [boilerplate]');
      print(boilerplateTable(rows));
    } else print(`boilerplate: skipped (${reason})`);
  }
  print();
  const totals = new Map<string, number>();
  for (const r of all) totals.set(r.system, (totals.get(r.system) ?? 0) + r.ms);
  print(`wall time per system (all sources): ${[...totals].map(([name, ms]) => `${name} ${formatMs(ms)}`).join(', ')}`);
  print(LEGEND);
  const headline = all.find((r) => r.source === 'news-mentions' && r.system === 'claimsift');
  if (headline) print(headlineLine(headline));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ headline: headline ? { source: headline.source, system: headline.system, relaxedF1: overallRelaxedF1(headline), scores: headline.scores } : null, reports: all.map(jsonReport), boilerplate }, null, 2)}\n`);
  }
}

await main();
