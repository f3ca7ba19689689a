// Where a report goes: stdout, or a file written atomically (a temporary file renamed at the end).
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from './errors.js';
import type { Catalogue } from './i18n/index.js';
import { write, type Io } from './io.js';

export interface ReportOutput {
  write(chunk: string): Promise<void> | undefined;
  /** Moves the finished report into place. */
  commit(): void;
  /** Removes the temporary file after a failure. */
  abandon(): void;
}

/** Chunks are gathered up to this size before a write: one system call per file would dominate a batch. */
const FLUSH_BYTES = 64 * 1024;

export function stdoutOutput(io: Io): ReportOutput {
  let pending = '';
  return {
    write: (chunk) => {
      pending += chunk;
      if (pending.length < FLUSH_BYTES) return undefined;
      const out = pending;
      pending = '';
      return write(io.stdout, out);
    },
    commit: () => {
      if (pending !== '') io.stdout.write(pending);
      pending = '';
    },
    abandon: () => {
      pending = '';
    },
  };
}

/** Refuses, before any work, an output path that cannot be written or that would overwrite an input profile. */
export function checkOutputPath(c: Catalogue, io: Io, output: string, inputs: readonly string[]): string {
  const absolute = path.resolve(io.cwd, output);
  const directory = path.dirname(absolute);
  if (!fs.existsSync(directory) || !fs.statSync(directory).isDirectory()) throw new UserError(c.cli.outputDirMissing(output, path.dirname(output)));
  if (fs.existsSync(absolute)) {
    if (fs.statSync(absolute).isDirectory()) throw new UserError(c.cli.outputIsDirectory(output));
    const real = fs.realpathSync(absolute);
    if (inputs.some((input) => input === real || (fs.existsSync(input) && fs.realpathSync(input) === real)) || /\.ya?ml$/i.test(absolute)) {
      throw new UserError(c.cli.outputIsInput(output));
    }
  }
  return absolute;
}

export function fileOutput(c: Catalogue, target: string, shown: string): ReportOutput {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(temporary, 'wx');
  } catch (error) {
    throw new UserError(c.cli.outputWriteFailed(shown, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  let closed = false;
  const close = () => {
    if (!closed) fs.closeSync(fd);
    closed = true;
  };
  let pending = '';
  return {
    write: (chunk) => {
      pending += chunk;
      if (pending.length >= FLUSH_BYTES) {
        fs.writeSync(fd, pending);
        pending = '';
      }
      return undefined;
    },
    commit: () => {
      if (pending !== '') fs.writeSync(fd, pending);
      close();
      fs.renameSync(temporary, target);
    },
    abandon: () => {
      close();
      fs.rmSync(temporary, { force: true });
    },
  };
}

