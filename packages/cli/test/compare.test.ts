import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');

interface Member {
  doc: string;
  text: string;
}
interface Group {
  status: string;
  members: Member[];
}

function compare(args: string[]) {
  const run = spawnSync(process.execPath, [bin, 'compare', ...args], { encoding: 'utf8', cwd: root });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('claimsift compare (real process)', () => {
  const { code, stdout, stderr } = compare(['--format', 'json', 'corpus/']);
  const groups = (JSON.parse(stdout) as { groups: Group[] }).groups;
  const docsOf = (g: Group) => [...new Set(g.members.map((m) => m.doc.slice(0, 3)))].sort();

  it('exits 0 with JSON groups', () => {
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(groups.length).toBeGreaterThan(0);
  });

  it('flags the 25,000 arrested-versus-punished discrepancy between 000 and 003 as a conflict', () => {
    const conflicts = groups.filter((g) => g.status === 'conflict');
    const about25k = conflicts.find((g) => g.members.every((m) => m.text.includes('25,000')));
    expect(about25k).toBeDefined();
    expect(docsOf(about25k as Group)).toEqual(['000', '003']);
  });

  it('groups the CAC figures of 002 and 004 as agreeing despite different approximators', () => {
    const cac = groups.filter((g) => g.status === 'agree' && docsOf(g).join() === '002,004');
    const texts = cac.flatMap((g) => g.members.map((m) => m.text));
    expect(texts.some((t) => /^around 67,000/.test(t))).toBe(true);
    expect(texts.some((t) => /^as many as 67,000/.test(t))).toBe(true);
    expect(cac.length).toBeGreaterThanOrEqual(5);
  });

  it('never merges the earlier 001 campaign with another article', () => {
    for (const g of groups) {
      const docs = docsOf(g);
      if (docs.includes('001')) expect(docs).toEqual(['001']);
    }
  });

  it('prints a readable table by default', () => {
    const table = compare(['corpus/']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/CONFLICT/);
    expect(table.stdout).toMatch(/AGREE/);
  });

  it('fails clearly without inputs', () => {
    const none = compare([]);
    expect(none.code).toBeGreaterThan(0);
    expect(none.stderr).toMatch(/claimsift: /);
    expect(none.stderr).not.toMatch(/\n\s+at /);
  });
});
