// The unit of work of a run, shared by `clsm check` and the library's checkPaths: each target found, read, checked.
import { checkSource, type CheckOptions } from '../check/check-source.js';
import type { Source } from '../document/source.js';
import type { Catalogue } from '../i18n/index.js';
import type { Found } from '../input/find-files.js';
import { readSource } from '../input/read-source.js';
import type { FileReport } from '../types.js';

export type Outcome =
  | { kind: 'report'; report: FileReport }
  /** A path could not be read, or checking it failed: a message for stderr, exit code 2 at the end. */
  | { kind: 'error'; describe(c: Catalogue): string };

/**
 * Checks the targets one at a time, synchronously, as they are found, so that a batch writes each report as soon
 * as it is made and holds nothing of a file once the next one starts. Standard input (`-`) is read beforehand.
 * An unexpected failure on one file names that file, and the batch goes on.
 */
export function* checkTargets(found: Iterable<Found>, stdin: Source | undefined, options: CheckOptions): Generator<Outcome, void, undefined> {
  for (const item of found) {
    if (item.kind === 'error') {
      yield item;
      continue;
    }
    const { target } = item;
    const isStdin = target.absolute === '-';
    const display = isStdin ? '<stdin>' : target.display;
    let outcome: Outcome;
    try {
      const read = isStdin ? stdin! : readSource(target.absolute, target.display);
      outcome = read.kind === 'error' ? read : { kind: 'report', report: checkSource(display, read, options) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { kind: 'error', describe: (c) => c.cli.internalInFile(display, message) };
    }
    yield outcome;
  }
}
