// A report written atomically: a temporary file with a unique name in the same folder, renamed into place at the
// end and removed on every other way out. The temporary files not yet renamed are held by the caller's
// TemporaryFiles, which the command line empties on Ctrl-C or SIGTERM (cli.ts): this module installs no handler.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import { writeReason } from './output-path.js';
import type { ReportOutput } from './report-output.js';

/** Temporary files of a run not yet renamed into place. */
export interface TemporaryFiles {
  add(file: string): void;
  delete(file: string): void;
  /** Removes them all (on a signal, or when the process exits). */
  removeAll(): void;
}

export function createTemporaryFiles(): TemporaryFiles {
  const files = new Set<string>();
  return {
    add: (file) => void files.add(file),
    delete: (file) => void files.delete(file),
    removeAll: () => {
      for (const file of files) fs.rmSync(file, { force: true });
      files.clear();
    },
  };
}

export function fileOutput(c: Catalogue, target: string, shown: string, temporaryFiles: TemporaryFiles): ReportOutput {
  // A random suffix (loading node:crypto would cost every run ~5 ms): 'wx' refuses an existing name anyway.
  // A short name of its own: a legal name of 250 bytes plus a suffix would pass the 255 bytes a file name may have.
  const temporary = path.join(path.dirname(target), `.clsm-${Math.random().toString(36).slice(2, 10)}.tmp`);
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
        // A report replaced keeps the permissions it had (reports name people: a 0600 file stays 0600).
        try {
          fs.chmodSync(temporary, fs.statSync(target).mode & 0o7777);
        } catch {
          // A new report: the temporary file's mode (the umask's) is the one to keep.
        }
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
