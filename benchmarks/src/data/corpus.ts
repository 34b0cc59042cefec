/**
 * The repository's own gold corpus: corpus/gold/<stem>.json for corpus/<stem>.txt (SPEC §3 mentions,
 * boilerplate ranges, claims). corpus/validate.ts's `loadGoldCorpus` is used when it exists (it checks
 * the files); otherwise the JSON files are read directly.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScoredMention } from '../accuracy/score.js';
import { repoRoot } from './jsonl.js';
import { sha256 } from './news-mentions.js';
import type { BenchDoc, BenchSource, GoldClaim, Range } from './types.js';

interface GoldFile {
  id: string;
  sha256_of_text?: string;
  publishedAt?: string | null;
  anchor?: string | null;
  boilerplate?: Range[];
  mentions: ScoredMention[];
  claims?: RawClaim[];
  text?: string;
}

interface RawClaim {
  quantity: string | Range;
  actor?: string | null;
  action?: string | null;
  /** A daterange mention id, or the period itself. */
  period?: string | { startDate: string | null; endDate: string | null } | null;
  source?: { speaker?: string | null } | null;
  speaker?: string | null;
}

export const corpusDir = join(repoRoot, 'corpus');

/** A gold claim with its mention ids resolved to the values the claim slots compare. */
export function goldClaim(raw: RawClaim, mentions: readonly ScoredMention[]): GoldClaim | null {
  const byId = new Map(mentions.map((m) => [String(m.id), m]));
  const quantity = typeof raw.quantity === 'string' ? byId.get(raw.quantity) : raw.quantity;
  if (!quantity) return null;
  const actor = raw.actor ? byId.get(raw.actor) : undefined;
  const period = typeof raw.period === 'string' ? byId.get(raw.period) : (raw.period ?? undefined);
  return {
    quantity: { start: quantity.start, end: quantity.end },
    // An actor id that is not a mention id is taken as the canonical name itself.
    actor: actor ? ((actor.name as string | undefined) ?? actor.text ?? null) : (raw.actor ?? null),
    action: raw.action ?? null,
    period: period ? { startDate: (period.startDate as string | null) ?? null, endDate: (period.endDate as string | null) ?? null } : null,
    speaker: raw.source?.speaker ?? raw.speaker ?? null,
  };
}

function toBenchDoc(g: GoldFile, text: string): BenchDoc {
  if (g.sha256_of_text && sha256(text) !== g.sha256_of_text) throw new Error(`corpus gold ${g.id}: the text changed (sha256 mismatch); offsets cannot be trusted`);
  for (const m of g.mentions) {
    if (text.slice(m.start, m.end) !== m.text) throw new Error(`corpus gold ${g.id}: ${String(m.id)} does not slice to its text`);
  }
  return {
    id: g.id,
    text,
    publishedAt: g.publishedAt ?? null,
    gold: g.mentions,
    excluded: g.boilerplate ?? [],
    claims: (g.claims ?? []).map((c) => goldClaim(c, g.mentions)).filter((c): c is GoldClaim => c !== null),
  };
}

/** One document's gold (other JSON files of the folder, such as cross-document groups, are not). */
const isGoldFile = (x: unknown): x is GoldFile => typeof x === 'object' && x !== null && typeof (x as GoldFile).id === 'string' && Array.isArray((x as GoldFile).mentions);

async function viaValidator(): Promise<GoldFile[] | null> {
  const validator = join(corpusDir, 'validate.ts');
  if (!existsSync(validator)) return null;
  const mod = (await import(pathToFileURL(validator).href)) as { loadGoldCorpus?: (dir: string) => unknown };
  if (typeof mod.loadGoldCorpus !== 'function') return null;
  const loaded = (await mod.loadGoldCorpus(corpusDir)) as unknown;
  const list = Array.isArray(loaded) ? loaded : loaded instanceof Map ? [...loaded.values()] : null;
  if (!list) return null;
  // Accept either the gold objects themselves or { gold, text } pairs.
  return list.map((item: { gold?: GoldFile; text?: string } & GoldFile) => (item.gold ? { ...item.gold, text: item.text ?? item.gold.text } : item)).filter(isGoldFile);
}

function direct(): GoldFile[] {
  const goldDir = join(corpusDir, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile)
    .filter(isGoldFile);
}

/** The corpus as a source, or null (with the reason) when there is no gold yet. */
export async function loadCorpus(): Promise<{ source: BenchSource | null; reason?: string }> {
  const goldDir = join(corpusDir, 'gold');
  if (!existsSync(goldDir) || !readdirSync(goldDir).some((f) => f.endsWith('.json'))) return { source: null, reason: `no gold files in ${goldDir}` };
  let files: GoldFile[];
  try {
    files = (await viaValidator()) ?? direct();
  } catch (e) {
    process.stderr.write(`corpus/validate.ts loadGoldCorpus failed (${e instanceof Error ? e.message : String(e)}); reading the gold files directly\n`);
    files = direct();
  }
  const docs = files.map((g) => toBenchDoc(g, g.text ?? readFileSync(join(corpusDir, `${g.id}.txt`), 'utf8')));
  return {
    source: {
      name: 'corpus',
      title: `corpus: ${docs.length} seed articles with gold of all four types (corpus/gold)`,
      types: ['quantity', 'agency', 'quote', 'daterange'],
      docs,
      notes: ['Predictions inside the gold boilerplate ranges are not scored (the boilerplate benchmark scores blocks).'],
    },
  };
}
