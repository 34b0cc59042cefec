/**
 * Content/boilerplate rows (character-level P/R/F1 of "content", BOILERPLATE.md) from the
 * boilerplate benchmark in ../boilerplate, so one command shows everything. Imported lazily: when
 * that module is missing or its API changed, the accuracy benchmark says so and goes on.
 */
import { formatMs, renderTable } from './table.js';

interface CharRange {
  readonly start: number;
  readonly end: number;
}
interface PrfLike {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}
interface GoldPageLike {
  readonly id: string;
  readonly text: string;
}

export interface BoilerplateRow {
  readonly source: string;
  readonly system: string;
  readonly pages: number;
  readonly micro: PrfLike;
  readonly macro: PrfLike;
  readonly ms: number;
}

type Predictor = (text: string) => readonly CharRange[];

/** The rows, or the reason there are none. `systems` filters: "claimsift" and "baselines". */
export async function boilerplateRows(wantSystem: (name: string) => boolean): Promise<{ rows: BoilerplateRow[]; reason?: string }> {
  let data: { loadDevSet(): GoldPageLike[]; loadCorpusGold(): GoldPageLike[] };
  let run: { claimsiftPredictor(): Predictor; scorePredictor(pages: readonly GoldPageLike[], predict: Predictor): { micro: PrfLike; macro: PrfLike } };
  let baselines: { keepEveryLine: Predictor; keepSentenceLines: Predictor };
  try {
    // Not main.ts: it runs itself when the entry file is also called main.ts.
    data = (await import('../boilerplate/data.js')) as unknown as typeof data;
    run = (await import('../boilerplate/run.js')) as unknown as typeof run;
    baselines = (await import('../boilerplate/baselines.js')) as unknown as typeof baselines;
  } catch (e) {
    return { rows: [], reason: `benchmarks/src/boilerplate not available (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
  if (typeof run.scorePredictor !== 'function' || typeof data.loadDevSet !== 'function') return { rows: [], reason: 'benchmarks/src/boilerplate has no scorePredictor/loadDevSet' };
  const systems: [string, string, Predictor][] = [
    ['claimsift', 'claimsift blocks', run.claimsiftPredictor()],
    ['baselines', 'keep every line', baselines.keepEveryLine],
    ['baselines', 'sentence lines', baselines.keepSentenceLines],
  ];
  const sources: [string, GoldPageLike[]][] = [
    ['boilerplate.dev', data.loadDevSet()],
    ['corpus', typeof data.loadCorpusGold === 'function' ? data.loadCorpusGold() : []],
  ];
  const rows: BoilerplateRow[] = [];
  for (const [source, pages] of sources) {
    if (pages.length === 0) continue;
    for (const [group, system, predict] of systems) {
      if (!wantSystem(group) || typeof predict !== 'function') continue;
      const t0 = performance.now();
      const score = run.scorePredictor(pages, predict);
      rows.push({ source, system, pages: pages.length, micro: score.micro, macro: score.macro, ms: performance.now() - t0 });
    }
  }
  return rows.length ? { rows } : { rows, reason: 'no boilerplate gold pages found' };
}

export function boilerplateTable(rows: readonly BoilerplateRow[]): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  return renderTable(
    [
      ['source', 'system', 'pages', 'P', 'R', 'F1', 'macroF1', 'time'],
      ...rows.map((r) => [r.source, r.system, String(r.pages), pct(r.micro.precision), pct(r.micro.recall), pct(r.micro.f1), pct(r.macro.f1), formatMs(r.ms)]),
    ],
    2,
  );
}
