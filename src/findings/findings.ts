// Everything a run decides from findings and a threshold, in one place: severity ranking, order, counts, a file's
// status and whether it fails the run. Results carry no policy: reporters and the exit code call these at the edge.
import type { Counts, FailOn, FileReport, FileStatus, Finding, Severity } from '../types.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Whether a finding of this severity reaches the `--fail-on` threshold. */
export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}

/** Sorts in place by line, column, rule id, then message: the order of every report. */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** A finding's key (SPEC §4): its profile path, plus what it names when its rule fires several times on one node. */
export function findingKey(finding: Pick<Finding, 'path' | 'key'>): string {
  return finding.key ?? finding.path;
}

export function countsOf(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** `invalid` for YAML or schema errors; `fail` when a counted finding reaches `failOn`; else `pass`. */
export function statusOf(report: Pick<FileReport, 'invalid' | 'findings'>, failOn: FailOn): FileStatus {
  if (report.invalid) return 'invalid';
  return report.findings.some((finding) => atOrAbove(finding.severity, failOn)) ? 'fail' : 'pass';
}

/** Whether a file makes the run exit 1: a failing file, or an invalid one when errors count. */
export function failsRun(report: Pick<FileReport, 'invalid' | 'findings'>, failOn: FailOn): boolean {
  return report.invalid ? atOrAbove('error', failOn) : statusOf(report, failOn) === 'fail';
}
