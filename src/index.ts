/**
 * clsm as a library: check CLSM profiles against the national referential without the command line.
 *
 * ```ts
 * import { checkText, checkPaths, formatReport } from 'clsm';
 * const report = checkText(yamlText, { today: '2026-01-15' });
 * for await (const file of checkPaths(['profils/'])) console.log(file.path, file.status);
 * ```
 * @packageDocumentation
 */
import { applyBaseline, type Baseline } from './baseline/baseline.js';
import type { CheckOptions } from './check/check-source.js';
import { resolveRuleset, type CheckTextOptions } from './core.js';
import { catalogue } from './i18n/index.js';
import { findTargets } from './input/find-files.js';
import { readStdin } from './input/read-source.js';
import { parseToday } from './options.js';
import { summaryAggregator, type Summary } from './report/model.js';
import { checkTargets, diagnosed } from './run/check-targets.js';
import { runRules } from './run/run-rules.js';
import { loadRuleset as loadRulesetFile } from './ruleset/load.js';
import type { Ruleset } from './ruleset/types.js';
import type { FileReport, Lang } from './types.js';

export * from './core.js';

export interface CheckPathsOptions extends Omit<CheckTextOptions, 'path'> {
  /** The folder paths are relative to, and reports show paths from (default: the current folder). */
  cwd?: string;
  /** What `-` reads (default: the process's standard input). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** A baseline (see `parseBaseline`): the findings it covers move to each report's `baselined`. */
  baseline?: Baseline;
}

/** The batch's counts, and the files that could not be read (one sentence each). */
export interface RunSummary extends Summary {
  errors: string[];
}

/**
 * Checks files, folders (recursively, `*.yaml`/`*.yml`), globs, or `-` for standard input, one file at a time:
 * yields each file's report as soon as it is made, then returns the summary (the generator's return value).
 * A path that cannot be read does not stop the batch: it is listed in the summary's `errors`.
 * @throws {UserError} when an option is invalid (an unknown ruleset, a malformed `today`).
 */
export async function* checkPaths(paths: readonly string[], options: CheckPathsOptions = {}): AsyncGenerator<FileReport, RunSummary, undefined> {
  const lang = options.lang ?? 'fr';
  const c = catalogue(lang);
  const cwd = options.cwd ?? process.cwd();
  const ruleset = typeof options.ruleset === 'string' ? loadRuleset(options.ruleset, { cwd, lang }) : resolveRuleset(options.ruleset, lang);
  const checkOptions: CheckOptions = {
    ruleset,
    lang,
    catalogue: c,
    today: parseToday(c, options.today),
    failOn: options.failOn ?? 'error',
    ...(options.year !== undefined ? { year: options.year } : {}),
  };
  const errors: string[] = [];
  const stdin = paths.includes('-') ? await readStdin(options.stdin ?? process.stdin) : undefined;
  const summary = summaryAggregator(options.baseline !== undefined);
  const duplicates = runRules(ruleset, lang, c, checkOptions.failOn);
  for (const found of checkTargets(findTargets(paths, cwd), stdin, checkOptions, cwd)) {
    const outcome = found.kind === 'report' && found.recheck ? await diagnosed(found, checkOptions) : found;
    if (outcome.kind === 'error') {
      errors.push(outcome.describe(c));
      continue;
    }
    const files = options.baseline?.files;
    const checked = duplicates.apply(outcome.report);
    const report = files ? applyBaseline(checked, Object.prototype.hasOwnProperty.call(files, outcome.key) ? files[outcome.key] : undefined, checkOptions.failOn).report : checked;
    summary.add(report);
    yield report;
  }
  return { ...summary.result(), errors };
}

/**
 * A built-in ruleset by id (`referentiel-2025`), or a ruleset file (YAML), validated against
 * `schemas/ruleset.schema.json`.
 * @throws {UserError} naming the file, line and column of each problem.
 */
export function loadRuleset(idOrFile: string, options: { cwd?: string; lang?: Lang } = {}): Ruleset {
  return loadRulesetFile(idOrFile, catalogue(options.lang ?? 'fr'), options.cwd ?? process.cwd());
}

