// The report model: a format creates one reporter per run from the run's context; the run hands it each file's
// report as it is checked, then the summary. Formats are pure: they return text, the caller writes it.
import type { Catalogue } from '../i18n/index.js';
import type { Ruleset } from '../ruleset/types.js';
import { countsOf, statusOf } from '../findings/findings.js';
import type { FailOn, FileReport, FileStatus, HeldTexts, Lang, Severity } from '../types.js';

/** What every reporter of a run knows: the tool, the ruleset (rule metadata), the options, where the text goes. */
export interface ReportContext {
  tool: { name: string; version: string };
  ruleset: Ruleset;
  lang: Lang;
  catalogue: Catalogue;
  failOn: FailOn;
  /** `--quiet`: only error findings, only files that have some. */
  quiet: boolean;
  /** The destination: whether it shows colours, and its width in columns (a terminal's, or a fixed one for files and pipes). */
  target: { color: boolean; width: number };
  /** The run's date (`--today`, YYYY-MM-DD): reports for people name it. */
  today: string;
  /** `--per`: the CSV's rows, one per finding (default) or one per CLSM. */
  per?: 'finding' | 'clsm';
  /** `--annotations`: GitHub annotations for errors only (default) or for every finding. */
  annotations?: 'error' | 'all';
  /** Where a format keeps the text it writes only at its end (in memory by default; the command line spills to a file). */
  hold?: () => HeldTexts;
}

export function heldInMemory(): HeldTexts {
  const held: string[] = [];
  return { add: (text) => void held.push(text), texts: () => held };
}

/** A reporter's closing text: one string, or pieces to write one after the other (never joined by the command line). */
export type EndText = string | Iterable<string>;

export function endPieces(end: EndText): Iterable<string> {
  return typeof end === 'string' ? [end] : end;
}

export function joinedEnd(end: EndText): string {
  return typeof end === 'string' ? end : [...end].join('');
}

export type Summary = { files: number } & Record<FileStatus, number> & Record<Severity, number> & { baselined?: number };

export interface Reporter {
  /** Text for one file, written as soon as the file is checked. */
  file(report: FileReport): string;
  /** Closing text, once every file is checked. */
  end(summary: Summary): EndText;
  /** A path the run could not check, or passed by, with the sentence that says why (reports for people list them). */
  skipped?(sentence: string): void;
}

/** A report format: its name for `--format` (its help is in the registry, formats.ts) and how it makes a reporter. */
export interface Format {
  name: string;
  createReporter(context: ReportContext): Reporter;
}

/** Something that gathers figures over the files of a run (the batch summary; `clsm stats` later). */
export interface Aggregator<Result> {
  add(report: FileReport): void;
  result(): Result;
}

/** The batch's counts at the `failOn` threshold; with a baseline, also how many findings it covered. */
export function summaryAggregator(failOn: FailOn, withBaseline = false): Aggregator<Summary> {
  const summary: Summary = { files: 0, pass: 0, fail: 0, invalid: 0, error: 0, warning: 0, info: 0, ...(withBaseline ? { baselined: 0 } : {}) };
  return {
    add(report) {
      summary.files++;
      summary[statusOf(report, failOn)]++;
      const counts = countsOf(report.findings);
      summary.error += counts.error;
      summary.warning += counts.warning;
      summary.info += counts.info;
      if (summary.baselined !== undefined) summary.baselined += report.baselined?.length ?? 0;
    },
    result: () => summary,
  };
}

export function visibleFindings<T extends { severity: Severity }>(findings: readonly T[], quiet: boolean): readonly T[] {
  return quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
}
