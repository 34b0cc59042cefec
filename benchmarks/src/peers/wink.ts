/**
 * wink-nlp with wink-eng-lite-web-model: its named entities CARDINAL, MONEY, PERCENT, DURATION
 * (with a numeral) → quantity, DATE → daterange (span only: wink does not resolve dates).
 * Entities come as token ranges; character offsets are rebuilt by locating each token in the text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readNumber } from './numbers.js';
import { tokenOffsets, trimSpan } from './spans.js';
import { predicted } from './types.js';
import type { Peer, PredictedMention } from './types.js';

const nlp = winkNLP(model);
const its = nlp.its;

const QUANTITY = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'DURATION']);
const KIND: Record<string, string> = { CARDINAL: 'count', MONEY: 'money', PERCENT: 'percent', DURATION: 'duration' };

export const winkPeer: Peer = {
  name: 'wink',
  types: ['quantity', 'daterange'],
  valueTypes: ['quantity'],
  extract(text): PredictedMention[] {
    const doc = nlp.readDoc(text);
    const offsets = tokenOffsets(text, doc.tokens().out(its.value) as string[]);
    const out: PredictedMention[] = [];
    const entities = doc.entities();
    const ranges = entities.out(its.span) as unknown as [number, number][];
    const details = entities.out(its.detail) as unknown as { type: string; value: string }[];
    ranges.forEach(([first, last], i) => {
      const { type, value } = details[i]!;
      const span = trimSpan(text, offsets[first]!.start, offsets[last]!.end);
      if (!span) return;
      if (QUANTITY.has(type)) {
        const number = readNumber(value);
        if (type === 'DURATION' && number === null) return; // a duration without an amount is no quantity
        out.push(predicted(text, 'quantity', span.start, span.end, { value: number, low: null, high: null, kind: KIND[type] }));
      } else if (type === 'DATE') {
        out.push(predicted(text, 'daterange', span.start, span.end, { startDate: null, endDate: null }));
      }
    });
    return out;
  },
};
