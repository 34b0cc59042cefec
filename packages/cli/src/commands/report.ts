import type { CliIO } from '../io.js';
import { UsageError } from '../io.js';

export async function reportCommand(_argv: readonly string[], _io: CliIO): Promise<number> {
  throw new UsageError('the report command is not available in this build');
}
