// The one loop of a run, for `check`, `baseline`, `stats` and the library's checkPaths: each target found, read,
// checked (the YAML slip diagnosis loaded only when a file needs it), compared with the run's earlier profiles
// (rules of scope `run`), then matched against the baseline. Results are handed out one by one, in path order.
import path from 'node:path';
import { applyBaseline, applyBaselineV1, identityKey, unusedEntries, unusedEntriesV1, type Baseline } from '../baseline/baseline.js';
import { baselineFileExists } from '../baseline/baseline-file.js';
import { checkSource, needsSyntaxDiagnosis, type CheckOptions } from '../check/check-source.js';
import { runScope } from '../engine/run-scope.js';
import { findTargets, type Target } from '../input/find-files.js';
import { readSource, readStdin } from '../input/read-source.js';
import type { FileReport } from '../types.js';
import type { RunSession } from './session.js';

export interface BatchOptions extends CheckOptions {
  /** The folder paths are relative to. */
  cwd: string;
  /** What `-` reads; asked for only then (creating process.stdin costs ~5 ms of a start). */
  stdin: () => AsyncIterable<Uint8Array | string>;
  baseline?: Baseline;
  session: RunSession;
}

export type BatchItem =
  /** `key`: the file's path relative to the current folder, with `/` (how baselines name it); `<stdin>` for stdin. */
  | { kind: 'report'; report: FileReport; key: string }
  /** A path could not be read, or checking it failed: one sentence for stderr; the run exits 2 at the end. */
  | { kind: 'error'; message: string }
  /** A file passed by that a person may have meant as a profile: one sentence for stderr, not an error. */
  | { kind: 'notice'; message: string };

export interface BatchEnd {
  /** Files checked (read and reported, valid or not). */
  checked: number;
  /** Baseline entries that matched nothing: of profiles checked now (and, version 1, of files that no longer exist). */
  unusedBaselineEntries: number;
  /** Those entries named (version 2): `identity · rule · key`. */
  unusedBaselineNames: string[];
}

/** How long the loop may run without letting the event loop turn (so that Ctrl-C is heard mid-batch), in ms. */
const YIELD_EVERY_MS = 50;

export async function* runBatch(paths: readonly string[], options: BatchOptions): AsyncGenerator<BatchItem, BatchEnd, undefined> {
  const { cwd, session, baseline, ruleset, catalogue: c } = options;
  const stdin = paths.includes('-') ? await readStdin(options.stdin()) : undefined;
  const scope = ruleset ? runScope(ruleset, options.lang, c, options.today, session.check.wordings) : undefined;
  const checkedKeys = new Set<string>();
  let checked = 0;
  let unusedBaselineEntries = 0;
  const unusedBaselineNames: string[] = [];
  let lastYield = Date.now();
  for (const found of findTargets(paths, cwd)) {
    if (found.kind === 'error' || found.kind === 'notice') {
      yield { kind: found.kind, message: found.describe(c) };
      continue;
    }
    const isStdin = found.target.absolute === '-';
    const display = isStdin ? '<stdin>' : found.target.display;
    let report: FileReport;
    try {
      const read = isStdin ? stdin! : readSource(found.target.absolute, found.target.display, session.buffer());
      if (read.kind === 'error') {
        yield { kind: 'error', message: read.describe(c) };
        continue;
      }
      report = checkSource(display, read, options, session.check);
      // A YAML slip is checked again once the diagnosis is loaded: only that rare path awaits.
      if (needsSyntaxDiagnosis(report, session.check)) {
        await session.loadDiagnosis();
        report = checkSource(display, read, options, session.check);
      }
      // A profile that lists communes or an EPCI: the Code officiel géographique is loaded the first time.
      if (report.needsTerritory) {
        await session.loadTerritory();
        report = checkSource(display, read, options, session.check);
      }
    } catch (error) {
      yield { kind: 'error', message: c.cli.internalInFile(display, error instanceof Error ? error.message : String(error)) };
      continue;
    }
    checked++;
    if (scope) report = scope.apply(report);
    const key = isStdin ? display : keyOf(cwd, found.target);
    if (baseline && ruleset && baseline.schemaVersion === 2) {
      // By the profile's identity: a renamed or moved file keeps its baseline.
      const identity = identityKey(report);
      const entries = identity !== null && Object.prototype.hasOwnProperty.call(baseline.profiles, identity) ? baseline.profiles[identity] : undefined;
      const applied = applyBaseline(report, entries, ruleset);
      report = applied.report;
      if (identity !== null && !report.invalid) {
        const unused = unusedEntries(identity, entries, applied.used);
        unusedBaselineEntries += unused.length;
        unusedBaselineNames.push(...unused);
      }
    } else if (baseline && ruleset && baseline.schemaVersion === 1) {
      const entries = Object.prototype.hasOwnProperty.call(baseline.files, key) ? baseline.files[key] : undefined;
      const applied = applyBaselineV1(report, entries, ruleset);
      report = applied.report;
      unusedBaselineEntries += unusedEntriesV1(entries, applied.used);
      checkedKeys.add(key);
    }
    yield { kind: 'report', report, key };
    if (Date.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  }
  if (baseline && baseline.schemaVersion === 1) {
    // Files the baseline names that no longer exist: their entries match nothing any more.
    for (const [file, entries] of Object.entries(baseline.files)) {
      if (!checkedKeys.has(file) && !baselineFileExists(cwd, file)) unusedBaselineEntries += Object.keys(entries).length;
    }
  }
  return { checked, unusedBaselineEntries, unusedBaselineNames };
}

/** A shown path is already relative to the current folder unless the user gave an absolute one or went up. */
function keyOf(cwd: string, target: Target): string {
  if (!target.display.startsWith('/') && !target.display.startsWith('../')) return target.display;
  return path.relative(cwd, target.absolute).split(path.sep).join('/');
}
