// `clsm check [paths...]`: finds the profiles, checks each one, streams the reports, returns the exit code.
import { readBaseline } from '../baseline/baseline-file.js';
import { UserError } from '../errors.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { failsRun } from '../findings/findings.js';
import { write, writeError } from '../io.js';
import { oneOf, parseFailOn, parseToday, parseYear } from '../options.js';
import { appendOutput, fileOutput } from '../output/atomic-file.js';
import { checkOutputPath, reportTargets } from '../output/output-path.js';
import { checkSplitFolder, splitReports } from '../output/split.js';
import { stdoutOutput, type ReportOutput } from '../output/report-output.js';
import { printable } from '../printable.js';
import { FORMAT_NAMES, loadFormat } from '../report/formats.js';
import { spillingTexts } from '../output/spill.js';
import { endPieces, joinedEnd, summaryAggregator, type ReportContext, type Reporter } from '../report/model.js';
import { runBatch } from '../run/batch.js';
import { loadRuleset, namesRulesetFile } from '../ruleset/load.js';
import { TOOL } from '../version.js';
import { colorFor, FIXED_WIDTH, widthFor, type CommandContext } from './context.js';

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
  /** `--per ecart|clsm`: the CSV's rows. */
  per?: string;
  /** `--annotations error|all`: which findings become GitHub annotations. */
  annotations?: string;
  /** `--split DIR`: one report per CLSM in this folder; `--force` replaces existing ones. */
  split?: string;
  force?: boolean;
}

interface Sink {
  reporter: Reporter;
  output: ReportOutput;
}

/** Width of the text report when it goes to a file or a pipe: the same on every machine. */

export async function checkCommand(paths: readonly string[], raw: CheckCommandOptions, { io, lang, c, session, temporaryFiles }: CommandContext): Promise<ExitCode> {
  const format = oneOf(c, '--format', raw.format, FORMAT_NAMES);
  const failOn = parseFailOn(c, raw.failOn);
  const year = parseYear(c, raw.year);
  const today = parseToday(c, raw.today);
  const ruleset = loadRuleset(raw.ruleset, c, io.cwd, session.rulesets);
  if (paths.filter((p) => p === '-').length > 1) throw new UserError(c.cli.stdinTwice());

  // What the run reads, besides the profiles: outputs may replace none of it.
  const read = [...paths, ...(namesRulesetFile(raw.ruleset) ? [raw.ruleset] : []), ...(raw.baseline !== undefined ? [raw.baseline] : [])];
  const outputPath = raw.output !== undefined ? checkOutputPath(c, io, raw.output, read) : undefined;
  const reports = reportTargets(c, io, raw.report ?? [], FORMAT_NAMES, read, outputPath);
  const per = oneOf(c, '--per', raw.per ?? 'ecart', ['ecart', 'clsm'] as const);
  if (per === 'clsm' && format !== 'csv' && !reports.some((report) => report.format === 'csv')) throw new UserError(c.cli.perNeedsCsv());
  if (raw.split !== undefined && format !== 'html' && format !== 'markdown') throw new UserError(c.cli.splitFormat(format));
  const splitFolder = raw.split !== undefined ? checkSplitFolder(c, io.cwd, raw.split) : undefined;
  const context: ReportContext = {
    tool: TOOL,
    ruleset,
    lang,
    catalogue: c,
    failOn,
    quiet: Boolean(raw.quiet),
    today,
    per: per === 'clsm' ? 'clsm' : 'finding',
    annotations: oneOf(c, '--annotations', raw.annotations ?? 'error', ['error', 'all'] as const),
    target: { color: colorFor(io, outputPath !== undefined), width: outputPath ? FIXED_WIDTH : widthFor(io) },
    hold: () => spillingTexts(c, temporaryFiles),
  };
  // Each report of the run has its reporter and its output: --format/--output, then each --report.
  // With --split, the reports per CLSM replace the one on standard output (-o still writes the whole batch's).
  const sinks: Sink[] =
    splitFolder && !outputPath
      ? []
      : [
          {
            reporter: (await loadFormat(format)).createReporter(context),
            output: outputPath ? fileOutput(c, outputPath.absolute, outputPath.shown, temporaryFiles) : stdoutOutput(io, c, { terminalSafe: format !== 'text' }),
          },
        ];
  const fileContext: ReportContext = { ...context, target: { color: false, width: FIXED_WIDTH } };
  const splitFormat = splitFolder ? await loadFormat(format) : undefined;
  const split = splitFolder ? splitReports(c, splitFolder, raw.split!, format === 'html' ? 'html' : 'md', Boolean(raw.force), temporaryFiles) : undefined;
  for (const report of reports) {
    sinks.push({ reporter: (await loadFormat(report.format)).createReporter(fileContext), output: fileOutput(c, report.target.absolute, report.target.shown, temporaryFiles) });
  }
  // GitHub Actions shows the Markdown report on the run's page when the workflow gives its summary file.
  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  if (stepSummary && (format === 'github' || reports.some((r) => r.format === 'github'))) {
    // The file an environment variable names goes through the same checks as --output (never a profile, nor an input).
    const summaryPath = checkOutputPath(c, io, stepSummary, read);
    if (summaryPath) sinks.push({ reporter: (await loadFormat('markdown')).createReporter(fileContext), output: appendOutput(c, summaryPath.absolute) });
  }
  const baseline = raw.baseline !== undefined ? readBaseline(c, io.cwd, raw.baseline) : undefined;
  const summary = summaryAggregator(failOn, baseline !== undefined);
  let unreadable = false;
  let failing = false;

  const batch = runBatch(paths, { ruleset, lang, catalogue: c, today, ...(year !== undefined ? { year } : {}), cwd: io.cwd, stdin: () => io.stdin, session, ...(baseline ? { baseline } : {}) });
  let end;
  try {
    for (;;) {
      const next = await batch.next();
      if (next.done) {
        end = next.value;
        break;
      }
      const item = next.value;
      if (item.kind === 'notice') {
        await write(io.stderr, `${printable(item.message)}\n`);
        for (const { reporter } of sinks) reporter.skipped?.(item.message);
        continue;
      }
      if (item.kind === 'error') {
        await writeError(io, c, item.message);
        for (const { reporter } of sinks) reporter.skipped?.(item.message);
        unreadable = true;
        continue;
      }
      failing ||= failsRun(item.report, failOn);
      summary.add(item.report);
      if (split && splitFormat) {
        const one = splitFormat.createReporter(fileContext);
        const alone = summaryAggregator(failOn, baseline !== undefined);
        alone.add(item.report);
        split.add(item.report, one.file(item.report) + joinedEnd(one.end(alone.result())));
      }
      for (const { reporter, output } of sinks) {
        // A synchronous output returns nothing to wait for: no await, no trip through the microtask queue per file.
        const written = output.write(reporter.file(item.report));
        if (written) await written;
      }
    }
    // Nothing could be checked: no report at all (an earlier report file stays as it was), exit code 2.
    if (end.checked === 0) {
      for (const { output } of sinks) output.abandon();
      return EXIT.usage;
    }
    for (const { reporter, output } of sinks) {
      for (const piece of endPieces(reporter.end(summary.result()))) await output.write(piece);
      output.commit();
    }
    if (split) await write(io.stderr, `${printable(c.cli.splitWritten(split.commit(), raw.split!))}\n`);
  } catch (error) {
    for (const { output } of sinks) output.abandon();
    throw error;
  }
  if (baseline) {
    if (baseline.schemaVersion === 1) await write(io.stderr, `${printable(c.baseline.version1(raw.baseline!))}\n`);
    if (end.unusedBaselineEntries > 0) await write(io.stderr, `${printable(c.baseline.unused(end.unusedBaselineEntries))}\n`);
    // Named, so that a person sees what was fixed (up to ten, then how many more).
    const names = end.unusedBaselineNames;
    if (names.length > 0) {
      const named = c.baseline.unusedNamed(names.slice(0, 10), Math.max(0, names.length - 10));
      await write(io.stderr, `${named.split('\n').map((line) => printable(line)).join('\n')}\n`);
    }
    if (baseline.ruleset !== ruleset.id) await write(io.stderr, `${printable(c.baseline.otherRuleset(baseline.ruleset, ruleset.id))}\n`);
  }
  if (unreadable) return EXIT.usage;
  return failing ? EXIT.findings : EXIT.ok;
}
