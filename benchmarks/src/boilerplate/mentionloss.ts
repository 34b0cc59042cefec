/**
 * Mention loss: the share of gold mention spans that fall into blocks set aside as
 * boilerplate. Extractors only see content blocks, so every such span is a mention no
 * extractor can find, whatever it does. Measured on every benchdata source with gold spans:
 * news-mentions (joined with boilerplate.dev by id and checked by hash), CoNLL++ (all and
 * non-sports), TempEval-3 platinum and the Recognizers-Text specs. Files are read at run time
 * from ../shared/benchdata; a missing file is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, BlockOptions } from '@claimsift/core';
import { segmentBlocks } from '@claimsift/core';
import { BENCHDATA_DIR } from './data.js';
import type { CharRange } from './score.js';

export interface MentionDoc {
  readonly id: string;
  readonly text: string;
  /** Gold spans (any type). */
  readonly spans: readonly (CharRange & { readonly type: string })[];
}

export interface MentionSource {
  readonly name: string;
  readonly docs: readonly MentionDoc[];
}

export interface LostMention {
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** The mention's text and the reason of the block that set it aside. */
  readonly text: string;
  readonly reason: string;
  /** The whole line the mention sits on. */
  readonly line: string;
}

export interface MentionLoss {
  readonly source: string;
  readonly docs: number;
  readonly spans: number;
  readonly lost: number;
  /** Documents with at least one lost span. */
  readonly docsHit: number;
  readonly examples: readonly LostMention[];
}

const readJsonl = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

type RawSpan = { start: number; end: number; type: string };

function spansOf(row: Record<string, unknown>, key: string): RawSpan[] {
  const raw = row[key];
  if (!Array.isArray(raw)) return [];
  return raw.filter((s): s is RawSpan => typeof s === 'object' && s !== null && typeof (s as RawSpan).start === 'number' && typeof (s as RawSpan).end === 'number');
}

/** news-mentions.dev.jsonl joined with the page texts of boilerplate.dev.jsonl (hash-checked). */
function newsMentions(dir: string): MentionSource[] {
  const gold = join(dir, 'news-mentions.dev.jsonl');
  const pagesFile = join(dir, 'boilerplate.dev.jsonl');
  if (!existsSync(gold) || !existsSync(pagesFile)) return [];
  const pages = new Map(readJsonl(pagesFile).map((r) => [r.id as string, r.text as string]));
  const docs: MentionDoc[] = [];
  for (const g of readJsonl(gold)) {
    const text = pages.get(g.id as string);
    if (text === undefined) continue;
    if (createHash('sha256').update(text, 'utf8').digest('hex') !== g.sha256_of_text) continue;
    docs.push({ id: g.id as string, text, spans: spansOf(g, 'mentions') });
  }
  return [{ name: 'news-mentions', docs }];
}

/** The external suites (`spans` on each row), CoNLL++ also restricted to non-sports documents. */
function externalSources(dir: string): MentionSource[] {
  if (!existsSync(dir)) return [];
  const out: MentionSource[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.dev.jsonl') && (f.startsWith('conllpp') || f.startsWith('tempeval3') || f.startsWith('recognizers-')))
    .sort();
  for (const file of files) {
    const rows = readJsonl(join(dir, file));
    const docs = rows.map((r) => ({ id: r.id as string, text: r.text as string, spans: spansOf(r, 'spans') }));
    const name = file.replace(/\.dev\.jsonl$/, '');
    out.push({ name, docs });
    if (name === 'conllpp') {
      const nonSports = rows.filter((r) => (r.meta as { sports?: boolean } | undefined)?.sports === false).map((r) => r.id as string);
      const keep = new Set(nonSports);
      out.push({ name: 'conllpp-nonsports', docs: docs.filter((d) => keep.has(d.id)) });
    }
  }
  return out;
}

export function loadMentionSources(dir = BENCHDATA_DIR): MentionSource[] {
  return [...newsMentions(dir), ...externalSources(dir)];
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

/** Spans (partly) inside a boilerplate block count as lost. Blocks tile the text in order. */
export function lostSpans(doc: MentionDoc, blocks: readonly Block[]): LostMention[] {
  const lost: LostMention[] = [];
  for (const s of doc.spans) {
    for (const b of blocks) {
      if (b.end <= s.start) continue;
      if (b.start >= s.end) break;
      if (b.kind === 'boilerplate') {
        lost.push({ id: doc.id, type: s.type, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), reason: b.reason ?? '', line: lineAround(doc.text, s.start, s.end) });
        break;
      }
    }
  }
  return lost;
}

export function mentionLoss(source: MentionSource, options: BlockOptions = {}, maxExamples = 20): MentionLoss {
  let spans = 0;
  let lost = 0;
  let docsHit = 0;
  const examples: LostMention[] = [];
  for (const doc of source.docs) {
    const blocks = segmentBlocks(doc.text, options).blocks;
    const l = lostSpans(doc, blocks);
    spans += doc.spans.length;
    lost += l.length;
    if (l.length > 0) docsHit++;
    for (const x of l) if (examples.length < maxExamples) examples.push(x);
  }
  return { source: source.name, docs: source.docs.length, spans, lost, docsHit, examples };
}

export function formatMentionLoss(rows: readonly MentionLoss[], verbose = false): string {
  const out = ['| source | docs | gold spans | in boilerplate | share lost | docs hit |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) out.push(`| ${r.source} | ${r.docs} | ${r.spans} | ${r.lost} | ${(r.spans > 0 ? r.lost / r.spans : 0).toFixed(4)} | ${r.docsHit} |`);
  if (verbose) {
    for (const r of rows) {
      if (r.examples.length === 0) continue;
      out.push('', `${r.source}: lost spans (first ${r.examples.length})`);
      for (const x of r.examples) out.push(`${x.id}\t${x.type}\t${x.reason}\t${JSON.stringify(x.text)}\t${JSON.stringify(x.line.slice(0, 160))}`);
    }
  }
  return out.join('\n');
}
