/**
 * Seed-level checks against the gold corpus (corpus/gold): claims assembled over the gold
 * mentions must fill actor, action and period as the annotators did, and comparing the five
 * seed articles must give exactly the groups of corpus/gold/groups.json, with their statuses,
 * and never put a must-not-group pair together. Skipped when the gold files are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDocument } from '@claimsift/core';
import type { Claim, ClaimsiftResult, Mention } from '@claimsift/core';
import { assembleClaims, compareClaims } from '../../src/claims/index.js';

const corpus = fileURLToPath(new URL('../../../../corpus/', import.meta.url));
const gold = `${corpus}gold/`;

interface GoldClaim {
  readonly quantity: string;
  readonly actor: string | null;
  readonly action: string | null;
  readonly period: { readonly startDate: string | null; readonly endDate: string | null } | null;
  readonly speaker: string | null;
}
interface GoldFile {
  readonly publishedAt: string | null;
  readonly mentions: Mention[];
  readonly claims?: GoldClaim[];
}
interface GroupRef {
  readonly doc: string;
  readonly quantity: string;
}

const stems = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.txt') && existsSync(`${gold}${f.replace(/\.txt$/, '.json')}`))
      .map((f) => f.replace(/\.txt$/, ''))
      .sort()
  : [];

function resultOf(stem: string): { result: ClaimsiftResult; file: GoldFile } {
  const file = JSON.parse(readFileSync(`${gold}${stem}.json`, 'utf8')) as GoldFile;
  const text = readFileSync(`${corpus}${stem}.txt`, 'utf8');
  const doc = createDocument(text, { id: stem, publishedAt: file.publishedAt });
  doc.setMentions(file.mentions);
  const claims = assembleClaims()
    .assemble(doc, file.mentions)
    .map((c, i) => ({ id: `c${i + 1}`, text: text.slice(c.start, c.end), ...c }) as Claim);
  return { result: { id: stem, lang: 'eng', publishedAt: file.publishedAt, blocks: [], mentions: file.mentions, claims }, file };
}

describe.skipIf(stems.length === 0)('seed articles (gold mentions)', () => {
  const docs = stems.map(resultOf);

  it('fills actor, action and period as the gold claims (slot accuracy >= 0.85)', () => {
    const agree = { actor: 0, action: 0, period: 0 };
    let total = 0;
    const misses: string[] = [];
    for (const { result, file } of docs) {
      const byId = new Map(result.mentions.map((m) => [m.id, m]));
      for (const g of file.claims ?? []) {
        const c = result.claims.find((x) => x.quantity === g.quantity);
        total++;
        if (!c) continue;
        const actor = c.actor ? byId.get(c.actor) : undefined;
        const period = c.period ? byId.get(c.period) : undefined;
        const slots = {
          actor: ((actor?.name as string | undefined) ?? null) === g.actor,
          action: c.action === g.action,
          period: ((period?.startDate as string | null | undefined) ?? null) === (g.period?.startDate ?? null) && ((period?.endDate as string | null | undefined) ?? null) === (g.period?.endDate ?? null),
        };
        for (const k of ['actor', 'action', 'period'] as const) {
          if (slots[k]) agree[k]++;
          else misses.push(`${result.id} ${g.quantity} ${k}`);
        }
      }
    }
    expect(total).toBeGreaterThan(0);
    for (const k of ['actor', 'action', 'period'] as const) expect(agree[k] / total, `${k} misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it.skipIf(!existsSync(`${gold}groups.json`))('groups the figures exactly as corpus/gold/groups.json', () => {
    const expected = JSON.parse(readFileSync(`${gold}groups.json`, 'utf8')) as { groups: { status: string; members: GroupRef[] }[]; mustNotGroup: GroupRef[][] };
    const key = (r: GroupRef) => `${r.doc}:${r.quantity}`;
    const comparison = compareClaims(docs.map((d) => d.result));
    const got = comparison.groups.map((g) => `${g.status} ${g.members.map(key).sort().join(' ')}`).sort();
    const want = expected.groups.map((g) => `${g.status} ${g.members.map(key).sort().join(' ')}`).sort();
    expect(got).toEqual(want);
    for (const [a, b] of expected.mustNotGroup.map((pair) => pair.map(key))) {
      expect(comparison.groups.some((g) => g.members.some((m) => key(m) === a) && g.members.some((m) => key(m) === b)), `${a} with ${b}`).toBe(false);
    }
  });
});
