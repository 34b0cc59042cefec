/**
 * news-mentions: gold mentions of all four types on 12 real news pages (NEWS-MENTIONS.md).
 * The gold file holds offsets only; the texts come from boilerplate.dev.jsonl, joined by id and
 * checked by sha256 before any offset is trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredMention } from '../accuracy/score.js';
import { readJsonl } from './jsonl.js';
import type { BenchDoc, BenchSource, Range } from './types.js';

interface NewsMentionsLine {
  id: string;
  sha256_of_text: string;
  publishedAt: string | null;
  scope: Range[];
  scopeExcluded?: Range[];
  mentions: ScoredMention[];
}

interface PageLine {
  id: string;
  text: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function loadNewsMentions(dir: string): BenchSource | null {
  const goldPath = join(dir, 'news-mentions.dev.jsonl');
  const pagesPath = join(dir, 'boilerplate.dev.jsonl');
  if (!existsSync(goldPath) || !existsSync(pagesPath)) return null;
  const pages = new Map(readJsonl<PageLine>(pagesPath).map((p) => [p.id, p.text]));
  const docs: BenchDoc[] = readJsonl<NewsMentionsLine>(goldPath).map((g) => {
    const text = pages.get(g.id);
    if (text === undefined) throw new Error(`news-mentions: page ${g.id} is missing from boilerplate.dev.jsonl`);
    if (sha256(text) !== g.sha256_of_text) throw new Error(`news-mentions: the text of ${g.id} changed (sha256 mismatch); offsets cannot be trusted`);
    for (const m of g.mentions) {
      if (text.slice(m.start, m.end) !== m.text) throw new Error(`news-mentions: ${g.id} ${String(m.id)} does not slice to its text`);
    }
    return { id: g.id, text, publishedAt: g.publishedAt, gold: g.mentions, scope: g.scope };
  });
  return {
    name: 'news-mentions',
    title: 'news-mentions: 12 real news pages, gold of all four types, scored inside each page body',
    types: ['quantity', 'agency', 'quote', 'daterange'],
    docs,
  };
}
