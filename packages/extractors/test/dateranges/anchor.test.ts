/**
 * Anchor detection: the caller's date; else the text's own date (a "date" line, a byline, a
 * date line near the top); else the date of the reported event when the text fixes its year;
 * else none (and relative expressions stay unresolved). Never the clock.
 */
import { describe, expect, it } from 'vitest';
import { createDocument, createPipeline } from '@claimsift/core';
import { dateRanges } from '@claimsift/extractors';

const pipeline = createPipeline({ extractors: [dateRanges()], blocks: { classify: false } });

function anchorOf(text: string, publishedAt: string | null = null) {
  const doc = createDocument(text, { publishedAt });
  dateRanges().extract(doc, { message() {} });
  return doc.data.anchor as { date: string | null; reason: string; source: string };
}

const body = 'The regulator said it had closed thousands of accounts this year as part of a broader campaign against rumours.';

describe('dateranges: anchor', () => {
  it('uses the caller\'s publishedAt and says so', () => {
    const a = anchorOf(`date 2023-05-31 ${body}`, '2019-11-19');
    expect(a).toMatchObject({ date: '2019-11-19', source: 'caller' });
    expect(a.reason).toMatch(/caller/);
  });

  it('reads a "date" line glued to the text', () => {
    expect(anchorOf(` date 2023-05-31 ${body}`)).toMatchObject({ date: '2023-05-31', source: 'text' });
  });

  it('reads a byline date with a time before it', () => {
    const text = `Teachers rally at the Statehouse\nBy Jane Roe\nPublished 11:34 PM EST Nov 19, 2019\n\n${body}`;
    expect(anchorOf(text)).toMatchObject({ date: '2019-11-19', source: 'text' });
  });

  it('reads a short date line near the top', () => {
    const text = `Sweden drops investigation\n19 November 2019\n\n${body}`;
    expect(anchorOf(text)).toMatchObject({ date: '2019-11-19', source: 'text' });
  });

  it('takes a reported event date with the year the article states elsewhere', () => {
    const text = `BEIJING – Police arrested 25,000 people in the first eight months of 2024. According to a statement released during a press conference on August 27th, the ministry investigated 22,000 cases. Guidelines were issued in 2023.`;
    const a = anchorOf(text);
    expect(a).toMatchObject({ date: '2024-08-27', source: 'text' });
    expect(a.reason).toMatch(/August 27th/);
  });

  it('checks the weekday of an event date against the candidate years', () => {
    // May 26 is a Wednesday in 2021, a Thursday in 2022 and a Friday in 2023.
    const text = `In a statement on Friday, May 26, the agency said 67,000 accounts were closed. Since 2021, it has targeted billions of accounts.`;
    expect(anchorOf(text)).toMatchObject({ date: '2023-05-26', source: 'text' });
  });

  it('gives no anchor when the text fixes no year for its own date', () => {
    const text = `The campaign was launched on Saturday. It follows a crackdown that started in April.`;
    const a = anchorOf(text);
    expect(a).toMatchObject({ date: null, source: 'none' });
    const result = pipeline.run(text);
    expect(result.publishedAt).toBeNull();
    for (const m of result.mentions) expect([m.startDate, m.endDate, m.anchor, m.relative]).toEqual([null, null, null, true]);
  });

  it('takes an event year from the article, not from page furniture', () => {
    // The only year is in a related-link line, which the block classifier sets aside.
    const text = `Police said at a press conference on August 27th that 623 cases were solved in the province, officials added on Tuesday evening.\nRelated: Storm of 2024 leaves thousands without power\nShare this article`;
    expect(createDocument(text).blocks[1]).toMatchObject({ kind: 'boilerplate' });
    const doc = createDocument(text);
    dateRanges().extract(doc, { message() {} });
    expect((doc.data.anchor as { date: string | null }).date).toBeNull();
  });

  it('does not take an event year from a forward-looking "by 2030"', () => {
    const text = `The ministry said at a briefing on March 3 that it plans to cut costs by 2030.`;
    expect(anchorOf(text).date).toBeNull();
  });

  it('reports the text\'s own date as the result\'s publishedAt and resolves against it', () => {
    const result = pipeline.run(` date 2023-05-31 China removed 1.4 million posts. Earlier this year, the CAC announced new rules.`);
    expect(result.publishedAt).toBe('2023-05-31');
    const earlier = result.mentions.find((m) => m.text === 'Earlier this year');
    expect(earlier).toMatchObject({ startDate: '2023-01-01', endDate: '2023-05-31', relative: true, anchor: '2023-05-31' });
  });

  it('can be told not to look for a date in the text', () => {
    const doc = createDocument(` date 2023-05-31 ${body}`);
    dateRanges({ anchorFromText: false }).extract(doc, { message() {} });
    expect(doc.data.anchor).toMatchObject({ date: null, source: 'none' });
  });

  it('declares that it assigns the anchor', () => {
    expect(dateRanges().assigns).toEqual(['daterange', 'anchor']);
  });
});
