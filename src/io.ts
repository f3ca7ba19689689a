// The streams and environment a run talks to; passed in so that tests drive the CLI in-process.
import type { Writable } from 'node:stream';

export interface OutputStream extends Pick<Writable, 'write' | 'once'> {
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** Writes and, if the stream asks for it, waits until it drains: memory stays flat on long batches. */
export function write(stream: OutputStream, chunk: string): Promise<void> | undefined {
  if (chunk === '') return undefined;
  if (stream.write(chunk)) return undefined;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}
