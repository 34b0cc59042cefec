/** The `claimsift` command: dispatches to a subcommand and turns errors into one-line messages. */
import { ClaimsiftError } from '@claimsift/core';
import { extractCommand } from './commands/extract.js';
import { UsageError } from './io.js';
import type { CliIO } from './io.js';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

const HELP = `Usage: claimsift <command> [options]

Commands:
  extract <files|dirs|->   extract mentions and claims, one JSON result per document
  compare <files|dirs>     group claims across articles: agreeing and conflicting figures
  report <files|dirs> -o report.html
                           a self-contained HTML page showing claims on each article

Run 'claimsift <command> --help' for a command's options.
`;

async function loadCommand(name: string): Promise<Command | undefined> {
  switch (name) {
    case 'extract':
      return extractCommand;
    case 'compare':
      return (await import('./commands/compare.js')).compareCommand as Command;
    case 'report':
      return (await import('./commands/report.js')).reportCommand as Command;
    default:
      return undefined;
  }
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(HELP);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('claimsift 0.1.0\n');
    return 0;
  }
  try {
    const command = await loadCommand(name);
    if (!command) {
      io.stderr.write(`claimsift: unknown command '${name}'\n\n${HELP}`);
      return 2;
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`claimsift: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ClaimsiftError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`claimsift: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`claimsift: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 70;
  }
}
