import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '@claimsift/core';

const corpusDir = fileURLToPath(new URL('../../../../corpus/', import.meta.url));
const seeds = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort() : [];
const read = (prefix: string) => {
  const file = seeds.find((f) => f.startsWith(prefix));
  return file ? readFileSync(corpusDir + file, 'utf8') : null;
};

/** Every visible line of a text with its block. */
function linesOf(text: string) {
  const { blocks } = segmentBlocks(text);
  return blocks.map((b) => ({ line: text.slice(b.start, b.end).trim(), kind: b.kind, reason: b.reason }));
}

// The furniture of the seed articles (the list), with the reasons that fit each.
const FURNITURE: [string, string, string[]][] = [
  ['000', '【source】https://', ['source-line']],
  ['000', 'Views: 0', ['counter']],
  ['001', 'Advertisement', ['advertisement']],
  ['001', 'China’s Communist Party', ['section-label', 'navigation']],
  ['001', 'Get more with myNEWS', ['promo']],
  ['001', 'A personalised news feed of stories that matter to you', ['promo']],
  ['001', 'Learn more', ['promo']],
  ['001', 'Xi Jinping called for a further crackdown at a cybersecurity conference. Photo: Xinhua', ['caption']],
  ['001', 'Beijing police warn against ChatGPT ‘rumours’ and scams', ['related-link']],
  ['001', 'China urges Canada to prevent ‘rumours’ after interference allegations', ['related-link']],
  ['001', '20', ['counter']],
  ['003', '한어Русский язык', ['language-menu']],
  ['004', 'Partager:', ['share-bar']],
  ['004', ', China telah menargetkan', ['caption', 'other-language']],
  ['004', 'The English, Chinese, Japanese, Arabic, and French versions are automatically generated', ['translation-notice']],
];

const SENTENCE_LINE = /^(?:\S+\s+){7,}\S*[.!?…]["'”’)\]]*$/;

describe.skipIf(seeds.length === 0)('seed articles', () => {
  it.each(FURNITURE)('%s: "%s" is set aside', (id, start, reasons) => {
    const text = read(id);
    expect(text).not.toBeNull();
    const hits = linesOf(text as string).filter((l) => l.line.startsWith(start));
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.kind).toBe('boilerplate');
      expect(reasons).toContain(h.reason);
    }
  });

  it.each(['000', '001', '002', '003', '004'])('%s: every sentence line of 8+ words is content', (id) => {
    const text = read(id);
    expect(text).not.toBeNull();
    const furniture = FURNITURE.filter(([f]) => f === id).map(([, start]) => start);
    const sentences = linesOf(text as string).filter((l) => SENTENCE_LINE.test(l.line) && !furniture.some((f) => l.line.startsWith(f)));
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) expect({ line: s.line.slice(0, 60), kind: s.kind }).toEqual({ line: s.line.slice(0, 60), kind: 'content' });
  });

  it.each([
    ['000', 'China Cracks Down on Online Rumors'],
    ['001', 'China launches another internet crackdown targeting online rumours'],
    ['003', 'Ministry of Public Security: More than 25,000 people'],
    ['004', 'China\'s Internet Regulator Removes 1.4 Million'],
  ])('%s: the headline "%s" stays content', (id, start) => {
    const hit = linesOf(read(id) as string).find((l) => l.line.startsWith(start));
    expect(hit?.kind).toBe('content');
  });

  it('tells the seeds are English', () => {
    for (const id of ['000', '001', '002', '003', '004']) expect(segmentBlocks(read(id) as string).lang).toBe('eng');
  });
});
