import { createPipeline, defineExtractor } from '@claimsift/core';
import type { Extractor, Mention } from '@claimsift/core';
import { quotes } from '@claimsift/extractors';
import { describe, expect, it } from 'vitest';
import { CASES } from './cases.js';
import type { ExpectedQuote, QuoteCase } from './cases.js';

/** A stand-in for the agencies stage: mentions of the listed surfaces with their canonical names. */
function fakeAgencies(list: QuoteCase['agencies']): Extractor {
  return defineExtractor({
    name: 'fake-agencies',
    type: 'agency',
    extract: (doc) =>
      (list ?? []).flatMap(([surface, name, category]) => {
        const out = [];
        for (let i = doc.text.indexOf(surface); i >= 0; i = doc.text.indexOf(surface, i + 1)) {
          out.push({ start: i, end: i + surface.length, name, acronym: null, category, parent: null, country: null });
        }
        return out;
      }),
  });
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Offset of the whole-word occurrence of `needle` nearest to the quote [from, to) and outside it (or the n-th one). */
function locate(text: string, needle: string, from: number, to: number, occurrence?: number): number {
  const all: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + needle.length])) continue;
    if (i >= from && i < to) continue;
    all.push(i);
  }
  if (occurrence !== undefined) return all[occurrence] ?? -1;
  const distance = (i: number): number => (i < from ? from - (i + needle.length) : i - to);
  return all.reduce((best, i) => (distance(i) < distance(best) ? i : best), all[0] ?? -1);
}

function run(c: QuoteCase): Mention[] {
  const extractors = c.agencies ? [fakeAgencies(c.agencies), quotes()] : [quotes()];
  // short texts confuse the boilerplate classifier; these tests are about quotes
  return createPipeline({ extractors, blocks: { classify: false } }).run(c.text).mentions.filter((m) => m.type === 'quote');
}

describe('quote forms', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  for (const c of CASES) {
    it(c.name, () => {
      const found = run(c);
      const expected = c.quotes.map((q: ExpectedQuote) => {
        const start = c.text.indexOf(q.quote);
        expect(start, `"${q.quote}" is in the case text`).toBeGreaterThanOrEqual(0);
        return { q, start, end: start + q.quote.length };
      });
      expect(found.map((m) => m.text)).toEqual(expected.map((e) => e.q.quote));
      expected.forEach(({ q, start, end }, i) => {
        const m = found[i] as Mention & Record<string, unknown>;
        expect([m.start, m.end]).toEqual([start, end]);
        const speaker = m['speaker'] as Record<string, unknown> | null;
        expect(speaker, `speaker of "${q.quote}"`).not.toBeNull();
        if (!speaker) return;
        const at = locate(c.text, q.speaker.text, start, end, q.speaker.occurrence);
        expect({ text: speaker['text'], start: speaker['start'], name: speaker['name'] }).toEqual({ text: q.speaker.text, start: at, name: q.speaker.name });
        expect(c.text.slice(speaker['start'] as number, speaker['end'] as number)).toBe(speaker['text']);
        if (q.speaker.title !== undefined) expect(speaker['title']).toBe(q.speaker.title);
        if (q.speaker.organization !== undefined) expect(speaker['organization']).toBe(q.speaker.organization);
        if (q.cue !== undefined) expect(m['cue']).toBe(q.cue);
        if (q.marked !== undefined) expect(m['marked']).toBe(q.marked);
        if (q.kind !== undefined) expect(m['kind']).toBe(q.kind);
      });
    });
  }
});

describe('output shape', () => {
  it('orders fields speaker, cue, marked, kind and speaker keys text..organization', () => {
    const [m] = run({ name: 'shape', text: '“We will rebuild the bridge before winter,” Mayor Ana Ruiz said.', quotes: [] });
    expect(m).toBeDefined();
    const keys = Object.keys(m as object);
    expect(keys.slice(keys.indexOf('speaker'))).toEqual(['speaker', 'cue', 'marked', 'kind']);
    expect(Object.keys((m as Record<string, unknown>)['speaker'] as object)).toEqual(['text', 'start', 'end', 'name', 'title', 'organization']);
  });

  it('works alone and reads agency mentions when an earlier stage made them', () => {
    const text = 'The Ministry of Finance released the figures.\n\n“Tax revenue rose faster than we had forecast,” the ministry said.';
    const alone = createPipeline({ extractors: [quotes()], blocks: { classify: false } }).run(text).mentions[0] as Record<string, unknown> | undefined;
    expect((alone?.['speaker'] as Record<string, unknown>)['text']).toBe('ministry');
    const withAgencies = createPipeline({ extractors: [fakeAgencies([['Ministry of Finance', 'Ministry of Finance', 'government']]), quotes()], blocks: { classify: false } }).run(text);
    const q = withAgencies.mentions.find((m) => m.type === 'quote') as Record<string, unknown>;
    expect((q['speaker'] as Record<string, unknown>)['name']).toBe('Ministry of Finance');
  });

  it('honours minWords and the unmarked switch', () => {
    const text = 'She said it was “very good news indeed” for the town. We reached the boat just before it sank, he said.';
    const all = createPipeline({ extractors: [quotes({ minWords: 3 })], blocks: { classify: false } }).run(text).mentions.map((m) => m.text);
    expect(all).toContain('very good news indeed');
    const marksOnly = createPipeline({ extractors: [quotes({ unmarked: false })], blocks: { classify: false } }).run(text).mentions.map((m) => m.text);
    expect(marksOnly).not.toContain('We reached the boat just before it sank');
  });
});
