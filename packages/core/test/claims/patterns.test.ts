import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { CLAIM_PATTERNS } from '../../src/claims/index.js';

describe('claim-stage regular expressions', () => {
  it.each(CLAIM_PATTERNS.map((p) => [p.source.slice(0, 60), p] as const))('%s is linear-time safe', (_name, pattern) => {
    const diagnostics = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    expect(diagnostics.status, 'complexity' in diagnostics ? JSON.stringify(diagnostics.complexity) : diagnostics.status).toBe('safe');
  });
});
