// What every report format receives: the run's metadata, the file reports one by one, then the summary.
import type { Chalk } from 'chalk';
import type { Catalogue } from '../i18n/index.js';
import type { FileReport, FileStatus, Lang, Severity } from '../types.js';

export interface RunInfo {
  toolVersion: string;
  rulesetId: string;
  lang: Lang;
  catalogue: Catalogue;
  chalk: InstanceType<typeof Chalk>;
  /** Terminal width for the text tables. */
  width: number;
  /** `--quiet`: only error findings, only files that have some. */
  quiet: boolean;
}

export type Summary = { files: number } & Record<FileStatus, number> & Record<Severity, number>;

/** A report format: pure functions from data to text, written out as the run goes. */
export interface Formatter {
  start(info: RunInfo): string;
  /** One file's block; consecutive blocks are joined with `separator`. */
  file(report: FileReport, info: RunInfo): string;
  separator: string;
  /** Whether `end` shows one row per file: only then are the rows kept until the end of the run. */
  keepsRows: boolean;
  end(summary: Summary, rows: readonly SummaryRow[], info: RunInfo): string;
}

/** What a batch summary keeps of each file once its report is written (memory stays flat). */
export interface SummaryRow {
  path: string;
  name: string | null;
  status: FileStatus;
  counts: Record<Severity, number>;
}

export function emptySummary(): Summary {
  return { files: 0, pass: 0, fail: 0, invalid: 0, error: 0, warning: 0, info: 0 };
}

export function addToSummary(summary: Summary, row: SummaryRow): void {
  summary.files++;
  summary[row.status]++;
  summary.error += row.counts.error;
  summary.warning += row.counts.warning;
  summary.info += row.counts.info;
}

export function visibleFindings<T extends { severity: Severity }>(findings: readonly T[], info: RunInfo): readonly T[] {
  return info.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
}
