/** `claimsift extract`: one result per document, as JSON Lines (default) or one JSON array. */
import { parseArgs } from 'node:util';
import { normalizePublishedAt } from '@claimsift/core';
import { expandPaths, readDocuments } from '../inputs.js';
import type { InputFormat, InputProblem } from '../inputs.js';
import { OutputClosedError, UsageError, writeChunk } from '../io.js';
import type { CliIO } from '../io.js';
import { resolveExtractorNames } from '../pipeline.js';
import { createProgress } from '../progress.js';
import { createRunner, defaultWorkerCount } from '../runner.js';

export const EXTRACT_HELP = `Usage: claimsift extract [options] <files|dirs|->

Extracts quantities, agencies, quotes and date ranges, and assembles claims, from news
article text. Prints one result per document (SPEC §2 shape), in input order.

Inputs:
  a text file (.txt), a directory (its .txt and .jsonl files, sorted), or - for stdin.
  JSON Lines files (.jsonl/.ndjson, or --input-format jsonl) hold one document per line:
  {"id": "a1", "text": "...", "publishedAt": "2023-05-26"}

Options:
  --published-at DATE        date relative expressions resolve against (YYYY-MM-DD);
                             a JSON line's own publishedAt wins
  --format jsonl|json        jsonl: one compact result per line (default);
                             json: one indented JSON array
  --extractors LIST          comma-separated: quantities,agencies,quotes,dateranges (default: all)
  --no-claims                skip claim assembly
  --input-format text|jsonl  how to read inputs (default: by extension; stdin: text)
  --workers N                worker threads (default: the number of cores; 1 = no threads)
  --max-length N             largest document accepted, in UTF-16 units (default 50000000)
  -h, --help                 show this help

Examples:
  claimsift extract corpus/
  claimsift extract --published-at 2023-05-26 article.txt
  cat docs.jsonl | claimsift extract --input-format jsonl - > results.jsonl
  claimsift extract --extractors quantities,dateranges --format json a.txt b.txt
`;

export async function extractCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'published-at': { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      extractors: { type: 'string' },
      'no-claims': { type: 'boolean', default: false },
      'input-format': { type: 'string' },
      workers: { type: 'string' },
      'max-length': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(EXTRACT_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'jsonl' && format !== 'json') throw new UsageError(`--format must be jsonl or json, got '${format}'`);
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && inputFormat !== 'text' && inputFormat !== 'jsonl') throw new UsageError(`--input-format must be text or jsonl, got '${inputFormat}'`);
  let defaultPublishedAt: string | null;
  try {
    defaultPublishedAt = normalizePublishedAt(values['published-at']);
  } catch (error) {
    throw new UsageError(`--published-at: ${(error as Error).message}`);
  }
  const workers = parseCount(values.workers, '--workers') ?? defaultWorkerCount();
  const maxLength = parseCount(values['max-length'], '--max-length');
  let extractors: string[];
  try {
    extractors = resolveExtractorNames(values.extractors);
  } catch (error) {
    throw new UsageError(`--extractors: ${(error as Error).message}`);
  }
  if (positionals.length === 0) throw new UsageError('no input: give files, directories or - for stdin (see claimsift extract --help)');

  const paths = await expandPaths(positionals);
  const problems: InputProblem[] = [];
  const runner = createRunner({ extractors, claims: !values['no-claims'], ...(maxLength !== undefined ? { maxLength } : {}) }, workers);
  const progress = createProgress(io.stderr, paths.includes('-') || paths.some((p) => p.endsWith('.jsonl')) ? null : paths.length);
  let failures = 0;
  let written = 0;
  const reported = new Set<InputProblem>();
  const reportProblems = () => {
    for (const p of problems) {
      if (reported.has(p)) continue;
      reported.add(p);
      io.stderr.write(`claimsift: ${p.fatal ? 'error' : 'warning'}: ${p.message}\n`);
      if (p.fatal) failures++;
    }
  };
  const write = async (json: string) => {
    if (format === 'jsonl') await writeChunk(io.stdout, `${json}\n`);
    else await writeChunk(io.stdout, `${written === 0 ? '[\n' : ',\n'}${indent(json)}`);
    written++;
  };

  const pending: { id: string; origin: string; size: number; result: Promise<string> }[] = [];
  const flushOne = async () => {
    const next = pending.shift();
    if (!next) return;
    try {
      const json = await next.result;
      await write(json);
    } catch (error) {
      if (error instanceof OutputClosedError) throw error;
      failures++;
      io.stderr.write(`claimsift: error: document '${next.id}' (${next.origin}) failed: ${(error as Error).message}\n`);
    }
    progress.tick(next.size);
  };

  try {
    for await (const doc of readDocuments(paths, { ...(inputFormat ? { format: inputFormat as InputFormat } : {}), stdin: io.stdin, problems })) {
      reportProblems();
      let publishedAt: string | null;
      try {
        publishedAt = doc.publishedAt ? normalizePublishedAt(doc.publishedAt) : defaultPublishedAt;
      } catch (error) {
        failures++;
        io.stderr.write(`claimsift: error: ${doc.origin}: ${(error as Error).message}\n`);
        continue;
      }
      const result = runner.run({ id: doc.id, text: doc.text, publishedAt });
      result.catch(() => {}); // handled in flushOne; avoids an unhandled-rejection warning meanwhile
      pending.push({ id: doc.id, origin: doc.origin, size: doc.text.length, result });
      while (pending.length >= runner.window) await flushOne();
    }
    while (pending.length > 0) await flushOne();
    reportProblems();
    if (format === 'json') await writeChunk(io.stdout, written === 0 ? '[]\n' : '\n]\n');
  } catch (error) {
    if (error instanceof OutputClosedError) return 0; // the reader left (e.g. `| head`): stop quietly
    throw error;
  } finally {
    progress.done();
    await runner.close();
  }
  return failures > 0 ? 1 : 0;
}

function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number, got '${value}'`);
  return n;
}

function indent(json: string): string {
  return JSON.stringify(JSON.parse(json), null, 2).replace(/^/gm, '  ');
}
