import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, createPipeline, defineExtractor } from '@claimsift/core';
import { defaultExtractors } from '@claimsift/extractors';

/** Strings mixing the characters scraped news really contains, plus hostile ones. */
const pieces = [
  'The', 'Ministry', 'of', 'Public', 'Security', '(MPS)', 'said', 'over', '25,000', '1.4 million', '930.000', 'accounts',
  '"', '“', '”', '‘', '’', '«', '»', '「', '」', '.', ',', '!', '?', ':', '-', '–', '\n', '\r\n', '\n\n', ' ', '\u00a0',
  '\u200b', '\u200f', '\ufeff', '😀', '\ud800', '\udc00', '中国', 'Русский', 'عربى', 'May 26', 'since 2021', 'this year',
  'Advertisement', '%', '$', '¥', '12', 'per cent', 'Xinhua', 'told', 'according to', 'Wang Qiang', '\t', '【source】', 'https://x.y/z',
];
const newsLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), newsLike);

const sift = createPipeline({ extractors: defaultExtractors() });

function checkSpans(text: string, result: ReturnType<typeof sift.run>): void {
  // blocks tile the text
  let at = 0;
  for (const b of result.blocks) {
    expect(b.start).toBe(at);
    expect(b.end).toBeGreaterThan(b.start);
    at = b.end;
  }
  expect(at).toBe(text.length);
  for (const m of result.mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    const speaker = (m as { speaker?: { start: number; end: number; text: string } | null }).speaker;
    if (speaker) expect(text.slice(speaker.start, speaker.end)).toBe(speaker.text);
  }
  for (const c of result.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  const byType = new Map<string, { start: number; end: number }[]>();
  for (const m of result.mentions) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
  for (const list of byType.values()) {
    for (let i = 1; i < list.length; i++) expect((list[i] as { start: number }).start).toBeGreaterThanOrEqual((list[i - 1] as { end: number }).end);
  }
}

describe('pipeline properties on arbitrary text', () => {
  it('never throws, keeps every span exact, tiles blocks, and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = sift.run(text, { publishedAt: '2024-08-28' });
        checkSpans(text, first);
        expect(JSON.stringify(sift.run(text, { publishedAt: '2024-08-28' }))).toBe(JSON.stringify(first));
      }),
      { numRuns: 300 },
    );
  });

  it('gives sentences inside their block and tokens inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = createDocument(text);
        for (const s of doc.sentences) {
          const block = doc.blocks[s.block];
          expect(block).toBeDefined();
          expect(s.start).toBeGreaterThanOrEqual(block?.start ?? -1);
          expect(s.end).toBeLessThanOrEqual(block?.end ?? -1);
          expect(s.end).toBeGreaterThan(s.start);
        }
        const t = doc.tokens;
        for (let i = 0; i < t.count; i++) {
          expect(t.ends[i]).toBeGreaterThan(t.starts[i] as number);
          if (i > 0) expect(t.starts[i]).toBeGreaterThanOrEqual(t.ends[i - 1] as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('custom extractors proposing arbitrary valid ranges still yield exact, non-overlapping spans', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), (text, pairs) => {
        const ranges = pairs.map(([a, b]) => {
          const start = text.length ? a % (text.length + 1) : 0;
          const end = text.length ? Math.max(start, b % (text.length + 1)) : 0;
          return { start, end };
        });
        const custom = defineExtractor({ name: 'random', type: 'r', seesBoilerplate: true, extract: () => ranges });
        checkSpans(text, createPipeline({ extractors: [custom] }).run(text));
      }),
      { numRuns: 200 },
    );
  });
});
