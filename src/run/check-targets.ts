// The unit of work of a run, shared by `clsm check` and the library's checkPaths: each target found, read, checked.
import path from 'node:path';
import { checkSource, needsSyntaxDiagnosis, type CheckOptions } from '../check/check-source.js';
import type { Source } from '../document/source.js';
import type { Catalogue } from '../i18n/index.js';
import type { Found } from '../input/find-files.js';
import { readSource } from '../input/read-source.js';
import type { FileReport } from '../types.js';

/** A shown path is already relative to the current folder unless the user gave an absolute one or went up. */
function keyOf(cwd: string, display: string, absolute: string): string {
  if (!display.startsWith('/') && !display.startsWith('../')) return display;
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

export type Outcome =
  /** `key`: the file's path relative to the current folder, with `/` (how baselines name it); `<stdin>` for stdin. */
  | { kind: 'report'; report: FileReport; key: string }
  /** A path could not be read, or checking it failed: a message for stderr, exit code 2 at the end. */
  | { kind: 'error'; describe(c: Catalogue): string };

/** The YAML syntax diagnosis and its library, loaded the first time a file has a syntax error. */
async function withDiagnosis(options: CheckOptions): Promise<CheckOptions> {
  const { diagnoseSyntax } = await import('../document/diagnose-syntax.js');
  return { ...options, diagnoseSyntax };
}

/**
 * Checks the targets one at a time, as they are found, so that a batch writes each report as soon as it is made
 * and holds nothing of a file once the next one starts. Standard input (`-`) is read beforehand. A YAML syntax
 * error is checked again with the syntax diagnosis, which is loaded only then. An unexpected failure on one file
 * names that file, and the batch goes on.
 */
export async function* checkTargets(found: Iterable<Found>, stdin: Source | undefined, options: CheckOptions, cwd: string): AsyncGenerator<Outcome, void, undefined> {
  let diagnosing: CheckOptions | undefined;
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
      if (read.kind === 'error') outcome = read;
      else {
        let report = checkSource(display, read, options);
        if (needsSyntaxDiagnosis(report) && !options.diagnoseSyntax) report = checkSource(display, read, (diagnosing ??= await withDiagnosis(options)));
        outcome = { kind: 'report', report, key: isStdin ? display : keyOf(cwd, target.display, target.absolute) };
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { kind: 'error', describe: (c) => c.cli.internalInFile(display, message) };
    }
    yield outcome;
  }
}
