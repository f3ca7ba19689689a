// `--ruleset ID|FILE`: a built-in ruleset by id, or a ruleset file read from disk and put through parse-ruleset.ts,
// with the files it extends read relative to it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import { fromBytes } from '../document/source.js';
import { describeFsError } from '../input/read-source.js';
import { wordInputProblem } from '../wording/word-input.js';
import { BUILTIN_RULESET_IDS, builtinRuleset } from './builtin.js';
import { parseRuleset, type ParentResolution, type RulesetText } from './parse-ruleset.js';
import type { Ruleset } from './types.js';

export { DEFAULT_RULESET } from './builtin.js';

/**
 * The example rulesets the package ships, by a name (`--ruleset exemple-ars-idf`): after a global install their path
 * is inside the install folder, which nobody should have to type.
 */
const SHIPPED_EXAMPLES: Readonly<Record<string, string>> = { 'exemple-ars-idf': 'ars-idf-2026.regles.yaml' };

/** The example's file beside the bundle (dist/ → examples/) or beside the sources (src/ruleset/ → examples/). */
function shippedExample(name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(SHIPPED_EXAMPLES, name)) return undefined;
  for (const up of ['../examples/', '../../examples/']) {
    const candidate = fileURLToPath(new URL(`${up}${SHIPPED_EXAMPLES[name]}`, import.meta.url));
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Largest ruleset file accepted: the national one weighs about 60 kB. */
const MAX_RULESET_BYTES = 4 * 1024 * 1024;

/** Each file a loaded ruleset was read from, as it was then: the ruleset is read again when one of them changed. */
interface Stamp {
  absolute: string;
  mtimeMs: number;
  size: number;
}

/** Rulesets already loaded from files, by absolute path (a run session's: see run/session.ts). */
export type RulesetCache = Map<string, { stamps: Stamp[]; ruleset: Ruleset }>;

function unchanged(stamps: readonly Stamp[]): boolean {
  return stamps.every((stamp) => {
    try {
      const stat = fs.statSync(stamp.absolute);
      return stat.mtimeMs === stamp.mtimeMs && stat.size === stamp.size;
    } catch {
      return false;
    }
  });
}

const shown = (cwd: string, absolute: string) => {
  const relative = path.relative(cwd, absolute);
  return (relative === '' || relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
};

/** Reads a ruleset file, or says in a sentence why it cannot. */
function readRulesetFile(absolute: string, name: string, c: Catalogue, stamps: Stamp[]): { kind: 'file'; file: RulesetText } | { kind: 'error'; reason: string } {
  try {
    const stat = fs.statSync(absolute);
    if (!stat.isFile()) return { kind: 'error', reason: c.ruleset.notAFile(name) };
    if (stat.size > MAX_RULESET_BYTES) return { kind: 'error', reason: c.ruleset.tooLarge(name) };
    stamps.push({ absolute, mtimeMs: stat.mtimeMs, size: stat.size });
    // Read as a profile is: a Latin-1 or UTF-16 file is said, never decoded into U+FFFD spread over every report.
    const source = fromBytes(fs.readFileSync(absolute));
    if (source.kind === 'problem') return { kind: 'error', reason: c.ruleset.encoding(name, wordInputProblem(c, source.problem)) };
    return { kind: 'file', file: { text: source.text, name, key: fs.realpathSync.native(absolute) } };
  } catch (error) {
    return { kind: 'error', reason: describeFsError(c, error, name) };
  }
}

/** Whether `--ruleset` names a file (a folder in it, or a YAML extension) rather than a shipped id. */
export function namesRulesetFile(idOrFile: string | undefined): idOrFile is string {
  return idOrFile !== undefined && /[/\\]|\.ya?ml$/i.test(idOrFile);
}

/**
 * A built-in ruleset by id, or a ruleset file (and the files it extends). With a cache, a file is read again only
 * when it, or a file it extends, changed (modification time or size).
 */
export function loadRuleset(idOrFile: string, c: Catalogue, cwd: string, cache?: RulesetCache): Ruleset {
  const builtin = builtinRuleset(idOrFile);
  if (builtin) return builtin;
  const example = shippedExample(idOrFile);
  if (!example && !namesRulesetFile(idOrFile)) throw new UserError(c.ruleset.unknown(idOrFile, [...BUILTIN_RULESET_IDS, ...Object.keys(SHIPPED_EXAMPLES)]));
  const absolute = example ?? path.resolve(cwd, idOrFile);
  const cached = cache?.get(absolute);
  if (cached && unchanged(cached.stamps)) return cached.ruleset;
  const stamps: Stamp[] = [];
  const read = readRulesetFile(absolute, idOrFile, c, stamps);
  if (read.kind === 'error') throw new UserError(read.reason);
  const resolveParent = (reference: string, from: RulesetText): ParentResolution => {
    const parent = path.resolve(path.dirname(from.key), reference);
    return readRulesetFile(parent, shown(cwd, parent), c, stamps);
  };
  const parsed = parseRuleset(read.file, c, resolveParent);
  if (!parsed.ok) throw new UserError(parsed.problems.map((problem) => c.ruleset.problem(problem.file, problem.line, problem.column, problem.message)).join('\n'));
  cache?.set(absolute, { stamps, ruleset: parsed.ruleset });
  return parsed.ruleset;
}
