// One target of a run, read, checked and formatted: the unit of work of a run.
import { atOrAbove, checkSource, type CheckOptions } from './check-profile.js';
import type { Target } from './input/find-files.js';
import { readSource, type Source } from './input/read-source.js';
import type { Formatter, RunInfo, SummaryRow } from './report/model.js';

export type Outcome =
  | { kind: 'report'; text: string; row: SummaryRow; atFailLevel: boolean }
  /** The file could not be read: a message for stderr, exit code 2 at the end. */
  | { kind: 'error'; message: string };

export function checkTarget(target: Target, source: Source | undefined, options: CheckOptions, formatter: Formatter, info: RunInfo): Outcome {
  const read = source ?? readSource(target.absolute, target.display);
  if (read.kind === 'error') return { kind: 'error', message: read.describe(info.catalogue) };
  const report = checkSource(target.absolute === '-' ? '<stdin>' : target.display, read, options);
  return {
    kind: 'report',
    text: formatter.file(report, info),
    // Only a format that keeps rows until the end (text) needs the name detached from the file's text.
    row: { path: report.path, name: formatter.keepsRows ? detached(report.clsm?.nom ?? null) : null, status: report.status, counts: report.counts },
    // A failing report has a finding at --fail-on or above; an invalid one, error findings only.
    atFailLevel: report.status === 'fail' || (report.status === 'invalid' && atOrAbove('error', options.failOn)),
  };
}

/**
 * A copy that does not share memory with the file's text: a substring taken by the parser keeps the whole
 * source alive, and the batch summary keeps one name per file until the end.
 */
function detached(text: string | null): string | null {
  return text === null ? null : Buffer.from(text, 'utf8').toString('utf8');
}
