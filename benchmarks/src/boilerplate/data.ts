/**
 * Loads the boilerplate cases: the external dev set (../shared/benchdata/boilerplate.dev.jsonl,
 * read at run time, never copied into the repository) and the gold boilerplate blocks of
 * corpus/gold/<id>.json. Both loaders return [] when their files are missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CharRange } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
export const BENCHDATA_DIR = process.env.CLAIMSIFT_BENCHDATA ?? resolve(REPO_ROOT, '../shared/benchdata');

export interface GoldPage {
  readonly id: string;
  readonly text: string;
  /** Gold content spans. */
  readonly body: readonly CharRange[];
  readonly lang?: string;
  readonly family?: string;
}

export function loadDevSet(file = join(BENCHDATA_DIR, 'boilerplate.dev.jsonl')): GoldPage[] {
  if (!existsSync(file)) return [];
  const pages: GoldPage[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string; body: CharRange[]; lang?: string; family?: string };
    pages.push({ id: row.id, text: row.text, body: row.body, lang: row.lang, family: row.family });
  }
  return pages;
}

interface GoldSpan {
  readonly start: number;
  readonly end: number;
}

/** The complement of `spans` within [0, length): the content of a page whose boilerplate is given. */
export function complement(length: number, spans: readonly GoldSpan[]): CharRange[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: CharRange[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/**
 * Seed articles with gold boilerplate: corpus/<id>.txt plus corpus/gold/<id>.json, whose
 * `boilerplate` field lists the spans set aside (objects with start/end, reason optional).
 * The gold content is everything else.
 */
export function loadCorpusGold(corpusDir = join(REPO_ROOT, 'corpus')): GoldPage[] {
  const goldDir = join(corpusDir, 'gold');
  if (!existsSync(goldDir)) return [];
  const pages: GoldPage[] = [];
  for (const name of readdirSync(goldDir).sort()) {
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -'.json'.length);
    const textFile = join(corpusDir, `${id}.txt`);
    if (!existsSync(textFile)) continue;
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { boilerplate?: unknown };
    if (!Array.isArray(gold.boilerplate)) continue;
    const spans = gold.boilerplate.filter(
      (s): s is GoldSpan => typeof s === 'object' && s !== null && typeof (s as GoldSpan).start === 'number' && typeof (s as GoldSpan).end === 'number',
    );
    const text = readFileSync(textFile, 'utf8');
    pages.push({ id, text, body: complement(text.length, spans) });
  }
  return pages;
}
