/**
 * clsm as a library: check CLSM profiles against the national referential without the command line.
 *
 * ```ts
 * import { checkText, checkPaths, formatReport, statusOf } from 'clsm';
 * const result = checkText(yamlText, { today: '2026-01-15' });
 * for await (const file of checkPaths(['profils/'])) console.log(file.path, statusOf(file, 'error'));
 * ```
 * @packageDocumentation
 */
import type { Baseline } from './baseline/baseline.js';
import { resolveRuleset, type CheckTextOptions } from './core.js';
import { checkedFailOn, checkedLang } from './library-options.js';
import { summaryAggregator, type Summary } from './report/model.js';
import { catalogue } from './i18n/index.js';
import { parseToday } from './options.js';
import { runBatch } from './run/batch.js';
import { createRunSession } from './run/session.js';
import { loadRuleset as loadRulesetFile } from './ruleset/load.js';
import type { Ruleset } from './ruleset/types.js';
import type { FailOn, FileReport, Lang } from './types.js';

export * from './core.js';

export interface CheckPathsOptions extends Omit<CheckTextOptions, 'path' | 'session'> {
  /** The folder paths are relative to, and reports show paths from (default: the current folder). */
  cwd?: string;
  /** What `-` reads (default: the process's standard input). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** A baseline (see `parseBaseline`): the findings it covers move to each result's `baselined`. */
  baseline?: Baseline;
  /** The threshold of the summary's statuses (default `error`). */
  failOn?: FailOn;
}

/** The batch's counts, the files that could not be read (one sentence each), and the baseline entries that matched nothing. */
export interface RunSummary extends Summary {
  errors: string[];
  unusedBaselineEntries: number;
}

/**
 * Checks files, folders (recursively, `*.yaml`/`*.yml`), globs, or `-` for standard input, one file at a time, as
 * `clsm check` does (the same loop): yields each file's result as soon as it is made, then returns the summary (the
 * generator's return value). A path that cannot be read does not stop the batch: it is listed in `errors`.
 * @throws {UserError} when an option is invalid (an unknown ruleset, a malformed `today`).
 */
export async function* checkPaths(paths: readonly string[], options: CheckPathsOptions = {}): AsyncGenerator<FileReport, RunSummary, undefined> {
  const lang = checkedLang(options.lang);
  const c = catalogue(lang);
  const cwd = options.cwd ?? process.cwd();
  const session = createRunSession();
  // A string is a built-in id or a ruleset file, as `--ruleset` reads it.
  const ruleset = typeof options.ruleset === 'string' ? loadRulesetFile(options.ruleset, c, cwd, session.rulesets) : resolveRuleset(options.ruleset, lang);
  const failOn = checkedFailOn(options.failOn ?? 'error', lang);
  const summary = summaryAggregator(failOn, options.baseline !== undefined);
  const errors: string[] = [];
  const batch = runBatch(paths, {
    ruleset,
    lang,
    catalogue: c,
    today: parseToday(c, options.today),
    ...(options.year !== undefined ? { year: options.year } : {}),
    cwd,
    stdin: () => options.stdin ?? process.stdin,
    session,
    ...(options.baseline ? { baseline: options.baseline } : {}),
  });
  for (;;) {
    const next = await batch.next();
    if (next.done) return { ...summary.result(), errors, unusedBaselineEntries: next.value.unusedBaselineEntries };
    const item = next.value;
    if (item.kind === 'error') {
      errors.push(item.message);
      continue;
    }
    if (item.kind === 'notice') continue;
    const { claims: _claims, ...report } = item.report;
    summary.add(report);
    yield report;
  }
}

/**
 * A built-in ruleset by id (`referentiel-2025`), or a ruleset file (YAML), validated against
 * `schemas/ruleset.schema.json`. Read anew at each call: an edited file gives the new ruleset.
 * @throws {UserError} naming the file, line and column of each problem.
 */
export function loadRuleset(idOrFile: string, options: { cwd?: string; lang?: Lang } = {}): Ruleset {
  return loadRulesetFile(idOrFile, catalogue(options.lang ?? 'fr'), options.cwd ?? process.cwd());
}
