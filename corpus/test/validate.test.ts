import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGoldCorpus, validateCorpus, validateGold, validateGroups } from '../validate.js';
import type { GoldDocument } from '../validate.js';

const corpusDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
type Json = Record<string, unknown>;
type Mention = Json & { id: string; type: string; start: number; end: number; text: string };

const docs = loadGoldCorpus(corpusDir);
const clone = <T>(v: T): T => structuredClone(v);
const byId = (id: string) => {
  const d = docs.find((x) => x.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
};
const mentionsOf = (gold: Json) => gold.mentions as Mention[];
const firstOfType = (gold: Json, type: string) => {
  const m = mentionsOf(gold).find((x) => x.type === type);
  if (!m) throw new Error(`no ${type}`);
  return m;
};
/** Errors of a mutated copy of one document's gold. */
const errorsAfter = (doc: GoldDocument, mutate: (gold: Json) => void, text = doc.text) => {
  const gold = clone(doc.gold);
  mutate(gold);
  return validateGold(gold, text, doc.id);
};
const doc0 = byId('000_2a162fb4aae4cc6f');
const doc1 = byId('001_d47a48a71e721d92');

describe('the gold corpus', () => {
  it('validates without a single problem', () => {
    const { docs: all, errors } = validateCorpus(corpusDir);
    expect(errors).toEqual([]);
    expect(all.map((d) => d.id)).toEqual([
      '000_2a162fb4aae4cc6f', '001_d47a48a71e721d92', '002_9b85cbfbf136a6c6', '003_11dce5437cb36bb0', '004_225b89ad2e3b5b0d',
    ]);
  });

  it('has every mention type somewhere and a claim for quantities', () => {
    for (const type of ['quantity', 'agency', 'quote', 'daterange']) {
      expect(docs.some((d) => mentionsOf(d.gold).some((m) => m.type === type))).toBe(true);
    }
    for (const d of docs) expect((d.gold.claims as unknown[]).length).toBeGreaterThan(0);
  });

  it('re-slices every span from the raw text', () => {
    for (const d of docs) {
      for (const m of mentionsOf(d.gold)) {
        expect(d.text.slice(m.start, m.end)).toBe(m.text);
        const sp = m.speaker as Mention | undefined;
        if (sp) expect(d.text.slice(sp.start, sp.end)).toBe(sp.text);
      }
    }
  });
});

describe('validateGold rejects broken copies', () => {
  it('a shifted span', () => {
    const errors = errorsAfter(doc0, (g) => {
      mentionsOf(g)[0]!.start += 1;
    });
    expect(errors.join('\n')).toMatch(/000_2a162fb4aae4cc6f: mention m1: text\.slice\(\d+, \d+\) is/);
  });

  it('a changed text (sha256)', () => {
    const errors = errorsAfter(doc0, () => {}, doc0.text.replace("BEIJING", "BEIJINX"));
    expect(errors).toEqual([expect.stringMatching(/sha256_of_text does not match the text/)]);
  });

  it('a range quantity with a single value', () => {
    const errors = errorsAfter(doc0, (g) => {
      firstOfType(g, 'quantity').approx = 'range';
    });
    expect(errors.join('\n')).toMatch(/approx range needs value null and numbers low <= high/);
  });

  it('an exact quantity without a value', () => {
    const errors = errorsAfter(doc0, (g) => {
      firstOfType(g, 'quantity').value = null;
    });
    expect(errors.join('\n')).toMatch(/approx over needs a number value/);
  });

  it('two overlapping mentions of one type', () => {
    const errors = errorsAfter(doc0, (g) => {
      const q = firstOfType(g, 'quantity');
      const copy = { ...clone(q), id: 'm99', start: q.start + 5, text: doc0.text.slice(q.start + 5, q.end) };
      const list = mentionsOf(g);
      list.splice(list.indexOf(q) + 1, 0, copy);
    });
    expect(errors.join('\n')).toMatch(/mention m99: overlaps m1 of the same type quantity/);
  });

  it('a duplicate id', () => {
    const errors = errorsAfter(doc0, (g) => {
      mentionsOf(g)[1]!.id = 'm1';
    });
    expect(errors.join('\n')).toMatch(/mention m1: duplicate id/);
  });

  it('a claim pointing at a mention that is not a quantity', () => {
    const errors = errorsAfter(doc0, (g) => {
      (g.claims as Json[])[0]!.quantity = firstOfType(g, 'agency').id;
    });
    expect(errors.join('\n')).toMatch(/claims\[0\]: quantity "m\d+" is not a quantity mention id/);
  });

  it('a daterange that ends before it starts', () => {
    const errors = errorsAfter(doc0, (g) => {
      firstOfType(g, 'daterange').startDate = '2025-01-01';
    });
    expect(errors.join('\n')).toMatch(/startDate 2025-01-01 is after endDate 2024-12-31/);
  });

  it('an impossible calendar date', () => {
    const errors = errorsAfter(doc0, (g) => {
      g.anchor = '2024-02-30';
    });
    expect(errors.join('\n')).toMatch(/anchor "2024-02-30" is not an ISO date or null/);
  });

  it('a relative daterange whose anchor is not the document anchor', () => {
    const errors = errorsAfter(doc0, (g) => {
      const d = mentionsOf(g).find((m) => m.type === 'daterange' && m.relative === true)!;
      d.anchor = '2020-01-01';
    });
    expect(errors.join('\n')).toMatch(/anchor "2020-01-01" should be "2024-08-27"/);
  });

  it('an unknown boilerplate reason and a boilerplate entry that is not a whole line', () => {
    const errors = errorsAfter(doc0, (g) => {
      const b = (g.boilerplate as Json[])[0]!;
      b.reason = 'sidebar';
      b.start = (b.start as number) + 1;
      b.text = (b.text as string).slice(1);
    });
    expect(errors.join('\n')).toMatch(/boilerplate\[0\]: reason "sidebar" is not one of/);
    expect(errors.join('\n')).toMatch(/boilerplate\[0\]: is not one whole line of the text/);
  });

  it('a mention inside a boilerplate line', () => {
    const errors = errorsAfter(doc1, (g) => {
      const b = (g.boilerplate as Json[]).find((x) => x.reason === 'caption')!;
      const at = (b.text as string).indexOf('Xinhua');
      const m = { id: 'm99', type: 'agency', start: (b.start as number) + at, end: (b.start as number) + at + 6, text: 'Xinhua', name: 'Xinhua News Agency', acronym: null, category: 'media', parent: null, country: 'CN' };
      const list = mentionsOf(g);
      list.splice(list.findIndex((x) => x.start > m.start), 0, m);
    });
    expect(errors.join('\n')).toMatch(/mention m99: lies in a boilerplate line/);
  });

  it('a quote speaker that does not slice to its text', () => {
    const errors = errorsAfter(doc1, (g) => {
      const sp = firstOfType(g, 'quote').speaker as Json;
      sp.text = 'Jinping';
    });
    expect(errors.join('\n')).toMatch(/quote speaker: text\.slice|speaker: text\.slice/);
  });

  it('an unmarked quote claimed to be marked', () => {
    const errors = errorsAfter(doc0, (g) => {
      firstOfType(g, 'quote').marked = true;
    });
    expect(errors.join('\n')).toMatch(/marked quote without an opening quotation mark before it/);
  });

  it('a quote of fewer than four words', () => {
    const errors = errorsAfter(doc1, (g) => {
      const q = firstOfType(g, 'quote');
      q.end = q.start + 'We must … thoroughly'.length - 'thoroughly'.length - 1;
      q.text = doc1.text.slice(q.start, q.end);
    });
    expect(errors.join('\n')).toMatch(/a quote has at least four words/);
  });
});

describe('validateGroups', () => {
  const groups = JSON.parse(readFileSync(join(corpusDir, 'gold', 'groups.json'), 'utf8')) as Json & { groups: Json[]; mustNotGroup: Json[][] };

  it('accepts groups.json', () => {
    expect(validateGroups(groups, docs)).toEqual([]);
  });

  it('rejects a member that is not a quantity of that document', () => {
    const broken = clone(groups);
    ((broken.groups[0]!.members as Json[])[0]!).quantity = 'm999';
    expect(validateGroups(broken, docs).join('\n')).toMatch(/groups\[0\]: \S+ has no quantity mention m999/);
  });

  it('rejects an unknown document', () => {
    const broken = clone(groups);
    ((broken.groups[1]!.members as Json[])[0]!).doc = '999_missing';
    expect(validateGroups(broken, docs).join('\n')).toMatch(/groups\[1\]: unknown document 999_missing/);
  });

  it('rejects a must-not pair that sits in one group', () => {
    const broken = clone(groups);
    const members = broken.groups[0]!.members as Json[];
    broken.mustNotGroup.push([members[0]!, members[1]!]);
    expect(validateGroups(broken, docs).join('\n')).toMatch(/mustNotGroup\[\d+\]: .* are both in groups\[0\]/);
  });
});

describe('loadGoldCorpus and the CLI on a broken copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimsift-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(corpusDir, dir, { recursive: true, filter: (src) => !src.includes(`${join(corpusDir, 'test')}`) });
  const file = join(dir, 'gold', '002_9b85cbfbf136a6c6.json');
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Json;
  mentionsOf(gold)[0]!.end += 1;
  writeFileSync(file, JSON.stringify(gold));

  it('loadGoldCorpus throws with the problem', () => {
    expect(() => loadGoldCorpus(dir)).toThrow(/002_9b85cbfbf136a6c6: mention m1: text\.slice/);
  });

  it('the CLI exits 1 on the broken copy and 0 on the real corpus', () => {
    const run = (target: string) => spawnSync(process.execPath, ['--import', 'tsx', 'corpus/validate.ts', target], { cwd: repoRoot, encoding: 'utf8' });
    const bad = run(dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/002_9b85cbfbf136a6c6: mention m1/);
    const good = run(corpusDir);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^ok: 5 documents/);
  });
});
