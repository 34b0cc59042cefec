/**
 * Robustness of the whole pipeline on the corpus articles: page furniture added around an
 * article, or CRLF line ends, must not change what is found in it beyond the offset shift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import type { ClaimsiftResult } from '@claimsift/core';
import { defaultExtractors } from '@claimsift/extractors';

const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
const articles = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(corpus + f, 'utf8') }));
const sift = createPipeline({ extractors: defaultExtractors() });
const PUBLISHED = '2024-08-28';

/** Mentions as (type, text, fields) with offsets mapped back through `toOriginal`. */
function comparable(result: ClaimsiftResult, toOriginal: (offset: number) => number): string[] {
  return result.mentions.map((m) => {
    const { id: _id, start, end, text: _text, ...fields } = m as Record<string, unknown> & { start: number; end: number };
    const speaker = fields.speaker as { start: number; end: number; text: string } | null | undefined;
    if (speaker) fields.speaker = { ...speaker, start: toOriginal(speaker.start), end: toOriginal(speaker.end), text: speaker.text.replace(/\r\n/g, '\n') };
    return JSON.stringify({ start: toOriginal(start), end: toOriginal(end), text: m.text.replace(/\r\n/g, '\n'), ...fields });
  });
}

describe('pipeline robustness on the corpus', () => {
  it.each(articles)('furniture lines around $id change no mention beyond the shift', ({ text }) => {
    const head = 'Advertisement\nShare this article\nFacebook Twitter Email\n\n';
    const tail = '\n\nAdvertisement\nMost read\nCookie settings\n© 2024 All rights reserved\n';
    const plain = sift.run(text, { publishedAt: PUBLISHED });
    const wrapped = sift.run(head + text + tail, { publishedAt: PUBLISHED });
    const inArticle = (offset: number) => offset - head.length;
    const wrappedInside: ClaimsiftResult = {
      ...wrapped,
      mentions: wrapped.mentions.filter((m) => m.start >= head.length && m.end <= head.length + text.length),
    };
    expect(wrappedInside.mentions.length).toBe(wrapped.mentions.length);
    expect(comparable(wrappedInside, inArticle)).toEqual(comparable(plain, (o) => o));
  });

  it.each(articles)('CRLF line ends in $id give the same mentions at the shifted offsets', ({ text }) => {
    const crlf = text.replace(/\r?\n/g, '\r\n');
    // map an offset in the CRLF text back to the LF text: subtract the \r before it
    const crBefore: number[] = [];
    let count = 0;
    for (let i = 0; i <= crlf.length; i++) {
      crBefore.push(count);
      if (crlf[i] === '\r') count++;
    }
    const lf = text.replace(/\r\n/g, '\n');
    const plain = sift.run(lf, { publishedAt: PUBLISHED });
    const windows = sift.run(crlf, { publishedAt: PUBLISHED });
    expect(comparable(windows, (o) => o - (crBefore[o] as number))).toEqual(comparable(plain, (o) => o));
    for (const m of windows.mentions) expect(crlf.slice(m.start, m.end)).toBe(m.text);
  });

  it('is deterministic: the same input gives byte-identical JSON, also from a fresh pipeline', () => {
    const again = createPipeline({ extractors: defaultExtractors() });
    for (const { text } of articles) {
      expect(JSON.stringify(again.run(text, { publishedAt: PUBLISHED }))).toBe(JSON.stringify(sift.run(text, { publishedAt: PUBLISHED })));
    }
  });

  it('processes lone surrogates, control characters and binary junk with offsets intact', () => {
    const junk = ['\uD800Over 25,000 people\u0000were arrested.\uDFFF', '\u0001\u0002\u0003\u001b[31m 12% \u007f', String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 65536))];
    for (const text of junk) {
      const result = sift.run(text, { publishedAt: PUBLISHED });
      expect(result.blocks.reduce((n, b) => n + (b.end - b.start), 0)).toBe(text.length);
      for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
