import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/report/escape.js';
import { decode } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves no markup character and decodes back to the input, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(decode(escaped)).toBe(s);
      }),
    );
  });
});

describe('jsonForScript', () => {
  const hostile = ['</script><script>alert(1)</script>', '<!-- <script>', '</SCRIPT >', ']]>', '\u2028\u2029', '&lt;'];

  it('never lets a script element end or a comment open inside the data', () => {
    for (const s of hostile) {
      const json = jsonForScript({ s, nested: [s] });
      expect(json.toLowerCase()).not.toContain('</script');
      expect(json).not.toContain('<!--');
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ s, nested: [s] });
    }
  });

  it('round-trips any string through JSON.parse', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = jsonForScript({ s });
        expect(json).not.toMatch(/[<>]/);
        expect((JSON.parse(json) as { s: string }).s).toBe(s);
      }),
    );
  });
});
