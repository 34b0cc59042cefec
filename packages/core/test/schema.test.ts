import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { createPipeline, resultSchema } from '@claimsift/core';
import { defaultExtractors } from '@claimsift/extractors';

const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const validate = new Ajv({ allErrors: true, strict: false }).compile(resultSchema);

describe('result JSON Schema', () => {
  it('accepts the real results of every corpus article', () => {
    const sift = createPipeline({ extractors: defaultExtractors() });
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const result = JSON.parse(JSON.stringify(sift.run(readFileSync(corpus + file, 'utf8'), { id: file })));
      const ok = validate(result);
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects results that break the contract', () => {
    const good = { id: 'd', lang: null, publishedAt: null, blocks: [], mentions: [], claims: [] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, publishedAt: '26/05/2023' })).toBe(false);
    expect(validate({ ...good, blocks: [{ start: 0, end: 3, kind: 'menu', reason: null, lang: null }] })).toBe(false);
    const quantity = { id: 'm1', type: 'quantity', start: 0, end: 3, text: '12%', value: 12, low: null, high: null, approx: 'roughly', unit: 'percent', kind: 'percent' };
    expect(validate({ ...good, mentions: [quantity] })).toBe(false);
    expect(validate({ ...good, mentions: [{ ...quantity, approx: 'exact' }] })).toBe(true);
    const { value: _dropped, ...withoutValue } = quantity;
    expect(validate({ ...good, mentions: [{ ...withoutValue, approx: 'exact' }] })).toBe(false);
  });
});
