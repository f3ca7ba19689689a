// Drives the CLI in-process with captured streams.
import { PassThrough, Writable } from 'node:stream';
import { run } from '../../src/cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  isTTY: boolean;
  columns: number | undefined;
  constructor(isTTY = false, columns?: number) {
    super();
    this.isTTY = isTTY;
    this.columns = columns;
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  /** The terminal width when `tty` is set (120 by default). */
  columns?: number;
}

export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  const stdout = new Capture(options.tty ?? false, options.tty ? (options.columns ?? 120) : undefined);
  const stderr = new Capture();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await run(argv, { stdout, stderr, stdin, cwd: options.cwd ?? process.cwd(), env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
