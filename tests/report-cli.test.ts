/** `claimsift report` as a real process (built dist): options, output targets and errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const work = mkdtempSync(join(tmpdir(), 'claimsift-report-cli-'));
const ONE = 'corpus/000_2a162fb4aae4cc6f.txt';

function claimsift(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('claimsift report (real process, built dist)', () => {
  it('writes the page to the -o file and says so on stderr', () => {
    const out = join(work, 'one.html');
    const { code, stderr } = claimsift(['report', ONE, '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toBe(`claimsift: wrote ${out} (1 article)\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<article class="doc"/g)).toHaveLength(1);
    expect(html).toContain('data-doc="000_2a162fb4aae4cc6f"');
  });

  it('writes to stdout with -o - and escapes the --title', () => {
    const { code, stdout } = claimsift(['report', ONE, '-o', '-', '--title', 'Figures <script>x</script>']);
    expect(code).toBe(0);
    expect(stdout).toContain('<title>Figures &lt;script&gt;x&lt;/script&gt;</title>');
    expect(stdout).not.toContain('<script>x');
  });

  it('is byte-for-byte the same on a second run', () => {
    expect(claimsift(['report', 'corpus/', '-o', '-']).stdout).toBe(claimsift(['report', 'corpus/', '-o', '-']).stdout);
  });

  it('explains usage mistakes with exit code 2', () => {
    const noOutput = claimsift(['report', ONE]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('report needs -o FILE');
    const noInput = claimsift(['report', '-o', join(work, 'x.html')]);
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toContain('no input');
    const badDate = claimsift(['report', ONE, '-o', '-', '--published-at', 'yesterday']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--published-at');
    const unwritable = claimsift(['report', ONE, '-o', join(work, 'missing-dir', 'x.html')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('cannot write');
    expect(unwritable.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its help', () => {
    const { code, stdout } = claimsift(['report', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('claimsift report [options] <files|dirs> -o report.html');
  });
});
