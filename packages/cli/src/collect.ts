/**
 * Runs every input document through the pipeline in this thread and keeps the texts with their
 * results (for commands that need all documents at once: compare, report). Problems go to stderr.
 */
import { normalizePublishedAt } from '@claimsift/core';
import type { Pipeline, ReportDocument } from '@claimsift/core';
import { expandPaths, readDocuments } from './inputs.js';
import type { InputProblem } from './inputs.js';
import type { CliIO } from './io.js';

export interface Collected {
  readonly documents: ReportDocument[];
  /** Documents or input lines that failed. */
  readonly failures: number;
}

export async function collectResults(paths: readonly string[], pipeline: Pipeline, publishedAt: string | null, io: CliIO): Promise<Collected> {
  const problems: InputProblem[] = [];
  const documents: ReportDocument[] = [];
  let failures = 0;
  for await (const doc of readDocuments(await expandPaths(paths), { stdin: io.stdin, problems })) {
    try {
      const date = doc.publishedAt ? normalizePublishedAt(doc.publishedAt) : publishedAt;
      documents.push({ text: doc.text, result: pipeline.run(doc.text, { id: doc.id, publishedAt: date }) });
    } catch (error) {
      failures++;
      io.stderr.write(`claimsift: error: ${doc.origin}: ${(error as Error).message}\n`);
    }
  }
  for (const p of problems) {
    io.stderr.write(`claimsift: ${p.fatal ? 'error' : 'warning'}: ${p.message}\n`);
    if (p.fatal) failures++;
  }
  return { documents, failures };
}
