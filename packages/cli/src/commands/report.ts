/** `claimsift report <files|dirs> -o report.html`: the self-contained visual report. */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compareClaims, normalizePublishedAt, renderHtml } from '@claimsift/core';
import { collectResults } from '../collect.js';
import { UsageError } from '../io.js';
import type { CliIO } from '../io.js';
import { buildPipeline, resolveExtractorNames } from '../pipeline.js';

export const REPORT_HELP = `Usage: claimsift report [options] <files|dirs> -o report.html

Writes one self-contained HTML page (no network, no external files) showing each article
with boilerplate greyed, mentions highlighted by type, their fields on click, the claims
beside the text and, for several articles, the agreeing and conflicting figures.

Options:
  -o, --output FILE        where to write the page (required; - for stdout)
  --published-at DATE      date relative expressions resolve against (YYYY-MM-DD)
  --extractors LIST        comma-separated: quantities,agencies,quotes,dateranges (default: all)
  --title TEXT             the page title
  -h, --help               show this help

Example:
  claimsift report corpus/ -o report.html
`;

export async function reportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'published-at': { type: 'string' },
      extractors: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return 0;
  }
  if (!values.output) throw new UsageError('report needs -o FILE (see claimsift report --help)');
  if (positionals.length === 0) throw new UsageError('no input: give files or directories');
  let publishedAt: string | null;
  try {
    publishedAt = normalizePublishedAt(values['published-at']);
  } catch (error) {
    throw new UsageError(`--published-at: ${(error as Error).message}`);
  }
  let extractors: string[];
  try {
    extractors = resolveExtractorNames(values.extractors);
  } catch (error) {
    throw new UsageError(`--extractors: ${(error as Error).message}`);
  }
  const pipeline = buildPipeline({ extractors, claims: true });
  const { documents, failures } = await collectResults(positionals, pipeline, publishedAt, io);
  const comparison = documents.length > 1 ? compareClaims(documents.map((d) => d.result)) : null;
  const html = renderHtml(documents, { comparison, ...(values.title ? { title: values.title } : {}) });
  if (values.output === '-') io.stdout.write(html);
  else {
    try {
      await writeFile(values.output, html, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot write '${values.output}': ${(error as Error).message}`);
    }
    io.stderr.write(`claimsift: wrote ${values.output} (${documents.length} article${documents.length === 1 ? '' : 's'})\n`);
  }
  return failures > 0 ? 1 : 0;
}
