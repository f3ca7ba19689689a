// `clsm check [paths...]`: finds the profiles, checks each one, streams the report, returns the exit code.
import { atOrAbove, type CheckOptions } from '../check/check-source.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { UserError } from '../errors.js';
import { findTargets } from '../input/find-files.js';
import { readStdin } from '../input/read-source.js';
import { applyBaseline, unusedEntries } from '../baseline/baseline.js';
import { baselineFileExists, readBaseline } from '../baseline/baseline-file.js';
import { write, writeError } from '../io.js';
import { printable } from '../printable.js';
import { oneOf, parseFailOn, parseToday, parseYear } from '../options.js';
import { appendOutput, checkOutputPath, fileOutput, reportTargets, stdoutOutput, type ReportOutput } from '../output.js';
import { FORMAT_NAMES, loadFormat } from '../report/formats.js';
import { summaryAggregator, type ReportContext, type Reporter } from '../report/model.js';
import { checkTargets, diagnosed } from '../run/check-targets.js';
import { runRules } from '../run/run-rules.js';
import { loadRuleset } from '../ruleset/load.js';
import type { FileReport } from '../types.js';
import { TOOL } from '../version.js';
import { colorFor, type CommandContext } from './context.js';

export interface CheckCommandOptions {
  format: string;
  output?: string;
  failOn: string;
  ruleset: string;
  year?: string;
  today?: string;
  quiet?: boolean;
  baseline?: string;
  /** `--report FORMAT:FILE`, repeatable. */
  report?: string[];
}

interface Sink {
  reporter: Reporter;
  output: ReportOutput;
}

/** Width of the text report when it goes to a file or a pipe: the same on every machine. */
const FIXED_WIDTH = 100;

export async function checkCommand(paths: readonly string[], raw: CheckCommandOptions, { io, lang, c }: CommandContext): Promise<ExitCode> {
  const format = oneOf(c, '--format', raw.format, FORMAT_NAMES);
  const failOn = parseFailOn(c, raw.failOn);
  const year = parseYear(c, raw.year);
  const today = parseToday(c, raw.today);
  const ruleset = loadRuleset(raw.ruleset, c, io.cwd);
  if (paths.filter((p) => p === '-').length > 1) throw new UserError(c.cli.stdinTwice());

  const outputPath = raw.output !== undefined ? checkOutputPath(c, io, raw.output, paths) : undefined;
  const reports = reportTargets(c, io, raw.report ?? [], FORMAT_NAMES, paths, outputPath);
  let exitCode: ExitCode = EXIT.ok;
  let checked = 0;
  const context: ReportContext = {
    tool: TOOL,
    ruleset,
    lang,
    catalogue: c,
    failOn,
    quiet: Boolean(raw.quiet),
    target: { color: colorFor(io, outputPath !== undefined), width: outputPath ? FIXED_WIDTH : (io.stdout.columns ?? FIXED_WIDTH) },
  };
  // Each report of the run has its reporter and its output: --format/--output, then each --report.
  const sinks: Sink[] = [
    { reporter: (await loadFormat(format)).createReporter(context), output: outputPath ? fileOutput(c, outputPath.absolute, outputPath.shown) : stdoutOutput(io) },
  ];
  const fileContext: ReportContext = { ...context, target: { color: false, width: FIXED_WIDTH } };
  for (const report of reports) {
    sinks.push({ reporter: (await loadFormat(report.format)).createReporter(fileContext), output: fileOutput(c, report.target.absolute, report.target.shown) });
  }
  // GitHub Actions shows the Markdown report on the run's page when the workflow gives its summary file.
  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  if (stepSummary && (format === 'github' || reports.some((r) => r.format === 'github'))) {
    sinks.push({ reporter: (await loadFormat('markdown')).createReporter(fileContext), output: appendOutput(c, stepSummary) });
  }
  const options: CheckOptions = { ruleset, lang, catalogue: c, today, failOn, ...(year !== undefined ? { year } : {}) };
  const baseline = raw.baseline !== undefined ? readBaseline(c, io.cwd, raw.baseline) : undefined;
  const summary = summaryAggregator(baseline !== undefined);
  const duplicates = runRules(ruleset, lang, c, failOn);
  const checkedKeys = new Set<string>();
  let unusedBaselineEntries = 0;
  const stdin = paths.includes('-') ? await readStdin(io.stdin) : undefined;
  let findingsAtFailLevel = false;
  let lastYield = Date.now();

  try {
    for (const found of checkTargets(findTargets(paths, io.cwd), stdin, options, io.cwd)) {
      const outcome = found.kind === 'report' && found.recheck ? await diagnosed(found, options) : found;
      if (outcome.kind === 'error') {
        await writeError(io, c, outcome.describe(c));
        exitCode = EXIT.usage;
        continue;
      }
      checked++;
      // Writing to a file never waits: let the event loop run every 50 ms, so that Ctrl-C is heard mid-batch.
      if (Date.now() - lastYield > 50) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
      let report = duplicates.apply(outcome.report);
      if (baseline) {
        const entries = Object.prototype.hasOwnProperty.call(baseline.files, outcome.key) ? baseline.files[outcome.key] : undefined;
        const applied = applyBaseline(report, entries, failOn);
        report = applied.report;
        unusedBaselineEntries += unusedEntries(entries, applied.used);
        checkedKeys.add(outcome.key);
      }
      findingsAtFailLevel ||= failsRun(report, options);
      summary.add(report);
      for (const { reporter, output } of sinks) {
        // A synchronous output returns nothing to wait for: no await, no trip through the microtask queue per file.
        const written = output.write(reporter.file(report));
        if (written) await written;
      }
    }
    // Nothing could be checked: no report at all (an earlier report file stays as it was), exit code 2.
    if (checked === 0) {
      for (const { output } of sinks) output.abandon();
      return EXIT.usage;
    }
    for (const { reporter, output } of sinks) {
      await output.write(reporter.end(summary.result()));
      output.commit();
    }
  } catch (error) {
    for (const { output } of sinks) output.abandon();
    throw error;
  }
  if (baseline) {
    // Files the baseline names that no longer exist: their entries match nothing any more.
    for (const [file, entries] of Object.entries(baseline.files)) {
      if (!checkedKeys.has(file) && !baselineFileExists(io.cwd, file)) unusedBaselineEntries += Object.keys(entries).length;
    }
    if (unusedBaselineEntries > 0) await write(io.stderr, `${printable(c.baseline.unused(unusedBaselineEntries))}\n`);
    if (baseline.ruleset !== ruleset.id) await write(io.stderr, `${printable(c.baseline.otherRuleset(baseline.ruleset, ruleset.id))}\n`);
  }
  if (exitCode === EXIT.usage) return exitCode;
  return findingsAtFailLevel ? EXIT.findings : EXIT.ok;
}

/** A failing report has a finding at --fail-on or above; an invalid one, error findings only. */
function failsRun(report: FileReport, options: CheckOptions): boolean {
  return report.status === 'fail' || (report.status === 'invalid' && atOrAbove('error', options.failOn));
}
