/**
 * The gazetteer as data: every entry says where it came from and has a valid category and
 * country; users add entries that win over built-in ones.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import { agencies } from '@claimsift/extractors';
import data from '../../src/agencies/gazetteer.json' with { type: 'json' };

const CATEGORIES = ['government', 'judiciary', 'police', 'party', 'media', 'company', 'ngo', 'other'];

describe('agencies: gazetteer data', () => {
  const { sources, entries } = data as { sources: Record<string, string>; entries: Record<string, unknown>[] };

  it('gives every entry a known source, a category and an ISO country or null', () => {
    expect(entries.length).toBeGreaterThan(250);
    for (const e of entries) {
      expect(Object.keys(sources)).toContain(e.source);
      expect(CATEGORIES).toContain(e.category);
      expect(e.country === null || /^[A-Z]{2}$/.test(e.country as string)).toBe(true);
    }
  });

  it('covers the main bodies of China, the US, the UK, the EU, the UN and the big news agencies', () => {
    const names = new Set(entries.map((e) => e.name));
    for (const name of [
      'Ministry of Public Security', 'Cyberspace Administration of China', "Supreme People's Court", "Supreme People's Procuratorate",
      'State Council', "National People's Congress", 'Xinhua News Agency', 'China Central Television', "People's Daily", 'Global Times',
      'Federal Bureau of Investigation', 'Department of Homeland Security', 'National Aeronautics and Space Administration', 'Congress',
      'Home Office', 'European Commission', 'World Health Organization', 'United Nations', 'Reuters', 'Associated Press', 'Agence France-Presse', 'BBC',
    ]) expect(names).toContain(name);
  });
});

describe('agencies: user gazetteer entries', () => {
  it('finds a user entry by alias and acronym with its own category and country', () => {
    const pipeline = createPipeline({
      extractors: [agencies({ gazetteer: [{ name: 'Kestrel Harbour Authority', acronym: 'KHA', aliases: ['Harbour Board'], category: 'government', country: 'NZ', source: 'test' }] })],
      blocks: { classify: false },
    });
    const text = 'The Harbour Board closed the port. KHA said it reopens Monday.';
    const got = pipeline.run(text).mentions.map((m) => [m.text, m.name, m.acronym, m.category, m.country]);
    expect(got).toEqual([
      ['Harbour Board', 'Kestrel Harbour Authority', 'KHA', 'government', 'NZ'],
      ['KHA', 'Kestrel Harbour Authority', 'KHA', 'government', 'NZ'],
    ]);
  });

  it('lets a user entry take over a built-in alias', () => {
    const text = 'The CDC issued a warning.';
    const builtIn = createPipeline({ extractors: [agencies()], blocks: { classify: false } }).run(text).mentions;
    expect(builtIn.map((m) => m.name)).toEqual(['Centers for Disease Control and Prevention']);
    const user = createPipeline({
      extractors: [agencies({ gazetteer: [{ name: 'Chinese Center for Disease Control and Prevention', acronym: 'CDC', category: 'government', country: 'CN' }] })],
      blocks: { classify: false },
    }).run(text).mentions;
    expect(user.map((m) => [m.name, m.country])).toEqual([['Chinese Center for Disease Control and Prevention', 'CN']]);
  });

  it('ignores malformed user entries without throwing', () => {
    const bad = [{ name: '' }, { name: 42 }, null, { name: 'Valid Body Agency', category: 'nonsense' }] as never;
    const pipeline = createPipeline({ extractors: [agencies({ gazetteer: bad })], blocks: { classify: false } });
    expect(pipeline.run('The Valid Body Agency said so.').mentions.map((m) => [m.text, m.category])).toEqual([['Valid Body Agency', 'other']]);
  });
});

describe('agencies: extra head nouns', () => {
  it('recognises names built on a head noun the user adds, with its category', () => {
    const text = 'The Osaka Prefecture closed schools on Monday.';
    const plain = createPipeline({ extractors: [agencies()], blocks: { classify: false } }).run(text).mentions;
    expect(plain).toEqual([]);
    const withHead = createPipeline({ extractors: [agencies({ extraHeads: { Prefecture: 'government' } })], blocks: { classify: false } }).run(text).mentions;
    expect(withHead.map((m) => [m.text, m.name, m.category])).toEqual([['Osaka Prefecture', 'Osaka Prefecture', 'government']]);
  });
});
