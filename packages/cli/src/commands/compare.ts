/** `claimsift compare <files|dirs>`: the figures several articles state, grouped, as a table or JSON. */
import { parseArgs } from 'node:util';
import { compareClaims, formatComparisonTable, normalizePublishedAt } from '@claimsift/core';
import { collectResults } from '../collect.js';
import { UsageError, writeChunk } from '../io.js';
import type { CliIO } from '../io.js';
import { buildPipeline, resolveExtractorNames } from '../pipeline.js';

export const COMPARE_HELP = `Usage: claimsift compare [options] <files|dirs>

Extracts claims from every article (directories: their .txt files, sorted) and groups the
claims that state the same figure for the same actor: "agree" when the acts are compatible,
"conflict" when the same figure comes with different acts (arrested / punished) or when
articles give different figures for the same actor, act, unit and period.

Options:
  --format table|json      output format (default: table)
  --published-at DATE      date relative expressions resolve against (YYYY-MM-DD)
  --min-documents N        only groups spanning at least N articles (default: 1)
  -h, --help               show this help

Example:
  claimsift compare corpus/
`;

export async function compareCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'table' },
      'published-at': { type: 'string' },
      'min-documents': { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(COMPARE_HELP);
    return 0;
  }
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`--format must be table or json, not '${values.format}'`);
  const minDocuments = Number(values['min-documents']);
  if (!Number.isInteger(minDocuments) || minDocuments < 1) throw new UsageError('--min-documents must be a whole number of at least 1');
  if (positionals.length === 0) throw new UsageError('no input: give files or directories');
  let publishedAt: string | null;
  try {
    publishedAt = normalizePublishedAt(values['published-at']);
  } catch (error) {
    throw new UsageError(`--published-at: ${(error as Error).message}`);
  }
  const pipeline = buildPipeline({ extractors: resolveExtractorNames(undefined), claims: true });
  const { documents, failures } = await collectResults(positionals, pipeline, publishedAt, io);
  const comparison = compareClaims(documents.map((d) => d.result), { minDocuments });
  const output = values.format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparisonTable(comparison);
  await writeChunk(io.stdout, output);
  return failures > 0 ? 1 : 0;
}
