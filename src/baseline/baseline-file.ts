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
    if (problem.kind === 'json') {
      const { line, column } = lineColumn(text, problem.detail);
      throw new UserError(c.baseline.notJson(file, line, column));
    }
    throw new UserError(c.baseline.badShape(file, problem.where, problem.expected));
  }
  return parsed.baseline;
}

/** Whether a file a baseline names still exists (relative to the current folder). */
export function baselineFileExists(cwd: string, file: string): boolean {
  return fs.existsSync(path.resolve(cwd, file));
}

/** The line and column of the offset JSON.parse names (« at position 42 »), or of the end of the text. */
function lineColumn(text: string, detail: string): { line: number; column: number } {
  const offset = Math.min(text.length, Number(/position (\d+)/.exec(detail)?.[1] ?? text.length));
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
