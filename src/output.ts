// Where a report goes: stdout, or a file written atomically. A report is only ever written to a new name or over
// an existing regular file that is not a profile, through a temporary file with a unique name in the same folder,
// renamed into place at the end and removed on every other way out (error, Ctrl-C, SIGTERM).
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

/** A checked output path: where to write, and how the user wrote it (for messages). */
export interface OutputPath {
  absolute: string;
  shown: string;
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
    if (stat.isFile() || stat.isCharacterDevice()) {
      return {
        write: (chunk) => {
          if (chunk !== '') fs.writeSync(fd, chunk);
          return undefined;
        },
        commit: () => {},
        abandon: () => {},
      };
    }
  }
  return { write: (chunk) => write(io.stdout, chunk), commit: () => {}, abandon: () => {} };
}

const PROFILE_EXTENSION = /\.ya?ml$/i;

/**
 * Refuses, before any work, an output path that cannot be written or must not be replaced: a missing folder, a
 * folder, a profile (an input, or any `.yaml`/`.yml`), a device, a FIFO, a socket. `-` is standard output
 * (undefined). A link to a regular file writes to its target and leaves the link in place.
 */
export function checkOutputPath(c: Catalogue, io: Io, output: string, inputs: readonly string[]): OutputPath | undefined {
  if (output === '-') return undefined;
  if (output === '') throw new UserError(c.cli.outputEmpty());
  let absolute = path.resolve(io.cwd, output);
  const directory = path.dirname(absolute);
  if (!isDirectory(directory)) throw new UserError(c.cli.outputDirMissing(output, path.dirname(output)));
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UserError(c.cli.outputWriteFailed(output, writeReason(c, error)));
    // A link whose target does not exist: replacing it would lose the link.
    if (isLink(absolute)) throw new UserError(c.cli.outputNotRegular(output));
  }
  if (stat) {
    if (stat.isDirectory()) throw new UserError(c.cli.outputIsDirectory(output));
    if (!stat.isFile()) throw new UserError(c.cli.outputNotRegular(output));
    absolute = fs.realpathSync.native(absolute);
  }
  const inputReals = inputs.filter((input) => input !== '-').map((input) => realPathOrSelf(path.resolve(io.cwd, input)));
  if (PROFILE_EXTENSION.test(absolute) || PROFILE_EXTENSION.test(output) || inputReals.includes(absolute)) throw new UserError(c.cli.outputIsInput(output));
  return { absolute, shown: output };
}

/**
 * `--report FORMAT:FILE` values, each checked before any work (format among `formats`, path as for `--output`):
 * a bad one stops the command with nothing written. Two reports to one file are refused too.
 */
export function reportTargets<F extends string>(
  c: Catalogue,
  io: Io,
  specs: readonly string[],
  formats: readonly F[],
  inputs: readonly string[],
  output: OutputPath | undefined,
): Array<{ format: F; target: OutputPath }> {
  const reports = specs.map((spec) => {
    const match = /^([a-z]+):(.+)$/.exec(spec);
    if (!match) throw new UserError(c.cli.badReport(spec, [...formats]));
    if (!(formats as readonly string[]).includes(match[1]!)) throw new UserError(c.cli.invalidChoice('--report', match[1]!, [...formats]));
    const target = checkOutputPath(c, io, match[2]!, inputs);
    if (!target) throw new UserError(c.cli.reportToStdout(spec));
    return { format: match[1] as F, target };
  });
  const written = [output, ...reports.map((report) => report.target)].filter((target) => target !== undefined).map((target) => target.absolute);
  const twice = written.find((file, i) => written.indexOf(file) !== i);
  if (twice !== undefined) throw new UserError(c.cli.sameOutputTwice(twice));
  return reports;
}

function writeReason(c: Catalogue, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.prototype.hasOwnProperty.call(c.cli.writeReasons, code)) return c.cli.writeReasons[code]!;
  return c.cli.writeReasonOther(code ?? String(error));
}

function isDirectory(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

export function isLink(candidate: string): boolean {
  try {
    return fs.lstatSync(candidate).isSymbolicLink();
  } catch {
    return false;
  }
}

export function realPathOrSelf(candidate: string): string {
  try {
    return fs.realpathSync.native(candidate);
  } catch {
    return candidate;
  }
}

/** Temporary files of this process not yet renamed: removed if the process is stopped by a signal. */
const temporaryFiles = new Set<string>();
let signalsWatched = false;

function removeTemporaryFiles(): void {
  for (const file of temporaryFiles) fs.rmSync(file, { force: true });
  temporaryFiles.clear();
}

/** On Ctrl-C, SIGTERM or SIGHUP: remove the temporary files, then stop as the signal would have. */
function watchSignals(): void {
  if (signalsWatched) return;
  signalsWatched = true;
  process.on('exit', removeTemporaryFiles);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.kill(process.pid, signal);
    });
  }
}

export function fileOutput(c: Catalogue, target: string, shown: string): ReportOutput {
  watchSignals();
  // A random suffix (loading node:crypto would cost every run ~5 ms): 'wx' refuses an existing name anyway.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const failed = (error: unknown): never => {
    throw new UserError(c.cli.outputWriteFailed(shown, writeReason(c, error)));
  };
  let fd: number;
  try {
    fd = fs.openSync(temporary, 'wx');
  } catch (error) {
    return failed(error);
  }
  temporaryFiles.add(temporary);
  let closed = false;
  const close = () => {
    if (!closed) fs.closeSync(fd);
    closed = true;
  };
  const abandon = () => {
    try {
      close();
    } finally {
      fs.rmSync(temporary, { force: true });
      temporaryFiles.delete(temporary);
    }
  };
  return {
    write: (chunk) => {
      try {
        if (chunk !== '') fs.writeSync(fd, chunk);
      } catch (error) {
        abandon();
        failed(error);
      }
      return undefined;
    },
    commit: () => {
      try {
        close();
        fs.renameSync(temporary, target);
        temporaryFiles.delete(temporary);
      } catch (error) {
        abandon();
        failed(error);
      }
    },
    abandon,
  };
}

/** Appends the whole report at the end of the run to a file that is not ours (GitHub's step summary). */
export function appendOutput(c: Catalogue, file: string): ReportOutput {
  let text = '';
  return {
    write: (chunk) => {
      text += chunk;
      return undefined;
    },
    commit: () => {
      try {
        fs.appendFileSync(file, text);
      } catch (error) {
        throw new UserError(c.cli.outputWriteFailed(file, writeReason(c, error)));
      }
    },
    abandon: () => {
      text = '';
    },
  };
}
