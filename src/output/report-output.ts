// Where a report's text goes, chunk by chunk: standard output here; an atomic file in atomic-file.ts.
import fs from 'node:fs';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import { write, type Io } from '../io.js';
import { terminalSafeText } from '../printable.js';
import { writeReason } from './output-path.js';

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
export function stdoutOutput(io: Io, c?: Catalogue, options: { terminalSafe?: boolean } = {}): ReportOutput {
  const fd = (io.stdout as { fd?: unknown }).fd;
  if (typeof fd === 'number' && !io.stdout.isTTY) {
    const stat = fs.fstatSync(fd);
    if (stat.isFile() || stat.isCharacterDevice()) {
      return {
        write: (chunk) => {
          try {
            if (chunk !== '') fs.writeSync(fd, chunk);
          } catch (error) {
            // A full disk (ENOSPC), a read-only file: one sentence and exit 2, never an internal error.
            if (!c) throw error;
            throw new UserError(c.cli.stdoutFailed(writeReason(c, error)));
          }
          return undefined;
        },
        commit: () => {},
        abandon: () => {},
      };
    }
  }
  // To a terminal, text from profiles and rulesets cannot act on it (set a title, clear the screen): every format
  // but the text report (whose own colours are its only escapes, its texts already made safe) is filtered.
  const safe = options.terminalSafe && io.stdout.isTTY ? terminalSafeText : (chunk: string) => chunk;
  return { write: (chunk) => write(io.stdout, safe(chunk)), commit: () => {}, abandon: () => {} };
}
