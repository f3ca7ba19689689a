// For the commands that gather reports rather than print them as they go (`baseline`, `stats`): each profile found
// is checked and handed to `visit`; a path that cannot be read is said on stderr and makes the exit code 2.
import type { CheckOptions } from '../check/check-source.js';
import type { Catalogue } from '../i18n/index.js';
import { findTargets } from '../input/find-files.js';
import { readStdin } from '../input/read-source.js';
import { writeError, type Io } from '../io.js';
import type { FileReport } from '../types.js';
import { checkTargets, diagnosed } from './check-targets.js';

/** Returns whether every path could be read. */
export async function eachReport(
  paths: readonly string[],
  options: CheckOptions,
  io: Io,
  c: Catalogue,
  visit: (report: FileReport, key: string) => void,
): Promise<boolean> {
  const stdin = paths.includes('-') ? await readStdin(io.stdin) : undefined;
  let allRead = true;
  for (const found of checkTargets(findTargets(paths, io.cwd), stdin, options, io.cwd)) {
    const outcome = found.kind === 'report' && found.recheck ? await diagnosed(found, options) : found;
    if (outcome.kind === 'error') {
      await writeError(io, c, outcome.describe(c));
      allRead = false;
      continue;
    }
    visit(outcome.report, outcome.key);
  }
  return allRead;
}
