// Which output paths a run may write (SPEC §2): a new name or an existing regular file that is not a profile nor
// a file the run reads; refused before any work, with one sentence. A link to a regular file writes to its target.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import type { Io } from '../io.js';

/** A checked output path: where to write, and how the user wrote it (for messages). */
export interface OutputPath {
  absolute: string;
  shown: string;
}

const PROFILE_EXTENSION = /\.ya?ml$/i;

/**
 * Refuses, before any work, an output path that cannot be written or must not be replaced: a missing folder, a
 * folder, a profile (an input, or any `.yaml`/`.yml`), a device, a FIFO, a socket. `-` is standard output
 * (undefined). A link to a regular file writes to its target and leaves the link in place.
 */
export function checkOutputPath(c: Catalogue, io: Io, output: string, inputs: readonly string[]): OutputPath | undefined {
  if (output === '-') return undefined;
  if (output === '') throw new UserError(c.cli.outputEmpty());
  let absolute = path.resolve(io.cwd, output);
  const directory = path.dirname(absolute);
  if (!isDirectory(directory)) throw new UserError(c.cli.outputDirMissing(output, path.dirname(output)));
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UserError(c.cli.outputWriteFailed(output, writeReason(c, error)));
    // A link whose target does not exist: replacing it would lose the link.
    if (isLink(absolute)) throw new UserError(c.cli.outputNotRegular(output));
  }
  if (stat) {
    if (stat.isDirectory()) throw new UserError(c.cli.outputIsDirectory(output));
    if (!stat.isFile()) throw new UserError(c.cli.outputNotRegular(output));
    absolute = fs.realpathSync.native(absolute);
  }
  const inputReals = inputs.filter((input) => input !== '-').map((input) => realPathOrSelf(path.resolve(io.cwd, input)));
  if (PROFILE_EXTENSION.test(absolute) || PROFILE_EXTENSION.test(output)) throw new UserError(c.cli.outputIsInput(output));
  // Every file the run reads (profiles, the ruleset, the baseline) is protected: no output replaces it.
  if (inputReals.includes(absolute)) throw new UserError(c.cli.outputIsRead(output));
  return { absolute, shown: output };
}

/**
 * `--report FORMAT:FILE` values, each checked before any work (format among `formats`, path as for `--output`):
 * a bad one stops the command with nothing written. Two reports to one file are refused too.
 */
export function reportTargets<F extends string>(
  c: Catalogue,
  io: Io,
  specs: readonly string[],
  formats: readonly F[],
  inputs: readonly string[],
  output: OutputPath | undefined,
): Array<{ format: F; target: OutputPath }> {
  const reports = specs.map((spec) => {
    const match = /^([a-z]+):(.+)$/.exec(spec);
    if (!match) throw new UserError(c.cli.badReport(spec, [...formats]));
    if (!(formats as readonly string[]).includes(match[1]!)) throw new UserError(c.cli.invalidChoice('--report', match[1]!, [...formats]));
    const target = checkOutputPath(c, io, match[2]!, inputs);
    if (!target) throw new UserError(c.cli.reportToStdout(spec));
    return { format: match[1] as F, target };
  });
  const written = [output, ...reports.map((report) => report.target)].filter((target) => target !== undefined).map((target) => target.absolute);
  const twice = written.find((file, i) => written.indexOf(file) !== i);
  if (twice !== undefined) throw new UserError(c.cli.sameOutputTwice(twice));
  return reports;
}

export function writeReason(c: Catalogue, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.prototype.hasOwnProperty.call(c.cli.writeReasons, code)) return c.cli.writeReasons[code]!;
  return c.cli.writeReasonOther(code ?? String(error));
}

function isDirectory(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

export function isLink(candidate: string): boolean {
  try {
    return fs.lstatSync(candidate).isSymbolicLink();
  } catch {
    return false;
  }
}

export function realPathOrSelf(candidate: string): string {
  try {
    return fs.realpathSync.native(candidate);
  } catch {
    return candidate;
  }
}
