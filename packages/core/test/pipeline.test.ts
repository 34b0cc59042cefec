import { describe, expect, it } from 'vitest';
import {
  createPipeline,
  defineExtractor,
  ExtractorError,
  InputTooLargeError,
  InputTypeError,
  OptionsError,
  PipelineOrderError,
  PublishedAtError,
} from '@claimsift/core';
import type { Extractor } from '@claimsift/core';

const wordsOf = (word: RegExp, type: string, name = `${type}s`): Extractor =>
  defineExtractor({
    name,
    type,
    patterns: [word],
    extract: (doc) => [...doc.text.matchAll(word)].map((m) => ({ start: m.index, end: m.index + m[0].length, upper: m[0].toUpperCase() })),
  });

describe('createPipeline', () => {
  it('runs extractors in order and returns the SPEC result shape with mentions numbered in text order', () => {
    const sift = createPipeline({ extractors: [wordsOf(/\bcat\b/g, 'cat'), wordsOf(/\bdog\b/g, 'dog')] });
    const result = sift.run('A dog and a cat. Another cat.', { id: 'pets', publishedAt: '2024-01-02' });
    expect(Object.keys(result)).toEqual(['id', 'lang', 'publishedAt', 'blocks', 'mentions', 'claims']);
    expect(result.id).toBe('pets');
    expect(result.publishedAt).toBe('2024-01-02');
    expect(result.mentions.map((m) => [m.id, m.type, m.text])).toEqual([
      ['m1', 'dog', 'dog'],
      ['m2', 'cat', 'cat'],
      ['m3', 'cat', 'cat'],
    ]);
    expect(Object.keys(result.mentions[0] ?? {})).toEqual(['id', 'type', 'start', 'end', 'text', 'upper']);
  });

  it('keeps the longest of overlapping mentions of one type, and overlapping mentions of different types', () => {
    const spans = defineExtractor({
      name: 'spans',
      type: 'x',
      extract: () => [
        { start: 0, end: 4 },
        { start: 2, end: 9 },
        { start: 9, end: 11 },
        { type: 'y', start: 0, end: 4 },
      ],
    });
    const result = createPipeline({ extractors: [spans] }).run('abcdefghijkl');
    expect(result.mentions.map((m) => [m.type, m.start, m.end])).toEqual([
      ['y', 0, 4],
      ['x', 2, 9],
      ['x', 9, 11],
    ]);
  });

  it('drops mentions in boilerplate blocks unless the extractor asks to see them', () => {
    const blank = defineExtractor({ name: 'blank', type: 'ws', extract: (doc) => [{ start: 0, end: doc.text.length }] });
    const seeing = defineExtractor({ name: 'seeing', type: 'ws2', seesBoilerplate: true, extract: (doc) => [{ start: 0, end: doc.text.length }] });
    const result = createPipeline({ extractors: [blank, seeing] }).run('   \n  ');
    expect(result.mentions.map((m) => m.type)).toEqual(['ws2']);
  });

  it('lets a later stage read the mentions of an earlier one', () => {
    const seen: string[] = [];
    const reader = defineExtractor({
      name: 'reader',
      type: 'echo',
      requires: ['cat'],
      extract: (doc) => {
        seen.push(...doc.mentions('cat').map((m) => m.text));
        return [];
      },
    });
    createPipeline({ extractors: [wordsOf(/cat/g, 'cat'), reader] }).run('cat cat');
    expect(seen).toEqual(['cat', 'cat']);
  });

  it('fails before running when an extractor requires what no earlier stage assigns', () => {
    const needy = defineExtractor({ name: 'needy', type: 'n', requires: ['agency'], extract: () => [] });
    expect(() => createPipeline({ extractors: [needy] })).toThrow(PipelineOrderError);
    expect(() => createPipeline({ extractors: [needy] })).toThrow(/requires "agency"/);
  });

  it('rejects the same extractor twice and a missing extractor list', () => {
    const x = wordsOf(/x/g, 'x');
    expect(() => createPipeline({ extractors: [x, x] })).toThrow(OptionsError);
    expect(() => createPipeline(undefined as never)).toThrow(OptionsError);
  });

  it('turns a range outside the text into a typed error naming the extractor', () => {
    const broken = defineExtractor({ name: 'broken', type: 'b', extract: (doc) => [{ start: 0, end: doc.text.length + 5 }] });
    expect(() => createPipeline({ extractors: [broken] }).run('abc')).toThrow(ExtractorError);
    expect(() => createPipeline({ extractors: [broken] }).run('abc')).toThrow(/broken/);
  });

  it('gives typed errors for bad input', () => {
    const sift = createPipeline({ extractors: [], maxLength: 10 });
    expect(() => sift.run(42 as never)).toThrow(InputTypeError);
    expect(() => sift.run(null as never)).toThrow(/text must be a string, got null/);
    expect(() => sift.run('x'.repeat(11))).toThrow(InputTooLargeError);
    expect(() => sift.run('abc', { publishedAt: '2023-02-30' })).toThrow(PublishedAtError);
    expect(() => sift.run('abc', { publishedAt: 'yesterday' })).toThrow(PublishedAtError);
    expect(() => sift.run('abc', { id: 5 as never })).toThrow(InputTypeError);
  });

  it('accepts a Date or an ISO date-time as publishedAt', () => {
    const sift = createPipeline({ extractors: [] });
    expect(sift.run('a', { publishedAt: '2023-05-26T10:00:00Z' }).publishedAt).toBe('2023-05-26');
    expect(sift.run('a', { publishedAt: new Date(Date.UTC(2020, 1, 29)) }).publishedAt).toBe('2020-02-29');
  });

  it('gives an empty, valid result for empty and white-space text', () => {
    const sift = createPipeline({ extractors: [wordsOf(/\S+/g, 'w')] });
    expect(sift.run('')).toEqual({ id: 'doc', lang: null, publishedAt: null, blocks: [], mentions: [], claims: [] });
    const ws = sift.run(' \n\t ');
    expect(ws.mentions).toEqual([]);
    expect(ws.blocks).toEqual([{ start: 0, end: 4, kind: 'boilerplate', reason: 'blank', lang: null }]);
  });

  it('reports diagnostics from extractors on the VFile', () => {
    const chatty = defineExtractor({
      name: 'chatty',
      type: 'c',
      extract: (_doc, ctx) => {
        ctx.message('looked at the text', { start: 0, end: 1 }, 'look');
        return [];
      },
    });
    const file = createPipeline({ extractors: [chatty] }).process('abc');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]?.source).toBe('chatty');
    expect(file.messages[0]?.ruleId).toBe('look');
  });

  it('runs many documents in input order', () => {
    const sift = createPipeline({ extractors: [wordsOf(/\d+/g, 'n')] });
    const ids = [...sift.runMany([{ id: 'a', text: '1' }, { id: 'b', text: '2 3' }])].map((r) => [r.id, r.mentions.length]);
    expect(ids).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('collects every stage pattern for the ReDoS check', () => {
    const sift = createPipeline({ extractors: [wordsOf(/a/g, 'a'), wordsOf(/b/g, 'b')] });
    expect(sift.patterns.map(String)).toEqual(['/a/g', '/b/g']);
    expect(sift.stages).toEqual(['as', 'bs']);
  });
});
