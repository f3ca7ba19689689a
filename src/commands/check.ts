// `clsm check [paths...]`: finds the profiles, checks each one, streams the report, returns the exit code.
import type { CheckOptions } from '../check-profile.js';
import { checkTarget } from '../check-target.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { UserError } from '../errors.js';
import { findTargets } from '../input/find-files.js';
import { readStdin } from '../input/read-source.js';
import { write } from '../io.js';
import { FAIL_ON, oneOf, parseToday, parseYear } from '../options.js';
import { checkOutputPath, fileOutput, stdoutOutput, type ReportOutput } from '../output.js';
import { FORMAT_NAMES, loadFormatter } from '../report/index.js';
import { addToSummary, emptySummary, type RunInfo, type SummaryRow } from '../report/model.js';
import { loadRuleset } from '../ruleset/load.js';
import { chalkFor, type CommandContext } from './context.js';
import { TOOL_VERSION } from '../version.js';

export interface CheckCommandOptions {
  format: string;
  output?: string;
  failOn: string;
  ruleset: string;
  year?: string;
  today?: string;
  quiet?: boolean;
}

export async function checkCommand(paths: readonly string[], raw: CheckCommandOptions, { io, lang, c }: CommandContext): Promise<ExitCode> {
  const format = oneOf(c, '--format', raw.format, FORMAT_NAMES);
  const failOn = oneOf(c, '--fail-on', raw.failOn, FAIL_ON);
  const year = parseYear(c, raw.year);
  const today = parseToday(c, raw.today);
  const ruleset = loadRuleset(raw.ruleset, c);
  if (paths.filter((p) => p === '-').length > 1) throw new UserError(c.cli.stdinTwice());

  const expansion = await findTargets(paths, io.cwd);
  let exitCode: ExitCode = EXIT.ok;
  for (const describe of expansion.errors) {
    await write(io.stderr, `${c.cli.errorPrefix}${describe(c)}\n`);
    exitCode = EXIT.usage;
  }
  if (expansion.targets.length === 0) return EXIT.usage;

  const outputPath = raw.output ? checkOutputPath(c, io, raw.output, expansion.targets.map((t) => t.absolute)) : undefined;
  const output: ReportOutput = outputPath ? fileOutput(c, outputPath, raw.output!) : stdoutOutput(io);
  const formatter = await loadFormatter(format);
  const info: RunInfo = {
    toolVersion: TOOL_VERSION,
    rulesetId: ruleset.id,
    lang,
    catalogue: c,
    chalk: chalkFor(io, outputPath !== undefined),
    width: outputPath ? 140 : (io.stdout.columns ?? 140),
    quiet: Boolean(raw.quiet),
  };
  const options: CheckOptions = { ruleset, lang, catalogue: c, today, failOn, ...(year !== undefined ? { year } : {}) };
  const summary = emptySummary();
  const rows: SummaryRow[] = [];
  let findingsAtFailLevel = false;

  try {
    await output.write(formatter.start(info));
    for (const target of expansion.targets) {
      const stdin = target.absolute === '-' ? await readStdin(io.stdin) : undefined;
      const outcome = checkTarget(target, stdin, options, formatter, info);
      if (outcome.kind === 'error') {
        await write(io.stderr, `${c.cli.errorPrefix}${outcome.message}\n`);
        exitCode = EXIT.usage;
        continue;
      }
      findingsAtFailLevel ||= outcome.atFailLevel;
      // A synchronous output returns nothing to wait for: no await, no trip through the microtask queue per file.
      const written = output.write(summary.files > 0 ? formatter.separator + outcome.text : outcome.text);
      if (written) await written;
      addToSummary(summary, outcome.row);
      if (formatter.keepsRows) rows.push(outcome.row);
    }
    await output.write(formatter.end(summary, rows, info));
    output.commit();
  } catch (error) {
    output.abandon();
    throw error;
  }
  if (exitCode === EXIT.usage) return exitCode;
  return findingsAtFailLevel ? EXIT.findings : EXIT.ok;
}
