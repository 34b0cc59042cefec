import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '@claimsift/core';
import type { Block } from '@claimsift/core';

const en = (n: number) =>
  `The city council said on Monday that ${n} households had been connected to the new network, and that the work would be finished before the end of the year.`;
const blockOf = (text: string, blocks: readonly Block[], needle: string) => blocks.find((b) => b.start <= text.indexOf(needle) && text.indexOf(needle) < b.end);

describe('languages', () => {
  it('finds a short line in another language and sets it aside, with its language', () => {
    const foreign = 'Die Bilder wurden von der Stadt zur Verfügung gestellt und sind nicht frei.';
    // on a page (a share bar and a footer): in clean text every line is the text's own
    const text = [en(1), en(2), foreign, en(3), en(4), 'Share this article', 'Privacy Policy'].join('\n\n');
    const { blocks, lang } = segmentBlocks(text);
    expect(lang).toBe('eng');
    expect(blockOf(text, blocks, foreign)).toMatchObject({ kind: 'boilerplate', reason: 'other-language' });
    expect(blockOf(text, blocks, en(3))).toMatchObject({ kind: 'content', lang: 'eng' });
    const clean = [en(1), en(2), foreign, en(3), en(4)].join('\n\n');
    expect(blockOf(clean, segmentBlocks(clean).blocks, foreign)).toMatchObject({ kind: 'content' });
  });

  it('is not misled by a long language menu', () => {
    const menu =
      'Change language: Afrique francophone (français) América Latina (español) Belgique (français) België (Nederlands) Brasil (português) Canada (français) Deutschland (Deutsch) España (español) France (français) Italia (italiano) Österreich (Deutsch) Portugal (português) Schweiz (Deutsch) Suisse (français) Svizzera (italiano) Türkiye (Türkçe) Россия (русский)';
    const text = [menu, en(1), en(2), en(3)].join('\n');
    expect(segmentBlocks(text).lang).toBe('eng');
  });

  it('tells Russian and Portuguese pages', () => {
    const ru = (n: number) => `Как сообщили в пресс-службе министерства, в течение прошлой недели было проверено ${n} предприятий, и по итогам проверки были выявлены нарушения.`;
    const pt = (n: number) => `Segundo a prefeitura, ${n} famílias foram atendidas pelo programa na última semana, e a expectativa é que o número continue crescendo até o fim do ano.`;
    expect(segmentBlocks([ru(1), ru(2), ru(3)].join('\n')).lang).toBe('rus');
    expect(segmentBlocks([pt(1), pt(2), pt(3)].join('\n')).lang).toBe('por');
  });

  it('leaves lang null where a block is too short to tell', () => {
    const text = [en(1), 'Yes.', en(2)].join('\n');
    const { blocks } = segmentBlocks(text);
    expect(blockOf(text, blocks, 'Yes.')?.lang).toBeNull();
  });
});
