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

/**
 * Report chunks go straight to the file descriptor when stdout is a file or a device such as /dev/null
 * (a synchronous write per chunk is the cheapest way out); to a pipe or a terminal, through the stream,
 * waiting for it to drain. Gathering chunks into one string first costs more than it saves.
 */
export function stdoutOutput(io: Io): ReportOutput {
  const fd = (io.stdout as { fd?: unknown }).fd;
  if (typeof fd === 'number' && !io.stdout.isTTY) {
    const stat = fs.fstatSync(fd);
    if (stat.isFile() || stat.isCharacterDevice()) return descriptorOutput(fd, () => {});
  }
  return { write: (chunk) => write(io.stdout, chunk), commit: () => {}, abandon: () => {} };
}

function descriptorOutput(fd: number, finish: () => void, cleanUp: () => void = () => {}): ReportOutput {
  return {
    write: (chunk) => {
      if (chunk !== '') fs.writeSync(fd, chunk);
      return undefined;
    },
    commit: finish,
    abandon: cleanUp,
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
  return descriptorOutput(
    fd,
    () => {
      close();
      fs.renameSync(temporary, target);
    },
    () => {
      close();
      fs.rmSync(temporary, { force: true });
    },
  );
}
