import { createPipeline } from '@claimsift/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotes } from '@claimsift/extractors';

const pipeline = createPipeline({ extractors: [quotes()], blocks: { classify: false } });
const run = (text: string) => pipeline.run(text).mentions;

/** Pieces that make quote-like text: every mark style, cues, names, titles, pronouns, breaks. */
const FRAGMENTS = [
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', '「', '」', '『', '』', '‹', '›', '＂',
  ' said', ' says', ' told', ' added', ' according to', ' wrote', ':', ',', '.', '?', ' — ', '[', ']', '(', ')',
  ' Wang Qiang', ' Wang', ' Dr.', ' Ms', ' Jr.', ' A.', ' President', ' spokesman', ' Director of the', ' Ministry',
  ' he', ' she', ' it', ' they', ' the', ' statement', ' We', ' we', ' our', ' I', ' have', ' will', ' cases',
  '\n', '\n\n', '\r\n', '\t', ' ', '> ', '— Rep. Ann Lee (@annlee)', ' pic.twitter.com/x', '\u00a0', '😀', 'é',
];
const textArb = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(''));
const mixedArb = fc.oneof(textArb, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

describe('quotes properties', () => {
  it('never throws, and every span (speakers included) slices the text', () => {
    fc.assert(
      fc.property(mixedArb, (text) => {
        for (const m of run(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          const speaker = (m as Record<string, unknown>)['speaker'] as { text: string; start: number; end: number } | null;
          if (speaker) {
            expect(Number.isInteger(speaker.start) && speaker.start >= 0 && speaker.end <= text.length).toBe(true);
            expect(text.slice(speaker.start, speaker.end)).toBe(speaker.text);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('emits no overlapping quotes and no quote with outer white space', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const ms = run(text);
        for (let i = 1; i < ms.length; i++) expect((ms[i - 1] as { end: number }).end).toBeLessThanOrEqual((ms[i] as { start: number }).start);
        for (const m of ms) {
          expect(m.text).toBe(m.text.trim());
          expect(m.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
      }),
      { numRuns: 200 },
    );
  });

  it('stays linear on thousands of unbalanced marks and cues', () => {
    const inputs = [
      '“'.repeat(20_000),
      '“a '.repeat(10_000),
      '" said Wang, '.repeat(4_000),
      '«We said ‘x '.repeat(4_000),
      ('“We have said, he said: “we ' + 'Wang Qiang said. ').repeat(1_500),
      '\n“a b c d\n'.repeat(5_000),
      'Mr. A. B. C. Jr. '.repeat(3_000) + 'said “we will go on and on”',
      '“a b” said '.repeat(8_000),
      'we said, '.repeat(8_000),
      'Wang said: we '.repeat(5_000),
      '> line\n'.repeat(5_000) + '> — Ann Lee (@annlee)\n',
    ];
    for (const text of inputs) {
      const started = performance.now();
      run(text);
      expect(performance.now() - started, `${text.slice(0, 20)}… (${text.length} chars)`).toBeLessThan(3_000);
    }
  });
});
