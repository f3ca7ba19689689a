// `clsm baseline [paths...]`: records today's counted findings per file and rule (SPEC §4, "Baselines"), or, with
// `--prune`, lowers the counts of an existing baseline to today's findings.
import fs from 'node:fs';
import path from 'node:path';
import { baselineEntries, baselineText, pruneBaseline, type BaselineFiles } from '../baseline/baseline.js';
import { baselineFileExists, readBaseline } from '../baseline/baseline-file.js';
import { DEFAULT_BASELINE } from '../baseline/default-file.js';
import { UserError } from '../errors.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, writeError } from '../io.js';
import { parseToday, parseYear } from '../options.js';
import { fileOutput } from '../output/atomic-file.js';
import { checkOutputPath } from '../output/output-path.js';
import { printable } from '../printable.js';
import { runBatch } from '../run/batch.js';
import { DEFAULT_RULESET, loadRuleset } from '../ruleset/load.js';
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
  const file = raw.output ?? source;
  const pruning = raw.prune !== undefined && raw.prune !== false;
  const existing = pruning ? readExisting(io.cwd, source, c) : undefined;
  // Pruning keeps the ruleset the baseline was made with, unless another is asked for.
  const ruleset = loadRuleset(raw.ruleset ?? existing?.ruleset ?? DEFAULT_RULESET, c, io.cwd, session.rulesets);
  const writesOver = (candidate: string) => path.resolve(io.cwd, candidate) === path.resolve(io.cwd, file);
  const read = [...paths, ...(raw.ruleset && /[/\\]|\.ya?ml$/i.test(raw.ruleset) ? [raw.ruleset] : []), ...(pruning && !writesOver(source) ? [source] : [])];
  const target = checkOutputPath(c, io, file, read);
  if (!target) throw new UserError(c.cli.outputEmpty());
  if ((!pruning || !writesOver(source)) && !raw.force && fs.existsSync(target.absolute)) throw new UserError(c.baseline.exists(file));

  const recorded = new Map<string, Record<string, number>>();
  let allRead = true;
  for await (const item of runBatch(paths, { ruleset, lang, catalogue: c, today, ...(year !== undefined ? { year } : {}), cwd: io.cwd, stdin: io.stdin, session })) {
    if (item.kind === 'notice') await write(io.stderr, `${printable(item.message)}\n`);
    else if (item.kind === 'error') {
      await writeError(io, c, item.message);
      allRead = false;
    } else if (item.key !== '<stdin>') recorded.set(item.key, baselineEntries(item.report, ruleset));
  }
  const exitCode: ExitCode = allRead ? EXIT.ok : EXIT.usage;
  if (recorded.size === 0) {
    // Nothing recorded: standard input has no file name a baseline could keep, or nothing could be read.
    if (paths.includes('-')) await writeError(io, c, c.baseline.stdin());
    return EXIT.usage;
  }

  let files: BaselineFiles;
  let message: string;
  if (existing) {
    const pruned = pruneBaseline(existing.files, recorded, (name) => baselineFileExists(io.cwd, name));
    files = pruned.files;
    message = c.baseline.pruned(file, pruned.removed, pruned.lowered);
  } else {
    files = Object.fromEntries(recorded);
    let findings = 0;
    let withFindings = 0;
    for (const entries of recorded.values()) {
      const count = Object.values(entries).reduce((sum, n) => sum + n, 0);
      findings += count;
      if (count > 0) withFindings++;
    }
    message = c.baseline.written(file, findings, withFindings);
  }
  const output = fileOutput(c, target.absolute, target.shown, temporaryFiles);
  try {
    output.write(baselineText(existing?.ruleset ?? ruleset.id, files));
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
