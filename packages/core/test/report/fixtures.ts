/** Hand-built results for the renderer tests: offsets are found in the text, never typed in. */
import type { Claim, ClaimsiftResult, Mention, ReportDocument, ResultBlock } from '@claimsift/core';

export interface MentionSpec {
  readonly type: string;
  /** The mention's text; `occurrence` picks which one when it appears several times. */
  readonly find: string;
  readonly occurrence?: number;
  readonly id?: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

export interface BlockSpec {
  /** Text the block ends after (inclusive); the last block runs to the end. */
  readonly through: string;
  readonly kind: 'content' | 'boilerplate';
  readonly reason?: string;
}

export function offsetOf(text: string, find: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(find, at + 1);
    if (at === -1) throw new Error(`fixture: '${find}' not in text`);
  }
  return at;
}

export function makeDocument(
  id: string,
  text: string,
  spec: { readonly mentions?: readonly MentionSpec[]; readonly blocks?: readonly BlockSpec[] } = {},
): ReportDocument {
  const blocks: ResultBlock[] = [];
  let start = 0;
  for (const b of spec.blocks ?? [{ through: text, kind: 'content' as const }]) {
    const end = b === spec.blocks?.at(-1) || !spec.blocks ? text.length : offsetOf(text, b.through, 0) + b.through.length;
    blocks.push({ start, end, kind: b.kind, reason: b.kind === 'boilerplate' ? (b.reason ?? 'advertisement') : null, lang: 'eng' });
    start = end;
  }
  const mentions: Mention[] = (spec.mentions ?? []).map((m, i) => {
    const at = offsetOf(text, m.find, m.occurrence);
    return { id: m.id ?? `m${i + 1}`, type: m.type, start: at, end: at + m.find.length, text: text.slice(at, at + m.find.length), ...m.fields };
  });
  const result: ClaimsiftResult = { id, lang: 'eng', publishedAt: '2024-08-27', blocks, mentions, claims: [] };
  return { text, result };
}

/** A claim over the sentence that starts with `sentence`, for the quantity mention `quantity`. */
export function withClaim(doc: ReportDocument, sentence: string, quantity: string, extra: Partial<Claim> = {}): ReportDocument {
  const start = offsetOf(doc.text, sentence);
  const end = start + sentence.length;
  const claim: Claim = {
    id: `c${doc.result.claims.length + 1}`,
    start,
    end,
    text: doc.text.slice(start, end),
    quantity,
    actor: null,
    action: 'arrest',
    period: null,
    source: { quote: null, speaker: null, attributedTo: null },
    confidence: 0.8,
    ...extra,
  };
  return { text: doc.text, result: { ...doc.result, claims: [...doc.result.claims, claim] } };
}
