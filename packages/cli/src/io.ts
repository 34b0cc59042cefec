/** Where a command reads and writes: real streams in the binary, fakes in tests. */
export interface CliIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** A failure the user can fix: printed as one line, never as a stack trace. */
export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UsageError';
    this.exitCode = exitCode;
  }
}

/** Thrown when the reader of stdout went away (EPIPE): stop quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed');
    this.name = 'OutputClosedError';
  }
}

/** Writes one chunk and waits for the stream to drain when it asks to (backpressure). */
export function writeChunk(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const onError = (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      reject(error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' ? new OutputClosedError() : error);
    };
    stream.once('error', onError);
    const done = () => {
      if (settled) return;
      settled = true;
      stream.removeListener('error', onError);
      resolve();
    };
    try {
      if (stream.write(chunk)) done();
      else stream.once('drain', done);
    } catch (error) {
      onError(error as NodeJS.ErrnoException);
    }
  });
}

export function warn(io: CliIO, message: string): void {
  io.stderr.write(`claimsift: warning: ${message}\n`);
}
