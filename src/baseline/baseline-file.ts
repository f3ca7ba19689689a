// Reading a baseline file from disk, with one French sentence for each way it can be wrong.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import { describeFsError } from '../input/read-source.js';
import { parseBaseline, type Baseline } from './baseline.js';


/** Largest baseline accepted: a repository of thousands of profiles writes a few hundred kilobytes. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

export function readBaseline(c: Catalogue, cwd: string, file: string): Baseline {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    const stat = fs.statSync(absolute);
    if (!stat.isFile()) throw new UserError(c.baseline.notAFile(file));
    if (stat.size > MAX_BASELINE_BYTES) throw new UserError(c.baseline.tooLarge(file));
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(c.baseline.unreadable(file, describeFsError(c, error, file)));
  }
  const parsed = parseBaseline(text);
  if (!parsed.ok) {
    const { problem } = parsed;
    throw new UserError(problem.kind === 'json' ? c.baseline.notJson(file, problem.detail) : c.baseline.badShape(file, problem.where, problem.expected));
  }
  return parsed.baseline;
}

/** Whether a file a baseline names still exists (relative to the current folder). */
export function baselineFileExists(cwd: string, file: string): boolean {
  return fs.existsSync(path.resolve(cwd, file));
}
