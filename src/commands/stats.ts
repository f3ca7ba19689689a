// `clsm stats [paths...]`: the instruction's national indicators (SPEC §6) over the valid profiles given.
// Profiles are parsed and validated only: the rules play no part in the indicators.
import type { CheckOptions } from '../check/check-source.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write } from '../io.js';
import { oneOf, parseToday, parseYear } from '../options.js';
import { checkOutputPath, fileOutput, reportTargets, stdoutOutput } from '../output.js';
import type { Ruleset } from '../ruleset/types.js';
import { eachReport } from '../run/each-report.js';
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
}

/** No rule at all: a profile is only parsed and validated. */
const NO_RULES: Ruleset = { id: 'stats', title: { fr: 'Indicateurs', en: 'Indicators' }, labels: { fr: new Map(), en: new Map() }, rules: [], byId: new Map() };

export async function statsCommand(paths: readonly string[], raw: StatsCommandOptions, { io, lang, c }: CommandContext): Promise<ExitCode> {
  const format = oneOf(c, '--format', raw.format, STATS_FORMATS);
  const year = parseYear(c, raw.year);
  const output = raw.output !== undefined ? checkOutputPath(c, io, raw.output, paths) : undefined;
  const reports = reportTargets(c, io, raw.report ?? [], STATS_FORMATS, paths, output);
  const options: CheckOptions = { ruleset: NO_RULES, lang, catalogue: c, today: parseToday(c, undefined), failOn: 'never', ...(year !== undefined ? { year } : {}) };
  const checked: FileReport[] = [];
  const allRead = await eachReport(paths, options, io, c, ({ path, status, clsm, facts }) => {
    // Only what the indicators read is kept: not the findings' texts.
    checked.push({ path, status, clsm, facts, findings: [], waived: [], counts: { error: 0, warning: 0, info: 0 } });
  });
  const exitCode: ExitCode = allRead ? EXIT.ok : EXIT.usage;
  if (checked.length === 0) return EXIT.usage;
  const result = computeStats(checked, TOOL);
  const render = (name: StatsFormat): string =>
    name === 'json' ? statsJson(result) : name === 'csv' ? statsCsv(result, c) : name === 'html' ? statsHtml(result, c, lang) : statsText(result, c);
  const main = output ? fileOutput(c, output.absolute, output.shown) : stdoutOutput(io);
  await main.write(render(format));
  main.commit();
  for (const report of reports) {
    const file = fileOutput(c, report.target.absolute, report.target.shown);
    file.write(render(report.format));
    file.commit();
  }
  if (result.rows.length === 0) await write(io.stderr, `${c.cli.errorPrefix}${c.stats.nothing()}\n`);
  return exitCode;
}

