/**
 * ReDoS check: every regular expression in the shipped code — literals in the sources and
 * the patterns the built-in stages compile from data at run time — must be linear-time
 * according to recheck. A vulnerable one fails CI with its file and the attack string.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '@claimsift/core';
import * as core from '@claimsift/core';
import { defaultExtractors } from '@claimsift/extractors';

const root = fileURLToPath(new URL('../', import.meta.url));
const SOURCE_DIRS = ['packages/core/src', 'packages/extractors/src', 'packages/cli/src'];

interface Found {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function literalsIn(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const slash = literal.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push({ where: `${relative(root, file)}:${line + 1}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function runtimePatterns(): Found[] {
  const fromStages = createPipeline({ extractors: defaultExtractors() }).patterns;
  // Modules of core that compile patterns from data export them as `…Patterns` / `…_PATTERNS` arrays.
  const exported = Object.entries(core)
    .filter(([name, value]) => /patterns$/i.test(name) && Array.isArray(value))
    .flatMap(([, value]) => value as unknown[]);
  return [...fromStages, ...exported]
    .filter((p): p is RegExp => p instanceof RegExp)
    .map((re, i) => ({ where: `runtime pattern #${i}`, source: re.source, flags: re.flags }));
}

function unique(list: Found[]): Found[] {
  const seen = new Map<string, Found>();
  for (const f of list) {
    const key = `/${f.source}/${f.flags.replace(/g/g, '')}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}

function check(f: Found): string | null {
  // Sticky (y) patterns are checked as sticky: they match at lastIndex only, never scan ahead.
  const result = checkSync(f.source, f.flags.replace(/g/g, ''), { timeout: 120_000 });
  if (result.status === 'safe') return null;
  if (result.status === 'vulnerable') {
    return `${f.where}: /${f.source}/${f.flags} is ${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern)})`;
  }
  return `${f.where}: /${f.source}/${f.flags} could not be proven safe (${result.status}: ${'error' in result ? JSON.stringify(result.error) : ''})`;
}

describe('ReDoS check (recheck)', () => {
  it('finds a vulnerable pattern when there is one', () => {
    expect(check({ where: 'example', source: '^(a+)+$', flags: '' })).toMatch(/exponential/);
    expect(check({ where: 'example', source: '(\\d+,?)+x', flags: '' })).toMatch(/exponential|polynomial/);
  });

  it('proves every regular expression literal in the sources linear', () => {
    const literals = unique(SOURCE_DIRS.flatMap((dir) => sourceFiles(join(root, dir))).flatMap(literalsIn));
    expect(literals.length).toBeGreaterThan(5);
    const problems = literals.map(check).filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  }, 1_200_000);

  it('proves every pattern the built-in stages compile from data linear', () => {
    const patterns = unique(runtimePatterns());
    const problems = patterns.map(check).filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  }, 1_200_000);
});
