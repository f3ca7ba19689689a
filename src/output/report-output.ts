// Where a report's text goes, chunk by chunk: standard output here; an atomic file in atomic-file.ts.
import fs from 'node:fs';
import { write, type Io } from '../io.js';

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
