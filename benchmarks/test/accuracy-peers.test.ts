import { describe, expect, it } from 'vitest';
import { chronoPeer } from '../src/peers/chrono.js';
import { compromisePeer } from '../src/peers/compromise.js';
import { readNumber } from '../src/peers/numbers.js';
import { recognizersPeer } from '../src/peers/recognizers.js';
import { tokenOffsets, trimSpan } from '../src/peers/spans.js';
import type { Peer } from '../src/peers/types.js';
import { winkPeer } from '../src/peers/wink.js';

const TEXT = 'Headline line\nThe company said on Friday, May 26, 2023 that sales rose 12% to $2.5 billion.\r\n"We expect about 1.4 million new users this year," said Jane Smith of Acme Inc.';

describe('peer adapters', () => {
  for (const peer of [chronoPeer, recognizersPeer, winkPeer, compromisePeer] as Peer[]) {
    it(`${peer.name}: spans slice to their text, have no outer white space and only the declared types`, () => {
      const mentions = peer.extract(TEXT, '2023-05-31');
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) {
        expect(TEXT.slice(m.start, m.end)).toBe(m.text);
        expect(String(m.text).trim()).toBe(m.text);
        expect(peer.types).toContain(m.type);
      }
    });
  }

  it('chrono resolves a stated day to a one-day period', () => {
    const day = chronoPeer.extract(TEXT, '2023-05-31').find((m) => m.type === 'daterange' && String(m.text).includes('May 26'));
    expect(day).toMatchObject({ startDate: '2023-05-26', endDate: '2023-05-26' });
  });

  it('Recognizers-Text is fed line by line with offsets shifted to the whole text (end inclusive in RT)', () => {
    const mentions = recognizersPeer.extract(TEXT, '2023-05-31');
    const percent = mentions.find((m) => m.text === '12%');
    expect(percent).toMatchObject({ type: 'quantity', start: TEXT.indexOf('12%'), end: TEXT.indexOf('12%') + 3, value: 12 });
    const money = mentions.find((m) => String(m.text).includes('2.5 billion'));
    expect(money).toMatchObject({ value: 2.5e9, kind: 'money' });
    // "this year" is an implicit range: RT's exclusive end becomes an inclusive 31 December.
    expect(mentions.find((m) => m.text === 'this year')).toMatchObject({ startDate: '2023-01-01', endDate: '2023-12-31' });
    // No two quantities overlap (a currency holds a number: the longest wins).
    const quantities = mentions.filter((m) => m.type === 'quantity');
    for (const a of quantities) for (const b of quantities) if (a !== b) expect(a.end <= b.start || b.end <= a.start).toBe(true);
  });

  it('compromise quotes lie inside the quotation marks', () => {
    const quote = compromisePeer.extract(TEXT, '2023-05-31').find((m) => m.type === 'quote');
    expect(quote?.text).toBe('We expect about 1.4 million new users this year');
  });
});

describe('span helpers', () => {
  it('trims edge punctuation but keeps an abbreviation dot', () => {
    const text = 'on Friday, May 26. Then Acme Inc. left';
    expect(trimSpan(text, 3, 18)).toEqual({ start: 3, end: 17 });
    const inc = text.indexOf('Acme');
    expect(text.slice(inc, trimSpan(text, inc, inc + 9)!.end)).toBe('Acme Inc.');
    expect(trimSpan(text, 9, 10)).toBeNull();
  });

  it('locates tokens in order, skipping any spacing', () => {
    expect(tokenOffsets('a  b\nc', ['a', 'b', 'c'])).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 5, end: 6 },
    ]);
  });

  it('reads digits, scale words and number words', () => {
    expect(readNumber('about 1.4 million')).toBe(1.4e6);
    expect(readNumber('$2.5bn')).toBe(2.5e9);
    expect(readNumber('22,000')).toBe(22000);
    expect(readNumber('three hundred thousand')).toBe(300000);
    expect(readNumber('twenty-five')).toBe(25);
    expect(readNumber('several')).toBeNull();
  });
});
