// The streams and environment a run talks to; passed in so that tests drive the CLI in-process.
import type { Writable } from 'node:stream';
import type { Catalogue } from './i18n/index.js';
import { printable } from './printable.js';

export interface OutputStream extends Pick<Writable, 'write' | 'once' | 'off'> {
  /** Set once the stream is closed, for instance when the reader of a pipe has gone (`clsm check … | head`). */
  destroyed?: boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the process listens for Ctrl-C, SIGTERM and SIGHUP (the bootstrap): `cleanup` runs before it stops. */
  onInterrupt?: (cleanup: () => void) => void;
}

/**
 * Writes and, if the stream asks for it, waits until it drains: memory stays flat on long batches. Once the
 * stream is closed (the reader of a pipe has gone), writes are dropped: the check goes on, so that the exit
 * code still tells whether the profiles have gaps.
 */
export function write(stream: OutputStream, chunk: string): Promise<void> | undefined {
  if (chunk === '' || stream.destroyed) return undefined;
  if (stream.write(chunk)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}

/** One error line on stderr, prefixed with `clsm : `; what it quotes from paths or files cannot act on the terminal. */
export function writeError(io: Io, c: Catalogue, message: string): Promise<void> | undefined {
  return write(io.stderr, message.split('\n').map((line) => `${c.cli.errorPrefix}${printable(line)}\n`).join(''));
}
