import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const corpus = join(root, 'corpus');

function claimsift(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const corpusFiles = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();

describe('claimsift extract (real process, built dist)', () => {
  it('prints one SPEC-shaped result per corpus article, in file order, with exact spans', () => {
    const { code, stdout, stderr } = claimsift(['extract', '--workers', '1', 'corpus/']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const results = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.id)).toEqual(corpusFiles.map((f) => f.replace(/\.txt$/, '')));
    for (const r of results) {
      const text = readFileSync(join(corpus, `${r.id}.txt`), 'utf8');
      expect(Object.keys(r)).toEqual(['id', 'lang', 'publishedAt', 'blocks', 'mentions', 'claims']);
      expect(r.blocks.at(-1).end).toBe(text.length);
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('gives the same output with a worker pool as in one thread', () => {
    const one = claimsift(['extract', '--workers', '1', 'corpus/']);
    const two = claimsift(['extract', '--workers', '2', 'corpus/']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reads JSON Lines from stdin and names bad lines by number', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Police arrested 25 people on Friday.', publishedAt: '2024-05-26' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 7 }),
      JSON.stringify({ id: 'd', text: 'Another article.' }),
    ].join('\n');
    const { code, stdout, stderr } = claimsift(['extract', '--input-format', 'jsonl', '--workers', '1', '-'], lines);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
    expect(JSON.parse(stdout.split('\n')[0] as string).publishedAt).toBe('2024-05-26');
    expect(stderr).toContain('stdin:2: invalid JSON');
    expect(stderr).toContain('stdin:3: field "text" must be a string');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reads plain text from stdin', () => {
    const { code, stdout } = claimsift(['extract', '--workers', '1', '-'], 'Some text.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('stdin');
  });

  it('prints one JSON array with --format json', () => {
    const { code, stdout } = claimsift(['extract', '--format', 'json', '--workers', '1', 'corpus/']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(corpusFiles.length);
  });

  it('fails clearly on missing paths, empty directories, bad dates and unknown options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsift-'));
    mkdirSync(join(dir, 'empty'));
    const cases: [string[], RegExp][] = [
      [['extract', join(dir, 'missing.txt')], /cannot read .*missing\.txt.*no such file/],
      [['extract', join(dir, 'empty')], /holds no text files/],
      [['extract', '--published-at', '2023-13-45', 'corpus/'], /--published-at: publishedAt must be a calendar date/],
      [['extract', '--bogus', 'corpus/'], /bogus/],
      [['extract', '--extractors', 'quantities,nonsense', 'corpus/'], /unknown extractor 'nonsense'/],
      [['extract'], /no input/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = claimsift(args);
      expect(code, args.join(' ')).toBeGreaterThan(0);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
    }
  });

  it('decodes invalid UTF-8 with replacement characters and warns naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsift-'));
    const file = join(dir, 'bad.txt');
    writeFileSync(file, Buffer.from([0x4f, 0x6b, 0xff, 0xfe, 0x20, 0x31, 0x32]));
    const { code, stdout, stderr } = claimsift(['extract', '--workers', '1', file]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/bad\.txt is not valid UTF-8/);
    const result = JSON.parse(stdout);
    expect(result.blocks.at(-1).end).toBe('Ok\ufffd\ufffd 12'.length);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsift-'));
    const many = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'Over 25,000 people were arrested this year. '.repeat(20) })).join('\n');
    writeFileSync(join(dir, 'many.jsonl'), many);
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} extract --workers 1 ${JSON.stringify(join(dir, 'many.jsonl'))} | head -n 1`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe('d0');
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('with worker threads, reports a failing document by its id and goes on with the rest', () => {
    const lines = [
      JSON.stringify({ id: 'ok-1', text: 'Police arrested 25 people.' }),
      JSON.stringify({ id: 'too-big', text: 'x'.repeat(5000) }),
      JSON.stringify({ id: 'ok-2', text: 'The ministry closed 3,000 accounts.' }),
    ].join('\n');
    const { code, stdout, stderr } = claimsift(['extract', '--input-format', 'jsonl', '--workers', '2', '--max-length', '1000', '-'], lines);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['ok-1', 'ok-2']);
    expect(stderr).toMatch(/document 'too-big' .* failed: .*more than the limit of 1000/);
  });

  it('prints help with examples', () => {
    const { code, stdout } = claimsift(['extract', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:/);
  });
});
