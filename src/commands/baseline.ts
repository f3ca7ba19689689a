// `clsm baseline [paths...]`: records today's counted findings per file and rule (SPEC §4, "Baselines"), or, with
// `--prune`, lowers the counts of an existing baseline to today's findings.
import fs from 'node:fs';
import path from 'node:path';
import { baselineEntries, baselineText, entryCount, identityKey, parseBaseline, pruneProfiles, type Baseline, type BaselineProfiles } from '../baseline/baseline.js';
import { readBaseline } from '../baseline/baseline-file.js';
import { DEFAULT_BASELINE } from '../baseline/default-file.js';
import { UserError } from '../errors.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, writeError } from '../io.js';
import { parseToday, parseYear } from '../options.js';
import { fileOutput } from '../output/atomic-file.js';
import { checkOutputPath } from '../output/output-path.js';
import { printable } from '../printable.js';
import { runBatch } from '../run/batch.js';
import { DEFAULT_RULESET, loadRuleset, namesRulesetFile } from '../ruleset/load.js';
import type { CommandContext } from './context.js';

export interface BaselineCommandOptions {
  output?: string;
  prune?: boolean | string;
  force?: boolean;
  ruleset: string;
  year?: string;
  today?: string;
}

export async function baselineCommand(paths: readonly string[], raw: BaselineCommandOptions, { io, lang, c, session, temporaryFiles }: CommandContext): Promise<ExitCode> {
  const year = parseYear(c, raw.year);
  const today = parseToday(c, raw.today);
  // `--prune FILE -o OTHER` reads FILE and writes OTHER; `--prune` alone rewrites the baseline it reads.
  const source = typeof raw.prune === 'string' ? raw.prune : (raw.output ?? DEFAULT_BASELINE);
  // Without -o, the baseline is written where it is read (`--prune FILE`), or to the default file.
  const file = raw.output ?? source;
  const pruning = raw.prune !== undefined && raw.prune !== false;
  const existing = pruning ? readExisting(io.cwd, source, c) : undefined;
  // Pruning keeps the ruleset the baseline was made with, unless another is asked for.
  const ruleset = loadRuleset(raw.ruleset ?? existing?.ruleset ?? DEFAULT_RULESET, c, io.cwd, session.rulesets);
  const writesOver = (candidate: string) => path.resolve(io.cwd, candidate) === path.resolve(io.cwd, file);
  const read = [...paths, ...(namesRulesetFile(raw.ruleset) ? [raw.ruleset] : []), ...(pruning && !writesOver(source) ? [source] : [])];
  const target = checkOutputPath(c, io, file, read);
  if (!target) throw new UserError(c.cli.outputEmpty());
  if ((!pruning || !writesOver(source)) && !raw.force && fs.existsSync(target.absolute)) throw new UserError(c.baseline.exists(file));

  // By the profile's identity (identifiant and year): a renamed or moved file keeps its baseline; stdin has one too.
  const recorded = new Map<string, Record<string, string[]>>();
  let read_ = 0;
  let allRead = true;
  for await (const item of runBatch(paths, { ruleset, lang, catalogue: c, today, ...(year !== undefined ? { year } : {}), cwd: io.cwd, stdin: () => io.stdin, session })) {
    if (item.kind === 'notice') await write(io.stderr, `${printable(item.message)}\n`);
    else if (item.kind === 'error') {
      await writeError(io, c, item.message);
      allRead = false;
    } else {
      read_++;
      const identity = identityKey(item.report);
      if (identity === null || item.report.invalid) continue;
      // Two files of one identity (a copy): their entries are merged, as the run compares them anyway.
      const entries = baselineEntries(item.report, ruleset);
      const earlier = recorded.get(identity) ?? {};
      for (const [rule, keys] of Object.entries(entries)) earlier[rule] = [...new Set([...(earlier[rule] ?? []), ...keys])];
      recorded.set(identity, earlier);
    }
  }
  const exitCode: ExitCode = allRead ? EXIT.ok : EXIT.usage;
  if (read_ === 0) {
    if (paths.includes('-')) await writeError(io, c, c.baseline.stdin());
    return EXIT.usage;
  }

  let profiles: BaselineProfiles;
  let message: string;
  if (existing) {
    if (existing.schemaVersion === 1) throw new UserError(c.baseline.pruneVersion1(source));
    const pruned = pruneProfiles(existing.profiles, recorded);
    profiles = pruned.profiles;
    message = c.baseline.pruned(file, pruned.removed);
  } else {
    profiles = Object.fromEntries(recorded);
    let findings = 0;
    let withFindings = 0;
    for (const entries of recorded.values()) {
      const count = Object.values(entries).reduce((sum, keys) => sum + keys.length, 0);
      findings += count;
      if (count > 0) withFindings++;
    }
    message = c.baseline.written(file, findings, withFindings);
  }
  const text = baselineText(existing?.ruleset ?? ruleset.id, profiles);
  // An empty baseline over one that holds entries would drop them all at once: --force says it is meant.
  const written = parseBaseline(text);
  const replaced = fs.existsSync(target.absolute) ? readIfBaseline(target.absolute) : undefined;
  if (!raw.force && written.ok && entryCount(written.baseline) === 0 && replaced && entryCount(replaced) > 0) throw new UserError(c.baseline.wouldEmpty(file, entryCount(replaced)));
  const output = fileOutput(c, target.absolute, target.shown, temporaryFiles);
  try {
    output.write(text);
    output.commit();
  } catch (error) {
    output.abandon();
    throw error;
  }
  await write(io.stdout, `${printable(message)}\n`);
  return exitCode;
}

function readExisting(cwd: string, file: string, c: CommandContext['c']) {
  if (!fs.existsSync(path.resolve(cwd, file))) throw new UserError(c.baseline.missing(file));
  return readBaseline(c, cwd, file);
}

/** The baseline a file holds, or undefined when it is not one (an earlier report, another file). */
function readIfBaseline(file: string): Baseline | undefined {
  try {
    const parsed = parseBaseline(fs.readFileSync(file, 'utf8'));
    return parsed.ok ? parsed.baseline : undefined;
  } catch {
    return undefined;
  }
}
