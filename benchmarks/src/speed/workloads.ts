/**
 * Speed workloads: the corpus as many small documents, the same text as one document, real
 * news pages (when ../shared/benchdata exists), documents of growing size, and adversarial
 * inputs next to normal text of the same size.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SpeedDocument {
  readonly id: string;
  readonly text: string;
}

export interface Workload {
  readonly name: string;
  readonly group: 'corpus' | 'real' | 'size' | 'adversarial';
  readonly docs: readonly SpeedDocument[];
  /** For adversarial inputs: the workload of normal text of the same size to compare with. */
  readonly baseline?: string;
}

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const benchdataDir = join(repoRoot, '..', 'shared', 'benchdata');

export function corpusTexts(): string[] {
  const dir = join(repoRoot, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * Normal news text of about `size` UTF-16 units, built from whole corpus paragraphs. Each copy of
 * a paragraph gets a distinct closing word, so that no line repeats: repeated lines are page
 * furniture to the block classifier and would be skipped, which would flatter the timing.
 */
export function newsTextOfSize(size: number): string {
  const paragraphs = corpusTexts().flatMap((t) => t.split('\n')).filter((p) => p.trim().length > 0);
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = `${paragraphs[i % paragraphs.length] as string} ${distinctWord(i)}`;
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n').slice(0, size);
}

/** "ba", "ca", … : a lower-case letter word of its own for every index. */
function distinctWord(i: number): string {
  let word = '';
  let n = i + 26;
  while (n > 0) {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  }
  return word;
}

const SIZES: readonly [string, number][] = [
  ['1KB', 1_000],
  ['10KB', 10_000],
  ['100KB', 100_000],
  ['1MB', 1_000_000],
  ['10MB', 10_000_000],
];

export function buildWorkloads(): Workload[] {
  const corpus = corpusTexts();
  const workloads: Workload[] = [
    { name: 'corpus x10 (50 docs)', group: 'corpus', docs: Array.from({ length: 10 }, (_, k) => corpus.map((text, i) => ({ id: `c${k}-${i}`, text }))).flat() },
    { name: 'corpus as one doc', group: 'corpus', docs: [{ id: 'one', text: corpus.join('\n\n') }] },
  ];
  const pages = join(benchdataDir, 'boilerplate.dev.jsonl');
  if (existsSync(pages)) {
    const docs = readFileSync(pages, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .map(({ id, text }) => ({ id, text }));
    workloads.push({ name: `real pages (${docs.length} docs)`, group: 'real', docs });
    // The slowest peer (Recognizers-Text, ~0.012 MB/s) needs over a minute per run on all pages:
    // the leading pages up to 100 KB give every system the same real-page sample.
    const sample: SpeedDocument[] = [];
    for (let size = 0; size < 100_000 && sample.length < docs.length; size += (docs[sample.length] as SpeedDocument).text.length) sample.push(docs[sample.length] as SpeedDocument);
    workloads.push({ name: `real pages sample (${sample.length} docs)`, group: 'real', docs: sample });
  }
  // Built on first use: a measuring child builds only its own workload (its peak RSS is the system's).
  for (const [name, size] of SIZES) workloads.push(lazyWorkload(`size ${name}`, 'size', () => [{ id: name, text: newsTextOfSize(size) }]));
  const adversarial = (name: string, text: string): Workload => ({
    name,
    group: 'adversarial',
    docs: [{ id: name, text }],
    baseline: `normal ${Math.round(text.length / 1000)}KB`,
  });
  const digits = Array.from({ length: 25_000 }, (_, i) => String(1000 + (i % 9000))).join(',');
  const list = [
    adversarial('100,000 digits with separators', digits),
    adversarial('50,000 quote marks', '"“”«»'.repeat(10_000)),
    adversarial('1 MB without white space', 'abc1,2.3"x'.repeat(100_000)),
    adversarial('1 MB of one word', 'rumours '.repeat(125_000)),
  ];
  const baselines = new Map<string, Workload>();
  for (const w of list) {
    const size = (w.docs[0] as SpeedDocument).text.length;
    const name = `normal ${Math.round(size / 1000)}KB`;
    if (!baselines.has(name)) baselines.set(name, lazyWorkload(name, 'adversarial', () => [{ id: name, text: newsTextOfSize(size) }]));
  }
  return [...workloads, ...baselines.values(), ...list];
}

function lazyWorkload(name: string, group: Workload['group'], build: () => SpeedDocument[]): Workload {
  let docs: SpeedDocument[] | undefined;
  return {
    name,
    group,
    get docs() {
      return (docs ??= build());
    },
  };
}

export function bytesOf(docs: readonly SpeedDocument[]): number {
  return docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
}
