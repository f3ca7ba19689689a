// `--ruleset ID|FILE`: a built-in ruleset by id, or a ruleset file read from disk and put through parse-ruleset.ts.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import { describeFsError } from '../input/read-source.js';
import { BUILTIN_RULESET_IDS, builtinRuleset } from './builtin.js';
import { parseRuleset } from './parse-ruleset.js';
import type { Ruleset } from './types.js';

export { DEFAULT_RULESET } from './builtin.js';

/** Largest ruleset file accepted: the national one weighs about 60 kB. */
const MAX_RULESET_BYTES = 4 * 1024 * 1024;

const cache = new Map<string, Ruleset>();

export function loadRuleset(idOrFile: string, c: Catalogue, cwd: string = process.cwd()): Ruleset {
  const builtin = builtinRuleset(idOrFile);
  if (builtin) return builtin;
  if (!/[/\\]|\.ya?ml$/i.test(idOrFile)) throw new UserError(c.ruleset.unknown(idOrFile, BUILTIN_RULESET_IDS));
  const file = path.resolve(cwd, idOrFile);
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_RULESET_BYTES) throw new UserError(c.ruleset.tooLarge(idOrFile));
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(describeFsError(c, error, idOrFile));
  }
  const parsed = parseRuleset(text, c);
  if (!parsed.ok) throw new UserError(parsed.problems.map((problem) => c.ruleset.problem(idOrFile, problem.line, problem.column, problem.message)).join('\n'));
  cache.set(file, parsed.ruleset);
  return parsed.ruleset;
}
