import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '@claimsift/core';
import { formatMentionLoss, loadMentionSources, lostSpans, mentionLoss } from '../../src/boilerplate/mentionloss.js';

const block = (start: number, end: number, kind: 'content' | 'boilerplate', reason: string | null = null): Block => ({ start, end, kind, reason, lang: null });

describe('lostSpans', () => {
  const text = 'Share this\nPolice fined 14 drivers.\n';
  const doc = {
    id: 'd1',
    text,
    spans: [
      { start: 0, end: 5, type: 'agency' },
      { start: 11, end: 17, type: 'agency' },
      { start: 24, end: 34, type: 'quantity' },
    ],
  };

  it('counts spans inside boilerplate blocks, with the block reason and the line', () => {
    const lost = lostSpans(doc, [block(0, 11, 'boilerplate', 'share-bar'), block(11, text.length, 'content')]);
    expect(lost).toEqual([{ id: 'd1', type: 'agency', start: 0, end: 5, text: 'Share', reason: 'share-bar', line: 'Share this' }]);
  });

  it('counts a span that is only partly in a boilerplate block', () => {
    const lost = lostSpans(doc, [block(0, 20, 'content'), block(20, text.length, 'boilerplate', 'footer')]);
    expect(lost.map((x) => x.text)).toEqual(['14 drivers']);
  });
});

describe('mentionLoss on benchdata-shaped files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimsift-ml-'));
  const rows = [
    { id: 'c1', text: 'Harbour Board raises fees.\nOSLO 2019-10-24\nThe Harbour Board said fees rise 5 percent.', spans: [{ start: 0, end: 13, type: 'agency' }, { start: 47, end: 60, type: 'agency' }], meta: { sports: false } },
    { id: 'c2', text: 'SOCCER - RESULTS.\nLONDON 2019-10-24\nArsenal 2 Chelsea 1', spans: [{ start: 36, end: 43, type: 'agency' }], meta: { sports: true } },
  ];
  writeFileSync(join(dir, 'conllpp.dev.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

  it('reads the external files and splits off the non-sports CoNLL++ documents', () => {
    const sources = loadMentionSources(dir);
    expect(sources.map((s) => [s.name, s.docs.length])).toEqual([
      ['conllpp', 2],
      ['conllpp-nonsports', 1],
    ]);
    const loss = mentionLoss(sources[0]!);
    expect(loss).toMatchObject({ source: 'conllpp', docs: 2, spans: 3 });
    // clean newswire: no mention may fall into boilerplate
    expect(loss.lost).toBe(0);
    expect(formatMentionLoss([loss])).toContain('| conllpp | 2 | 3 | 0 | 0.0000 | 0 |');
  });

  it('skips cleanly when the directory is missing', () => {
    expect(loadMentionSources(join(dir, 'missing'))).toEqual([]);
  });
});
