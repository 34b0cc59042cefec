import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { blockPatterns } from '../../src/blocks/index.js';

describe('block classifier regular expressions', () => {
  it('are listed', () => {
    expect(blockPatterns.length).toBeGreaterThan(5);
  });

  it.each(blockPatterns.map((p) => [p.source.slice(0, 60), p] as const))('%s is linear-time safe', (_name, pattern) => {
    const diagnostics = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    expect(diagnostics.status, 'complexity' in diagnostics ? JSON.stringify(diagnostics.complexity) : diagnostics.status).toBe('safe');
  });
});
