// `clsm stats [paths...]`: the instruction's national indicators (SPEC §6) over the valid profiles given.
// Profiles are parsed and validated only: the rules play no part in the indicators.
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, writeError } from '../io.js';
import { printable } from '../printable.js';
import { oneOf, parseToday, parseYear } from '../options.js';
import { fileOutput } from '../output/atomic-file.js';
import { checkOutputPath, reportTargets } from '../output/output-path.js';
import { stdoutOutput } from '../output/report-output.js';
import { runBatch } from '../run/batch.js';
import { computeStats } from '../stats/compute.js';
import { STATS_FORMATS, statsCsv, statsHtml, statsJson, statsText, type StatsFormat } from '../stats/render.js';
import type { FileReport } from '../types.js';
import { TOOL } from '../version.js';
import type { CommandContext } from './context.js';

export interface StatsCommandOptions {
  format: string;
  output?: string;
  report?: string[];
  year?: string;
  /** `--per region|departement`: the rows. */
  per?: string;
}

export async function statsCommand(paths: readonly string[], raw: StatsCommandOptions, { io, lang, c, session, temporaryFiles }: CommandContext): Promise<ExitCode> {
  const format = oneOf(c, '--format', raw.format, STATS_FORMATS);
  const year = parseYear(c, raw.year);
  const per = oneOf(c, '--per', raw.per ?? 'region', ['region', 'departement'] as const);
  const output = raw.output !== undefined ? checkOutputPath(c, io, raw.output, paths) : undefined;
  const reports = reportTargets(c, io, raw.report ?? [], STATS_FORMATS, paths, output);
  // No rules: a profile is only read and validated, the indicators read its facts.
  const batch = runBatch(paths, { ruleset: null, lang, catalogue: c, today: parseToday(c, undefined), ...(year !== undefined ? { year } : {}), cwd: io.cwd, stdin: () => io.stdin, session });
  const checked: FileReport[] = [];
  let allRead = true;
  for await (const item of batch) {
    if (item.kind === 'notice') {
      await write(io.stderr, `${printable(item.message)}\n`);
      continue;
    }
    if (item.kind === 'error') {
      await writeError(io, c, item.message);
      allRead = false;
      continue;
    }
    // Only what the indicators read is kept: not the findings' texts.
    const { path, clsm, invalid, facts } = item.report;
    checked.push({ path, clsm, invalid, facts, findings: [], waived: [], lang, ruleset: null });
  }
  const exitCode: ExitCode = allRead ? EXIT.ok : EXIT.usage;
  if (checked.length === 0) return EXIT.usage;
  const result = computeStats(checked, TOOL, await session.loadTerritory(), { per });
  const render = (name: StatsFormat): string =>
    name === 'json' ? statsJson(result) : name === 'csv' ? statsCsv(result, c) : name === 'html' ? statsHtml(result, c, lang) : statsText(result, c);
  const main = output ? fileOutput(c, output.absolute, output.shown, temporaryFiles) : stdoutOutput(io, c, { terminalSafe: format !== 'text' });
  await main.write(render(format));
  main.commit();
  for (const report of reports) {
    const file = fileOutput(c, report.target.absolute, report.target.shown, temporaryFiles);
    file.write(render(report.format));
    file.commit();
  }
  if (result.rows.length === 0) await write(io.stderr, `${c.cli.errorPrefix}${c.stats.nothing()}\n`);
  return exitCode;
}

