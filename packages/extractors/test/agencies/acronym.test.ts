/** The acronym matcher that links "(MPS)" to its name and "CBP" to a name written earlier. */
import { describe, expect, it } from 'vitest';
import { acronymMatches } from '../../src/agencies/index.js';

const keys = (name: string) => name.toLowerCase().split(/[\s,]+/u).filter(Boolean);

describe('agencies: acronymMatches', () => {
  it.each([
    ['MPS', 'Ministry of Public Security', false],
    ['MOTIE', 'Ministry of Trade, Industry and Energy', false],
    ['NASA', 'National Aeronautics and Space Administration', false],
    ['D4CC', 'Doctors for Camp Closure', false],
    ['CBP', 'Customs and Border Protection', false],
    ['U.N.', 'United Nations', false],
    ['CDC', 'Chinese Center for Disease Control and Prevention', true],
    ['CDC', 'Centers for Disease Control and Prevention', true],
  ])('%s abbreviates %s', (acronym, name, loose) => {
    expect(acronymMatches(acronym, keys(name), { loose })).toBe(true);
  });

  it.each([
    ['CDC', 'Centers for Disease Control and Prevention'],
    ['LOW', "lowe's"],
    ['FBI', 'Federal Reserve Board'],
    ['CAC', 'Cyberspace Space Administration'],
    ['X', 'Xinhua'],
  ])('%s does not strictly abbreviate %s', (acronym, name) => {
    expect(acronymMatches(acronym, keys(name))).toBe(false);
  });
});
