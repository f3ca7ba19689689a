// A ruleset file's text → a ruleset, or its problems with file, line and column: the run-time stage every ruleset
// file goes through (the build runs the built-in ones through it too). A file that `extends` another is merged
// over it; the chain is followed (built-in ids here, files through the caller's resolver) and a cycle is refused.
import { locate } from '../document/locate.js';
import { wordInputProblem } from '../wording/word-input.js';
import type { Locator } from '../document/locator.js';
import { parseYaml } from '../document/parse.js';
import { normalizedText } from '../document/source.js';
import type { Catalogue } from '../i18n/index.js';
import { schemaProblem, type InputProblem } from '../problem.js';
import { schemaProblems } from '../schema/schema-problems.js';
import type { Position } from '../types.js';
import { builtinRawRuleset } from './builtin.js';
import { buildRuleset } from './build.js';
import { extendRuleset, type Merged } from './extend.js';
import { readRulesetSchema, rulesetValidator } from './ruleset-validators.js';
import type { RawRuleset, RawRulesetFile, Ruleset } from './types.js';

/** A ruleset file to parse: its text, the name problems are reported with, and a key that identifies it (its real path). */
export interface RulesetText {
  text: string;
  name: string;
  key: string;
}

export type ParentResolution = { kind: 'file'; file: RulesetText } | { kind: 'error'; reason: string };

/** Finds the file a ruleset `extends` (a path relative to the extending file); the core has no file system. */
export type ResolveParent = (reference: string, from: RulesetText) => ParentResolution;

export interface RulesetProblem extends Position {
  file: string;
  message: string;
}

export type ParsedRuleset = { ok: true; ruleset: Ruleset; raw: RawRuleset } | { ok: false; problems: RulesetProblem[] };

/** A parsed file, or a built-in ruleset (no locator: it passed this stage at build time). */
interface Source {
  name: string;
  locator: Locator | null;
}

type Found = { file: Source; problem: InputProblem };

export function parseRuleset(input: RulesetText | string, c: Catalogue, resolveParent?: ResolveParent): ParsedRuleset {
  const file = typeof input === 'string' ? { text: input, name: '', key: '' } : input;
  const problems: Found[] = [];
  const merged = load(file, [], c, resolveParent, problems);
  if (merged) {
    const built = buildRuleset(merged.raw);
    if (built.ok && problems.length === 0) return { ok: true, ruleset: built.ruleset, raw: merged.raw };
    if (!built.ok) {
      for (const problem of built.problems) {
        // Problems of the merged rules are reported in the file that last wrote the rule.
        const [, index, ...rest] = problem.path;
        const origin = merged.origins[index as number]!;
        problems.push({ file: origin.file, problem: { ...problem, path: ['rules', origin.index, ...rest] } });
      }
    }
  }
  return { ok: false, problems: worded(problems, c) };
}

function load(file: RulesetText, chain: readonly RulesetText[], c: Catalogue, resolveParent: ResolveParent | undefined, problems: Found[]): Merged<Source> | undefined {
  const parsed = parseYaml(normalizedText(file.text));
  if (!parsed.ok) {
    problems.push({ file: { name: file.name, locator: null }, problem: parsed.problem });
    return undefined;
  }
  const source: Source = { name: file.name, locator: parsed.locator };
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: source, problem: schemaProblem('ruleset.notMapping', {}) });
    return undefined;
  }
  const validate = rulesetValidator();
  if (!validate(data)) {
    for (const problem of schemaProblems(validate.errors ?? [], data, readRulesetSchema)) problems.push({ file: source, problem });
    return undefined;
  }
  const raw = data as RawRulesetFile;
  if (raw.extends === undefined) return { raw: raw as RawRuleset, origins: raw.rules.map((_, index) => ({ file: source, index })) };

  const parent = loadParent(raw.extends, file, source, chain, c, resolveParent, problems);
  if (!parent) return undefined;
  const before = problems.length;
  const merged = extendRuleset(parent, raw, source, problems);
  return problems.length === before ? merged : undefined;
}

/** How many rulesets a chain of `extends` may hold. */
const MAX_EXTENDS_DEPTH = 32;

function loadParent(
  reference: string,
  file: RulesetText,
  source: Source,
  chain: readonly RulesetText[],
  c: Catalogue,
  resolveParent: ResolveParent | undefined,
  problems: Found[],
): Merged<Source> | undefined {
  const at = { path: ['extends'] };
  const builtin = builtinRawRuleset(reference);
  if (builtin) {
    const builtinSource: Source = { name: reference, locator: null };
    return { raw: builtin, origins: builtin.rules.map((_, index) => ({ file: builtinSource, index })) };
  }
  const resolution: ParentResolution = resolveParent ? resolveParent(reference, file) : { kind: 'error', reason: c.ruleset.notBuiltin(reference) };
  if (resolution.kind === 'error') {
    problems.push({ file: source, problem: schemaProblem('ruleset.parent', { reference, reason: resolution.reason }, at) });
    return undefined;
  }
  const files = [...chain, file];
  // A bounded chain: each level is read and merged in turn, and a chain of thousands would exhaust the stack.
  if (files.length >= MAX_EXTENDS_DEPTH) {
    problems.push({ file: source, problem: schemaProblem('ruleset.tooDeep', { limit: MAX_EXTENDS_DEPTH }, at) });
    return undefined;
  }
  const repeated = files.findIndex((earlier) => earlier.key === resolution.file.key);
  if (repeated !== -1) {
    const names = [...files.slice(repeated).map((earlier) => earlier.name), resolution.file.name];
    problems.push({ file: source, problem: schemaProblem('ruleset.cycle', { chain: names }, at) });
    return undefined;
  }
  return load(resolution.file, files, c, resolveParent, problems);
}

function worded(found: readonly Found[], c: Catalogue): RulesetProblem[] {
  return found
    .map(({ file, problem }) => {
      const position = locate(problem, file.locator);
      return { file: file.name, line: position.line, column: position.column, message: wordInputProblem(c, problem) };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
