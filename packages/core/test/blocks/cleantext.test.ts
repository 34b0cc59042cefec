import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '@claimsift/core';
import type { Block } from '@claimsift/core';

const blockOf = (text: string, blocks: readonly Block[], needle: string): Block => {
  const at = text.indexOf(needle);
  const b = blocks.find((x) => x.start <= at && at < x.end);
  if (!b) throw new Error(`no block for ${needle}`);
  return b;
};
const visible = (text: string, blocks: readonly Block[]): Block[] => blocks.filter((b) => text.slice(b.start, b.end).trim() !== '');

/** Newswire, one sentence per line: an all-capital headline, a dateline, short lines, a table, a desk line. */
const wire = [
  'FERRY OPERATOR NORDLINE POSTS RECORD THIRD-QUARTER PROFIT.',
  'OSLO 2019-10-24',
  'Nordline ASA said on Thursday its third-quarter profit rose to 412 million crowns.',
  'Sales rose 8 percent.',
  'The shares gained 3.1 percent in Oslo.',
  'Passengers (millions)   Q3 1998   Q3 1997',
  'Total                   2.41      2.26',
  'Analysts at Fjord Securities had expected a profit of 380 million crowns, citing strong summer traffic on the routes to Kiel and Copenhagen.',
  '-- Oslo Newsroom +47 22 93 69 00',
].join('\n');

describe('clean text: no page furniture, every line is content', () => {
  it('keeps every line of one-sentence-per-line newswire', () => {
    const { blocks } = segmentBlocks(wire);
    const lines = visible(wire, blocks);
    expect(lines.length).toBe(9);
    for (const b of lines) expect({ line: wire.slice(b.start, b.end).trim(), kind: b.kind }).toMatchObject({ kind: 'content' });
  });

  it('keeps short factual lines with no running text around them', () => {
    const text = ['Police fined 14 drivers on the bridge.', 'Two lanes reopened at noon.', 'Traffic Office', 'The bridge carries 60,000 cars a day.'].join('\n');
    expect(visible(text, segmentBlocks(text).blocks).every((b) => b.kind === 'content')).toBe(true);
  });

  it('keeps a byline, a dateline and a short paragraph in clean article text with blank lines', () => {
    const para = (n: number) => `The water board said ${n} homes had been reconnected by Friday evening, and that repairs on the main pipe would take another week.`;
    const text = ['Water restored to most homes', 'By Ana Lima', 'March 3, 2021', para(900), 'Crews worked overnight.', para(1200)].join('\n\n');
    const { blocks } = segmentBlocks(text);
    for (const needle of ['By Ana Lima', 'March 3, 2021', 'Crews worked overnight.', 'Water restored']) expect(blockOf(text, blocks, needle).kind).toBe('content');
  });

  it('is not turned into a page by one weak hit ("X said:", a "Source:" credit)', () => {
    const said = [...wire.split('\n'), 'The company chairman said:', '"We carried more passengers than ever."'].join('\n');
    expect(blockOf(said, segmentBlocks(said).blocks, 'The company chairman said:').kind).toBe('content');
    const credit = [...wire.split('\n'), 'Source: Nordline ASA.'].join('\n');
    expect(blockOf(credit, segmentBlocks(credit).blocks, 'Source: Nordline ASA.').kind).toBe('content');
  });

  it('still sets aside lines with no text of their own: a URL source line, a labelled counter', () => {
    const text = [...wire.split('\n'), 'Views: 120', '【source】https://example.com/news/1', 'Via Nordic Wire'].join('\n');
    const { blocks } = segmentBlocks(text);
    expect(blockOf(text, blocks, 'Via Nordic Wire')).toMatchObject({ kind: 'boilerplate', reason: 'source-line' });
    expect(blockOf(text, blocks, 'Views: 120')).toMatchObject({ kind: 'boilerplate', reason: 'counter' });
    expect(blockOf(text, blocks, '【source】')).toMatchObject({ kind: 'boilerplate', reason: 'source-line' });
    expect(blockOf(text, blocks, 'Sales rose 8 percent.').kind).toBe('content');
    // a lone number in a table is the table's own
    const table = [...wire.split('\n'), '42'].join('\n');
    expect(blockOf(table, segmentBlocks(table).blocks, '\n42').kind).toBe('content');
  });

  it('reads a promotion phrase inside a sentence as weak evidence, a short promotion button as a page', () => {
    const sentence = [...wire.split('\n'), 'A season pass costs 40 crowns per month.'].join('\n');
    const s = segmentBlocks(sentence).blocks;
    expect(blockOf(sentence, s, 'A season pass').kind).toBe('content');
    expect(blockOf(sentence, s, 'OSLO 2019-10-24').kind).toBe('content');
    const button = [...wire.split('\n'), 'Learn more'].join('\n');
    expect(blockOf(button, segmentBlocks(button).blocks, 'Learn more')).toMatchObject({ kind: 'boilerplate', reason: 'promo' });
  });

  it('still sets aside the caller’s own furniture phrases', () => {
    const text = [...wire.split('\n'), 'Nordline Newsroom Desk'].join('\n');
    const b = segmentBlocks(text, { furniture: { 'desk-line': ['nordline newsroom desk'] } }).blocks;
    expect(blockOf(text, b, 'Nordline Newsroom Desk')).toMatchObject({ kind: 'boilerplate', reason: 'desk-line' });
    expect(blockOf(text, b, 'OSLO 2019-10-24').kind).toBe('content');
    expect(blockOf(text, segmentBlocks(text).blocks, 'Nordline Newsroom Desk').kind).toBe('content');
  });

  it('does not count newswire bullets holding sentences as a menu', () => {
    const bullets = ['* The central bank kept its key rate at 1.5 percent.', '* Exports rose 4 percent in September.', '* The krone firmed against the euro.'];
    const text = [...wire.split('\n'), ...bullets].join('\n');
    const { blocks } = segmentBlocks(text);
    for (const b of bullets) expect(blockOf(text, blocks, b).kind).toBe('content');
    expect(blockOf(text, blocks, 'OSLO 2019-10-24').kind).toBe('content');
  });
});

describe('page furniture makes a page: the page rules apply', () => {
  it('one page-only phrase (a share bar, an ad label) is enough', () => {
    for (const furniture of ['Share this article', 'Advertisement']) {
      const text = [...wire.split('\n'), furniture].join('\n');
      const { blocks } = segmentBlocks(text);
      expect(blockOf(text, blocks, furniture).kind).toBe('boilerplate');
      // the dateline is a page's byline widget again
      expect(blockOf(text, blocks, 'OSLO 2019-10-24')).toMatchObject({ kind: 'boilerplate', reason: 'byline-widget' });
    }
  });

  it('two weak hits make a page', () => {
    const text = [...wire.split('\n'), 'Source: Nordline ASA.', 'The company chairman said:', 'More on this story'].join('\n');
    expect(blockOf(text, segmentBlocks(text).blocks, 'OSLO 2019-10-24').kind).toBe('boilerplate');
  });

  it('a bullet menu of link titles makes a page', () => {
    const menu = [' * Markets', ' * Shipping', ' * Energy'];
    const text = [...menu, ...wire.split('\n')].join('\n');
    const { blocks } = segmentBlocks(text);
    for (const m of menu) expect(blockOf(text, blocks, m).kind).toBe('boilerplate');
  });
});
