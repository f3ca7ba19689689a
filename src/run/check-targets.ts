// The unit of work of a run, shared by `clsm check` and the library's checkPaths: each target read, then checked.
import { checkSource, type CheckOptions } from '../check/check-source.js';
import type { Source } from '../document/source.js';
import type { Catalogue } from '../i18n/index.js';
import type { Target } from '../input/find-files.js';
import { readSource } from '../input/read-source.js';
import type { FileReport } from '../types.js';

export type Outcome =
  | { kind: 'report'; report: FileReport }
  /** The file could not be read: a message for stderr, exit code 2 at the end. */
  | { kind: 'error'; describe(c: Catalogue): string };

/**
 * Checks the targets one at a time, synchronously, so that a batch writes each report as soon as it is made and
 * holds nothing of a file once the next one starts. Standard input (`-`) is read beforehand by the caller.
 */
export function* checkTargets(targets: readonly Target[], stdin: Source | undefined, options: CheckOptions): Generator<Outcome, void, undefined> {
  for (const target of targets) {
    const isStdin = target.absolute === '-';
    const read = isStdin ? stdin! : readSource(target.absolute, target.display);
    if (read.kind === 'error') {
      yield read;
      continue;
    }
    yield { kind: 'report', report: checkSource(isStdin ? '<stdin>' : target.display, read, options) };
  }
}
