import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '@claimsift/core';
import type { BlockOptions } from '@claimsift/core';
import { REASONS } from '../../src/blocks/reasons.js';

/** Text made of line-ish pieces: words, furniture, URLs, scripts, odd white space. */
const piece = fc.constantFrom(
  'Advertisement', 'Share', ' * Home', 'Views: 0', '20', 'https://x.io/a', '한어Русский языкEnglish', 'By Jane Doe',
  'The ministry said 3,000 accounts were closed after the campaign ended last week.', '“Quote,” he said.',
  '東京で会議が開かれた。', 'Here are the results:', '‘rumours’ and scams', '\u00a0', '\t', '\r\n', '\n', '\n\n', ' ', '\u2028', '\ufeff',
);
const pageText = fc.oneof(fc.string({ maxLength: 300 }), fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 30 }).map((p) => p.join('\n')));
const options = fc.constantFrom<BlockOptions>({}, { classify: false }, { keep: ['advertisement'] }, { drop: ['headline'] }, { furniture: { promo: ['share', 'x*(y+'] } });

describe('segmentBlocks on any text', () => {
  it('tiles the text exactly, with known kinds and reasons, and is deterministic', () => {
    fc.assert(
      fc.property(pageText, options, (text, opts) => {
        const first = segmentBlocks(text, opts);
        let at = 0;
        for (const b of first.blocks) {
          expect(b.start).toBe(at);
          expect(b.end).toBeGreaterThan(b.start);
          at = b.end;
          if (b.kind === 'content') expect(b.reason).toBeNull();
          else expect(b.reason === 'promo' || (REASONS as readonly string[]).includes(b.reason ?? '')).toBe(true);
          if (text.slice(b.start, b.end).trim() === '' && text.slice(b.start, b.end).replace(/[\s\ufeff]/g, '') === '') expect(b.kind).toBe('boilerplate');
        }
        expect(at).toBe(text.length);
        expect(segmentBlocks(text, opts)).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });
});

describe('segmentBlocks on large adversarial text', () => {
  it.each([
    ['alternating menu and prose lines', Array.from({ length: 20000 }, (_, i) => (i % 2 ? 'The council said the figures were published on Monday.' : 'Menu')).join('\n')],
    ['one long line', 'word '.repeat(100000)],
    ['one long token with dots', 'a.'.repeat(200000)],
    ['many tiny lines', 'x\n'.repeat(100000)],
    ['open brackets', '('.repeat(200000) + ')'],
    ['colon lists', 'Here are the results:\n * a\n'.repeat(20000)],
  ])('%s: tiles and finishes in linear time', (_name, text) => {
    const t0 = performance.now();
    const { blocks } = segmentBlocks(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(blocks[0]?.start).toBe(0);
    expect(blocks[blocks.length - 1]?.end).toBe(text.length);
  });
});
