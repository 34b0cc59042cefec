/** The quotes extractor's parts, tested apart: mark roles, the marked finder, appositions, names. */
import { createDocument } from '@claimsift/core';
import { describe, expect, it } from 'vitest';
import { parseApposition } from '../../src/quotes/apposition.js';
import { findMarkedPieces, paragraphsOf } from '../../src/quotes/marked.js';
import { marksIn } from '../../src/quotes/marks.js';
import { buildPersonIndex } from '../../src/quotes/names.js';
import { organizationsOf } from '../../src/quotes/organizations.js';
import type { PhraseContext } from '../../src/quotes/phrases.js';
import { wordsIn } from '../../src/quotes/words.js';

function contextOf(text: string): { ctx: PhraseContext; doc: ReturnType<typeof createDocument> } {
  const doc = createDocument(text, { blocks: { classify: false } });
  return { doc, ctx: { text, orgs: organizationsOf(doc), wordsOf: (p) => wordsIn(text, p.start, p.end) } };
}

describe('quotation marks', () => {
  it('tells opening from closing marks by their context, straight ones included', () => {
    const text = 'He said "no way" and ”yes“ then';
    expect(marksIn(text, 0, text.length).map((m) => m.role)).toEqual(['open', 'close', 'open', 'close']);
  });

  it('takes apostrophes inside words for no marks', () => {
    const text = "the party’s plan, don't go, ‘We will’";
    const marks = marksIn(text, 0, text.length);
    expect(marks.map((m) => text[m.at])).toEqual(['‘', '’']);
  });
});

describe('marked finder', () => {
  it('links a quotation continued over paragraphs into one chain, one piece per paragraph', () => {
    const text = '“First part of it.\n\n“Second part of it.\n\n“Last part.” Then prose.';
    const doc = createDocument(text, { blocks: { classify: false } });
    const pieces = findMarkedPieces(doc, paragraphsOf(doc));
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['First part of it.', 'Second part of it.', 'Last part.']);
    expect(new Set(pieces.map((p) => p.chain)).size).toBe(1);
    expect(pieces.map((p) => p.dangling)).toEqual([false, false, false]);
  });

  it('skips a stray opening mark and pairs the next ones', () => {
    const text = 'the “90s and “a real quote here” end';
    const doc = createDocument(text, { blocks: { classify: false } });
    expect(findMarkedPieces(doc, paragraphsOf(doc)).map((p) => text.slice(p.start, p.end))).toEqual(['a real quote here']);
  });
});

describe('appositions', () => {
  const cases: [string, string | null, string | null][] = [
    ['Director of the MPS Traffic Management Bureau', 'Director', 'MPS Traffic Management Bureau'],
    ['vice president of advanced development programs at Blue Origin', 'vice president of advanced development programs', 'Blue Origin'],
    ['a teacher at eastern Indiana’s Richmond High School', 'teacher', 'Richmond High School'],
    ['the company’s chief operating officer', 'chief operating officer', null],
  ];
  for (const [apposition, title, organization] of cases) {
    it(apposition, () => {
      const { ctx } = contextOf(apposition);
      const words = wordsIn(apposition, 0, apposition.length);
      expect(parseApposition(ctx, words, 0, words.length - 1)).toEqual({ title, organization });
    });
  }

  it('rejects relative clauses', () => {
    const text = 'who has clashed with the governor';
    const words = wordsIn(text, 0, text.length);
    expect(parseApposition(contextOf(text).ctx, words, 0, words.length - 1)).toBeNull();
  });
});

describe('person index', () => {
  const text = 'Wang Qiang, Director of the Traffic Bureau, spoke first. Angela Cooper teaches math. Omar asked for calm, saying she was tired. Later Wang and Cooper spoke.';
  const { ctx, doc } = contextOf(text);
  const index = buildPersonIndex(ctx, paragraphsOf(doc), []);

  it('resolves surnames (either order) to the fullest name, with title and organisation', () => {
    expect(index.lookup('Wang')?.full).toBe('Wang Qiang');
    expect(index.lookup('Cooper')?.full).toBe('Angela Cooper');
    expect(index.lookup('Wang')?.title).toBe('Director');
    expect(index.lookup('Wang')?.organization).toBe('Traffic Bureau');
  });

  it('learns a lone surname as a person from the pronoun that follows it', () => {
    expect(index.lookup('Omar')?.gender).toBe('female');
  });

  it('resolves "she" to a woman named earlier in its sentence, else to the nearest woman', () => {
    expect(index.resolvePronoun('female', text.indexOf('she was'), text.indexOf('Omar asked'))?.full).toBe('Omar');
    expect(index.resolvePronoun('female', text.length, text.length)?.full).toBe('Angela Cooper');
    expect(index.resolvePronoun('male', text.length, text.length)?.full).toBe('Wang Qiang');
  });
});
