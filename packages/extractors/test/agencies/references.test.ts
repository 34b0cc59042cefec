/**
 * Generic references ("the ministry", "regulators", "public security organs") are not
 * mentions; they go to doc.data.agencyReferences resolved to the nearest compatible agency.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '@claimsift/core';
import { agencies } from '@claimsift/extractors';
import { resolveAgencyReference } from '../../src/agencies/index.js';
import type { AgencyReference } from '../../src/agencies/index.js';

function references(text: string): { mentions: string[]; refs: AgencyReference[] } {
  const doc = createDocument(text, { blocks: { classify: false } });
  const extractor = agencies();
  const drafts = extractor.extract(doc, { message: () => undefined });
  return { mentions: drafts.map((d) => text.slice(d.start, d.end)), refs: doc.data.agencyReferences as AgencyReference[] };
}

describe('agencies: generic references', () => {
  it('declares what it assigns', () => {
    expect(agencies().assigns).toEqual(['agency', 'agencyReferences']);
  });

  it('resolves "the ministry" to the last ministry named before it, not to a later one', () => {
    const text =
      'The Ministry of Finance and the Federal Aviation Administration met. The ministry said taxes would rise. ' +
      'Later the Ministry of Health spoke, and the ministry warned of flu.';
    const { mentions, refs } = references(text);
    expect(mentions).not.toContain('The ministry');
    const byText = refs.map((r) => [r.text, r.resolvedName]);
    expect(byText).toEqual([
      ['The ministry', 'Ministry of Finance'],
      ['the ministry', 'Ministry of Health'],
    ]);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('resolves "regulators" to the last regulator-like body and "police" to the last police force', () => {
    const text =
      'Tokyo police questioned the driver. The Financial Services Agency opened a review, and regulators later fined the bank. Police said no one was hurt.';
    const { refs } = references(text);
    expect(refs.map((r) => [r.text, r.resolvedName])).toEqual([
      ['regulators', 'Financial Services Agency'],
      ['the bank', null],
      ['Police', 'Tokyo police'],
    ]);
  });

  it('resolves "public security organs" to the Ministry of Public Security wherever the text names it', () => {
    const text = 'Public security organs across the country closed 300 cases, the Ministry of Public Security said.';
    const { mentions, refs } = references(text);
    expect(mentions).toEqual(['Ministry of Public Security']);
    expect(refs.map((r) => [r.text, r.resolvedName])).toEqual([['Public security organs', 'Ministry of Public Security']]);
  });

  it('does not resolve the police of another place to the force named before', () => {
    const { refs } = references('Shanghai police closed 40 accounts. Police in Sichuan province said they had 57 cases. In Tibet, police said the same.');
    expect(refs.map((r) => [r.text, r.resolvedName])).toEqual([
      ['Police', null],
      ['police', null],
    ]);
  });

  it('reads a glued determiner ("Theministry")', () => {
    const { refs } = references('The Ministry of Commerce issued rules. Theministry has published 3,600 cases.');
    expect(refs.map((r) => [r.text, r.resolvedName])).toEqual([['Theministry', 'Ministry of Commerce']]);
  });

  it('leaves a reference unresolved when nothing compatible comes before it', () => {
    const { refs } = references('The court said it would rule soon. Reuters reported the case.');
    expect(refs.map((r) => [r.text, r.resolvedName])).toEqual([['The court', null]]);
  });

  it('exports the resolver as a pure function over named agencies', () => {
    const agenciesInText = [
      { start: 0, end: 30, name: 'Cyberspace Administration of China', category: 'government' },
      { start: 40, end: 47, name: 'Tencent', category: 'company' },
      { start: 200, end: 230, name: 'State Administration for Market Regulation', category: 'government' },
    ];
    expect(resolveAgencyReference({ start: 100, text: 'the regulator' }, agenciesInText)).toBe('Cyberspace Administration of China');
    expect(resolveAgencyReference({ start: 100, text: 'the company' }, agenciesInText)).toBe('Tencent');
    expect(resolveAgencyReference({ start: 300, text: 'the administration' }, agenciesInText)).toBe('State Administration for Market Regulation');
    expect(resolveAgencyReference({ start: 100, text: 'the weather' }, agenciesInText)).toBeNull();
    expect(resolveAgencyReference({ start: 10, text: 'the company' }, agenciesInText)).toBeNull();
  });
});
