import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '@claimsift/core';
import type { Block } from '@claimsift/core';

/** A synthetic page: menu lines, a headline, paragraphs, furniture and a footer. */
const paragraph = (n: number) =>
  `The regional council said on Tuesday that ${n} new cases had been recorded in the province, and that officials would publish a full report on the figures at the end of the month.`;
const page = [
  'Skip to main content',
  ' * Home',
  ' * World',
  ' * Business',
  'Council reports rise in cases across the province',
  'By Jane Doe',
  'Nov 19, 2019 5:02 PM ET',
  paragraph(120),
  paragraph(340),
  'Advertisement',
  paragraph(560),
  paragraph(780),
  'Share this article',
  '© 2019 Example Media. All rights reserved.',
].join('\n\n');

/** Page chrome around a text: page-structure rules only apply to a text that is a page (furniture.ts). */
const onPage = (lines: readonly string[]): string[] => ['Skip to main content', ...lines, 'Share this article'];

const lineOf = (text: string, blocks: readonly Block[], needle: string): Block => {
  const at = text.indexOf(needle);
  const b = blocks.find((x) => x.start <= at && at < x.end);
  if (!b) throw new Error(`no block for ${needle}`);
  return b;
};

describe('classifyLines', () => {
  const { blocks, lang } = segmentBlocks(page);

  it('tells the document language from the running text', () => {
    expect(lang).toBe('eng');
  });

  it('keeps paragraphs and the headline, sets furniture aside with reasons', () => {
    for (const n of [120, 340, 560, 780]) expect(lineOf(page, blocks, paragraph(n)).kind).toBe('content');
    expect(lineOf(page, blocks, 'Council reports rise').kind).toBe('content');
    expect(lineOf(page, blocks, 'Skip to main content').reason).toBe('navigation');
    expect(lineOf(page, blocks, ' * World').kind).toBe('boilerplate');
    expect(lineOf(page, blocks, 'By Jane Doe').reason).toBe('byline-widget');
    expect(lineOf(page, blocks, 'Advertisement').reason).toBe('advertisement');
    expect(lineOf(page, blocks, 'Share this article').reason).toBe('share-bar');
    expect(lineOf(page, blocks, '© 2019').reason).toBe('footer');
  });

  it('gives content blocks the document language where their stop words agree', () => {
    expect(lineOf(page, blocks, paragraph(120)).lang).toBe('eng');
    expect(blocks.filter((b) => b.kind === 'boilerplate').every((b) => b.lang === null)).toBe(true);
  });

  it('with classify: false keeps every non-blank line', () => {
    const all = segmentBlocks(page, { classify: false }).blocks;
    expect(all.every((b) => b.kind === 'content')).toBe(true);
    expect(all.length).toBe(blocks.length);
  });

  it('keeps chosen reasons as content and drops the headline on request', () => {
    const kept = segmentBlocks(page, { keep: ['advertisement', 'byline-widget'] }).blocks;
    expect(lineOf(page, kept, 'Advertisement').kind).toBe('content');
    expect(lineOf(page, kept, 'By Jane Doe').kind).toBe('content');
    expect(lineOf(page, kept, 'Share this article').kind).toBe('boilerplate');
    const dropped = segmentBlocks(page, { drop: ['headline'] }).blocks;
    expect(lineOf(page, dropped, 'Council reports rise')).toMatchObject({ kind: 'boilerplate', reason: 'headline' });
  });

  it('takes the caller’s furniture phrases', () => {
    const text = page.replace('Advertisement', 'Unsere Partner');
    expect(lineOf(text, segmentBlocks(text, { furniture: { promo: ['unsere partner'] } }).blocks, 'Unsere Partner').reason).toBe('promo');
  });

  it('keeps a single line, and short texts without running text, as content', () => {
    expect(segmentBlocks('20').blocks).toEqual([{ start: 0, end: 2, kind: 'content', reason: null, lang: null }]);
    const snippet = 'cat dog\nthree cats\nfour dogs';
    expect(segmentBlocks(snippet).blocks.every((b) => b.kind === 'content')).toBe(true);
  });

  it('ends the article at a comment section', () => {
    const comment = 'I think the council should have published these figures much earlier, because people in the province deserved to know about the rise in cases.';
    const text = [page, '12 comments', 'reader42 says:', comment].join('\n\n');
    const b = segmentBlocks(text).blocks;
    expect(lineOf(text, b, paragraph(780)).kind).toBe('content');
    expect(lineOf(text, b, comment).kind).toBe('boilerplate');
  });

  it('keeps a list announced by a colon inside the text', () => {
    const text = [paragraph(1), 'The council listed these districts:', ' * North Hills', ' * Riverside', ' * Old Town', ' * Harbour', paragraph(2)].join('\n');
    const b = segmentBlocks(text).blocks;
    expect(lineOf(text, b, 'Riverside').kind).toBe('content');
    expect(lineOf(text, b, 'Harbour').kind).toBe('content');
  });

  it('sets aside a headline of another story quoted with single marks between double-quoting paragraphs', () => {
    const quoted = (n: number) => `“We are working hard on this,” the minister said, adding that ${n} officers had been sent to the region over the past week to help.`;
    const inserted = 'Minister warns of ‘rumours’ spreading online';
    const text = onPage([quoted(1), quoted(2), inserted, quoted(3), quoted(4)]).join('\n\n');
    const b = segmentBlocks(text).blocks;
    expect(lineOf(text, b, inserted).reason).toBe('related-link');
    expect(lineOf(text, b, quoted(3)).kind).toBe('content');
  });

  it('reads other languages with their own stop words', () => {
    const de = (n: number) => `Die Polizei hat am Dienstag mitgeteilt, dass in der vergangenen Woche ${n} Personen festgenommen wurden und die Ermittlungen noch nicht abgeschlossen sind.`;
    const text = ['Startseite', 'Suche', de(12), de(34), de(56), 'Teilen', 'Alle Rechte vorbehalten'].join('\n');
    const { blocks: b, lang: l } = segmentBlocks(text);
    expect(l).toBe('deu');
    expect(lineOf(text, b, de(34)).kind).toBe('content');
    expect(lineOf(text, b, 'Startseite').kind).toBe('boilerplate');
    expect(lineOf(text, b, 'Teilen').reason).toBe('share-bar');
    expect(lineOf(text, b, 'Alle Rechte').reason).toBe('footer');
  });

  it('reads Japanese running text by its sentence punctuation', () => {
    const ja = (n: number) => `政府は${n}日、新しい経済対策を発表し、国内の中小企業への支援を拡大する方針を明らかにした。関係者によると、予算は来月にも国会に提出される見通しだ。`;
    const text = ['ホーム', '検索', ja(1), ja(2), ja(3), 'シェア'].join('\n');
    const { blocks: b, lang: l } = segmentBlocks(text);
    expect(l).toBe('jpn');
    expect(lineOf(text, b, ja(2)).kind).toBe('content');
    expect(lineOf(text, b, 'ホーム').kind).toBe('boilerplate');
    expect(lineOf(text, b, 'シェア').reason).toBe('share-bar');
  });
});

describe('lists, teasers and captions', () => {
  const p = (n: number) =>
    `The regional council said on Tuesday that ${n} new cases had been recorded in the province, and that officials would publish a full report at the end of the month.`;

  it('sets aside three or more unannounced title-like list items, keeps two', () => {
    const links = [' * Storm closes schools across the region', ' * Mayor unveils new budget plan', ' * Local team wins the cup final'];
    const three = [p(1), p(2), ...links, p(3)].join('\n');
    const b3 = segmentBlocks(three).blocks;
    for (const l of links) expect(lineOf(three, b3, l)).toMatchObject({ kind: 'boilerplate', reason: 'related-link' });
    const two = [p(1), ...links.slice(0, 2), p(2), p(3)].join('\n');
    expect(lineOf(two, segmentBlocks(two).blocks, links[0] as string).reason).not.toBe('related-link');
  });

  it('sets aside teaser cards: a title and a one-sentence summary, twice or more', () => {
    const cards = ['Relics unearthed near the old fortress', 'Archaeologists found pottery and coins from the ninth century.', 'Museum opens a new wing for children', 'The wing will show interactive exhibits about the local river.'];
    const text = onPage([p(1), p(2), p(3), ...cards]).join('\n');
    const b = segmentBlocks(text).blocks;
    for (const c of cards) expect(lineOf(text, b, c)).toMatchObject({ kind: 'boilerplate', reason: 'related-link' });
  });

  it('sets aside a caption above a photo credit and a caption ending in a bracketed credit', () => {
    const caption = 'Residents queue outside the clinic on Monday morning.';
    const tail = 'The new bridge seen from the river bank. (Photo: City of Springfield)';
    const text = [p(1), caption, 'Jane Smith/Getty Images', p(2), tail, p(3)].join('\n');
    const b = segmentBlocks(text).blocks;
    expect(lineOf(text, b, caption).reason).toBe('caption');
    expect(lineOf(text, b, tail).reason).toBe('caption');
    expect(lineOf(text, b, p(2)).kind).toBe('content');
  });

  it('keeps a short closing sentence after the last paragraph', () => {
    const text = [p(1), p(2), p(3), 'The report is due next week.', 'Share this article', 'Privacy Policy'].join('\n');
    expect(lineOf(text, segmentBlocks(text).blocks, 'The report is due next week.').kind).toBe('content');
  });
});

describe('options from untyped callers', () => {
  it('never throws on odd option values', () => {
    const odd = [{ keep: 'advertisement' }, { drop: 5 }, { furniture: { promo: 'not a list' } }, { furniture: 'x' }, { furniture: { promo: [1, null, ''] } }] as never[];
    for (const options of odd) expect(() => segmentBlocks(page, options)).not.toThrow();
  });
});
