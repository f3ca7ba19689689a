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
  | { kind: 'report'; report: FileReport; key: string; recheck?: (options: CheckOptions) => FileReport }
  /** A path could not be read, or checking it failed: a message for stderr, exit code 2 at the end. */
  | { kind: 'error'; describe(c: Catalogue): string };

/** The syntax diagnosis, loaded the first time a file has a YAML syntax error (it brings the `yaml` package). */
let diagnosis: Promise<NonNullable<CheckOptions['diagnoseSyntax']>> | undefined;

/**
 * A report with a YAML syntax error, checked again with the syntax diagnosis, which names the real cause. Only
 * that rare path awaits: the loop over files stays synchronous.
 */
export async function diagnosed(outcome: Outcome & { kind: 'report' }, options: CheckOptions): Promise<Outcome> {
  if (!outcome.recheck) return outcome;
  const diagnoseSyntax = await (diagnosis ??= import('../document/diagnose-syntax.js').then((module) => module.diagnoseSyntax));
  return { kind: 'report', report: outcome.recheck({ ...options, diagnoseSyntax }), key: outcome.key };
}

export function* checkTargets(found: Iterable<Found>, stdin: Source | undefined, options: CheckOptions, cwd: string): Generator<Outcome, void, undefined> {
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
        const report = checkSource(display, read, options);
        const key = isStdin ? display : keyOf(cwd, target.display, target.absolute);
        outcome = needsSyntaxDiagnosis(report) && !options.diagnoseSyntax ? { kind: 'report', report, key, recheck: (withDiagnosis) => checkSource(display, read, withDiagnosis) } : { kind: 'report', report, key };
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { kind: 'error', describe: (c) => c.cli.internalInFile(display, message) };
    }
    yield outcome;
  }
}
