/**
 * Input documents for the CLI: text files, directories of them, stdin, and JSON Lines
 * (`{id, text, publishedAt?}` per line). Documents are yielded lazily, one at a time, so a
 * JSON Lines stream of any size runs in constant memory.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { UsageError } from './io.js';

export interface InputDocument {
  readonly id: string;
  readonly text: string;
  readonly publishedAt?: string | null;
  /** Where it came from, for messages ("a.txt", "docs.jsonl:12"). */
  readonly origin: string;
}

/** A problem with one input that does not stop the others (bad JSON line, invalid UTF-8). */
export interface InputProblem {
  readonly origin: string;
  readonly message: string;
  readonly fatal: boolean;
}

export type InputFormat = 'text' | 'jsonl';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** Expands paths: files stay, directories give their text (and JSON Lines) files, sorted. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push(path);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(path);
    } catch (error) {
      throw new UsageError(`cannot read '${path}': ${describeFsError(error)}`);
    }
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(path, { withFileTypes: true }))
        .filter((e) => e.isFile() && (TEXT_EXTENSIONS.has(extname(e.name).toLowerCase()) || JSONL_EXTENSIONS.has(extname(e.name).toLowerCase())))
        .map((e) => join(path, e.name))
        .sort();
      if (entries.length === 0) throw new UsageError(`directory '${path}' holds no text files (.txt, .text) or JSON Lines files (.jsonl, .ndjson)`);
      out.push(...entries);
    } else {
      out.push(path);
    }
  }
  return out;
}

export function formatOf(path: string, requested: InputFormat | undefined): InputFormat {
  if (requested) return requested;
  return JSONL_EXTENSIONS.has(extname(path).toLowerCase()) ? 'jsonl' : 'text';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Decodes UTF-8; invalid bytes become U+FFFD and a problem is reported, never silently. */
export function decodeUtf8(bytes: Uint8Array, origin: string, problems: InputProblem[]): string {
  try {
    return utf8.decode(bytes);
  } catch {
    problems.push({ origin, message: `${origin} is not valid UTF-8; decoded with replacement characters (U+FFFD)`, fatal: false });
    return utf8Lenient.decode(bytes);
  }
}

export async function* readDocuments(
  paths: readonly string[],
  options: { format?: InputFormat; stdin: NodeJS.ReadableStream; problems: InputProblem[] },
): AsyncGenerator<InputDocument> {
  for (const path of paths) {
    const format = path === '-' ? (options.format ?? 'text') : formatOf(path, options.format);
    if (format === 'jsonl') {
      const stream = path === '-' ? options.stdin : createReadStream(path);
      yield* readJsonLines(stream, path === '-' ? 'stdin' : path, options.problems);
    } else if (path === '-') {
      const text = decodeUtf8(await readAll(options.stdin), 'stdin', options.problems);
      yield { id: 'stdin', text, origin: 'stdin' };
    } else {
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(path);
      } catch (error) {
        throw new UsageError(`cannot read '${path}': ${describeFsError(error)}`);
      }
      yield { id: stem(path), text: decodeUtf8(bytes, path, options.problems), origin: path };
    }
  }
}

async function* readJsonLines(stream: NodeJS.ReadableStream, origin: string, problems: InputProblem[]): AsyncGenerator<InputDocument> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const where = `${origin}:${lineNumber}`;
    const doc = parseJsonLine(line, where);
    if (typeof doc === 'string') {
      problems.push({ origin: where, message: `${where}: ${doc}`, fatal: true });
      continue;
    }
    yield doc;
  }
}

/** One JSON Lines record, or the reason it is not one. */
export function parseJsonLine(line: string, where: string): InputDocument | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object {"id", "text", "publishedAt"?}';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return 'field "text" must be a string';
  if (record.id !== undefined && typeof record.id !== 'string' && typeof record.id !== 'number') return 'field "id" must be a string';
  if (record.publishedAt !== undefined && record.publishedAt !== null && typeof record.publishedAt !== 'string') return 'field "publishedAt" must be a date string';
  return {
    id: record.id === undefined ? where : String(record.id),
    text: record.text,
    publishedAt: (record.publishedAt as string | null | undefined) ?? null,
    origin: where,
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function stem(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}
