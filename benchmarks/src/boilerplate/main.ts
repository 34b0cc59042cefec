/**
 * Boilerplate benchmark: character-level P/R/F1 of "content" on the dev set of
 * BOILERPLATE.md and on the corpus gold, next to the two baselines, plus throughput.
 *   node --conditions=source --import tsx benchmarks/src/boilerplate/main.ts [--pages]
 * With --mention-loss: the share of gold mention spans of every benchdata source that land in
 * boilerplate blocks (mentionloss.ts); add --verbose to list the lost spans.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepEveryLine, keepSentenceLines } from './baselines.js';
import { loadCorpusGold, loadDevSet } from './data.js';
import type { GoldPage } from './data.js';
import { formatMentionLoss, loadMentionSources, mentionLoss } from './mentionloss.js';
import { claimsiftPredictor, measureSpeed, scorePredictor } from './run.js';
import type { Predictor } from './run.js';
import type { BoilerplateScore } from './score.js';

export interface BoilerplateRow {
  readonly source: string;
  readonly system: string;
  readonly pages: number;
  readonly score: BoilerplateScore;
}

const fmt = (x: number): string => x.toFixed(3);

export function boilerplateRows(): BoilerplateRow[] {
  const rows: BoilerplateRow[] = [];
  const sources: [string, GoldPage[]][] = [
    ['boilerplate.dev', loadDevSet()],
    ['corpus', loadCorpusGold()],
  ];
  const systems: [string, Predictor][] = [
    ['keep every line', keepEveryLine],
    ['sentence lines (>=10 words)', keepSentenceLines],
    ['claimsift blocks', claimsiftPredictor()],
    // the benchmark's body excludes headlines; SPEC keeps them: this row shows what that costs
    ['claimsift blocks, headline set aside', claimsiftPredictor({ drop: ['headline'] })],
  ];
  for (const [source, pages] of sources) {
    if (pages.length === 0) continue;
    for (const [system, predict] of systems) rows.push({ source, system, pages: pages.length, score: scorePredictor(pages, predict) });
  }
  return rows;
}

export function formatRows(rows: readonly BoilerplateRow[]): string {
  const out = ['| source | system | pages | micro P | micro R | micro F1 | macro P | macro R | macro F1 |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const { micro, macro } = r.score;
    out.push(`| ${r.source} | ${r.system} | ${r.pages} | ${fmt(micro.precision)} | ${fmt(micro.recall)} | ${fmt(micro.f1)} | ${fmt(macro.precision)} | ${fmt(macro.recall)} | ${fmt(macro.f1)} |`);
  }
  return out.join('\n');
}

function mentionLossReport(): void {
  const sources = loadMentionSources();
  if (sources.length === 0) {
    console.log('mention loss: no benchdata sources with gold spans found, skipped');
    return;
  }
  console.log(formatMentionLoss(sources.map((s) => mentionLoss(s)), process.argv.includes('--verbose')));
}

function main(): void {
  if (process.argv.includes('--mention-loss')) {
    mentionLossReport();
    return;
  }
  const rows = boilerplateRows();
  if (rows.length === 0) {
    console.log('boilerplate: no data (../shared/benchdata/boilerplate.dev.jsonl and corpus/gold missing), skipped');
    return;
  }
  console.log(formatRows(rows));
  const dev = loadDevSet();
  if (dev.length > 0) console.log(`\nsegmentBlocks speed on boilerplate.dev: ${measureSpeed(dev).toFixed(2)} MB/s`);
  if (process.argv.includes('--pages')) {
    const ours = rows.filter((r) => r.system === 'claimsift blocks');
    for (const r of ours) {
      console.log(`\n${r.source}: pages by F1`);
      for (const p of [...r.score.pages].sort((a, b) => a.f1 - b.f1)) console.log(`${p.id}\tP ${fmt(p.precision)}\tR ${fmt(p.recall)}\tF1 ${fmt(p.f1)}`);
    }
  }
}

// run only as the entry file (other benchmarks import the row builders)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
