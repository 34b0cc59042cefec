import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '@claimsift/core';
import type { Block } from '@claimsift/core';

const blockOf = (text: string, blocks: readonly Block[], needle: string): Block => {
  const at = text.indexOf(needle);
  const b = blocks.find((x) => x.start <= at && at < x.end);
  if (!b) throw new Error(`no block for ${needle}`);
  return b;
};
const para = (n: number) =>
  `The harbour authority said on Wednesday that ${n} containers had been moved off the damaged quay, and that inspectors would report on the state of the cranes by the end of the week.`;
const chrome = ['Skip to main content', ' * News', ' * Business', ' * Sport'];
const footer = ['Share this article', 'Privacy Policy', '© 2024 Example Media. All rights reserved.'];

describe('inside the running text, a short sentence is set aside only on evidence', () => {
  const shortA = 'The crane operator was unhurt.';
  const shortB = 'Divers checked the hull.';
  // a dateline and a link line around them: the smoothing alone reads them as furniture
  const text = [...chrome, para(1), para(2), '(Published Monday, May 6, 2024)', shortA, shortB, ' * Storm closes schools across the region', para(3), ' * Mayor unveils new budget plan', para(4), para(5), ...footer].join('\n');
  const { blocks } = segmentBlocks(text);

  it('keeps short sentences between link lines inserted into the article', () => {
    expect(blockOf(text, blocks, shortA).kind).toBe('content');
    expect(blockOf(text, blocks, shortB).kind).toBe('content');
  });

  it('still sets aside the furniture around the article', () => {
    expect(blockOf(text, blocks, 'Skip to main content').kind).toBe('boilerplate');
    expect(blockOf(text, blocks, 'Share this article').kind).toBe('boilerplate');
    expect(blockOf(text, blocks, '© 2024').kind).toBe('boilerplate');
  });

  it('does not keep short sentences after the article', () => {
    const after = [...chrome, para(1), para(2), para(3), ...footer, 'Our readers also liked this.', 'Contact the newsroom today.', 'More from the harbour desk.', ' * Home'].join('\n\n');
    const b = segmentBlocks(after).blocks;
    expect(blockOf(after, b, 'Our readers also liked this.').kind).toBe('boilerplate');
    expect(blockOf(after, b, 'More from the harbour desk.').kind).toBe('boilerplate');
  });
});

describe('all-capital subheadings', () => {
  it('keeps a subheading between two lines of the text', () => {
    const text = [...chrome, para(1), para(2), 'CRANES INSPECTED', para(3), para(4), ...footer].join('\n');
    expect(blockOf(text, segmentBlocks(text).blocks, 'CRANES INSPECTED').kind).toBe('content');
  });

  it('keeps a subheading and the short sentences after it at the end of the text', () => {
    const closing = ['"We were lucky," the pilot said, smiling.', 'FERRIES AHEAD', 'Ferries will call at the north quay from Monday.', 'The south quay stays shut.'];
    const text = [...chrome, para(1), para(2), para(3), ...closing, 'More from the harbour desk', 'Storm closes schools across the region', ...footer].join('\n');
    const { blocks } = segmentBlocks(text);
    for (const c of closing) expect(blockOf(text, blocks, c).kind).toBe('content');
    expect(blockOf(text, blocks, 'More from the harbour desk').kind).toBe('boilerplate');
  });

  it('leaves a kicker above furniture aside', () => {
    const text = [...chrome, 'HARBOUR NEWS', ' * Storm closes schools across the region', para(1), para(2), para(3), ...footer].join('\n');
    expect(blockOf(text, segmentBlocks(text).blocks, 'HARBOUR NEWS').kind).toBe('boilerplate');
  });
});

describe('a repeated sentence', () => {
  it('is the article’s own inside its text, even when a highlights box repeats it above', () => {
    const repeated = 'The authority added that an appeal against the decision could be made to the regional court.';
    const text = [...chrome, 'Highlights', repeated, para(1), para(2), repeated, para(3), ...footer].join('\n');
    const { blocks } = segmentBlocks(text);
    const inside = text.lastIndexOf(repeated);
    const b = blocks.find((x) => x.start <= inside && inside < x.end);
    expect(b?.kind).toBe('content');
  });

  it('stays aside when it is a short menu line repeated on the page', () => {
    const menuLine = 'Read our coverage of the port.';
    const text = [...chrome, menuLine, para(1), para(2), menuLine, para(3), ...footer].join('\n');
    const { blocks } = segmentBlocks(text);
    const at = text.lastIndexOf(menuLine);
    expect(blocks.find((x) => x.start <= at && at < x.end)?.kind).toBe('boilerplate');
  });
});

describe('a blockquote is one piece', () => {
  it('keeps every quoted line of an embedded post when its first line belongs to the text', () => {
    const post = ['> The quay will reopen on Monday, and we thank the crews who worked through the night to clear it safely for everyone.', '>', '> Thank you all.', '>', '> — Harbour Authority (@harbour) May 2, 2024'];
    const text = [...chrome, para(1), para(2), ...post, ...footer].join('\n');
    const { blocks } = segmentBlocks(text);
    expect(blockOf(text, blocks, '> The quay will reopen').kind).toBe('content');
    expect(blockOf(text, blocks, '> Thank you all.').kind).toBe('content');
    expect(blockOf(text, blocks, '> — Harbour Authority').kind).toBe('content');
    expect(blockOf(text, blocks, 'Share this article').kind).toBe('boilerplate');
  });

  it('leaves a quoted run outside the text aside', () => {
    const post = ['> Great news', '>', '> — Reader (@reader) May 2, 2024'];
    const text = [...chrome, para(1), para(2), ...footer, ...post, ' * Home', ' * Contact'].join('\n');
    const { blocks } = segmentBlocks(text);
    expect(blockOf(text, blocks, '> Great news').kind).toBe('boilerplate');
  });
});
