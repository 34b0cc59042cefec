/** A one-line progress display on stderr, only when stderr is a terminal. */
export interface Progress {
  tick(bytes: number): void;
  done(): void;
}

export function createProgress(stderr: NodeJS.WritableStream, total: number | null): Progress {
  const tty = (stderr as NodeJS.WriteStream).isTTY === true;
  if (!tty || (total !== null && total < 10)) return { tick() {}, done() {} };
  const started = Date.now();
  let count = 0;
  let bytes = 0;
  let lastDraw = 0;
  const draw = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = (bytes / 1e6 / seconds).toFixed(2);
    const width = 24;
    const bar = total ? '#'.repeat(Math.round((count / total) * width)).padEnd(width, '.') : '';
    stderr.write(`\r${total ? `[${bar}] ${count}/${total}` : `${count}`} documents, ${rate} MB/s `);
  };
  return {
    tick(size) {
      count++;
      bytes += size;
      const now = Date.now();
      if (now - lastDraw > 100) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      draw();
      stderr.write('\n');
    },
  };
}
