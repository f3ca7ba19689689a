// A ruleset file's text → a ruleset, or its problems with line and column: the run-time stage that every
// ruleset file goes through (the build runs the built-in ones through it too).
import { locate } from '../check/locate.js';
import { parseYaml } from '../document/parse.js';
import { normalizedText } from '../document/source.js';
import type { Catalogue } from '../i18n/index.js';
import type { InputProblem } from '../problem.js';
import { schemaProblems } from '../schema/schema-problems.js';
import type { Position } from '../types.js';
import { wordInputProblem } from '../check/word-input.js';
import { buildRuleset } from './build.js';
import { readRulesetSchema, rulesetValidator } from './ruleset-validators.js';
import type { RawRuleset, Ruleset } from './types.js';

export interface RulesetProblem extends Position {
  message: string;
}

export type ParsedRuleset = { ok: true; ruleset: Ruleset; raw: RawRuleset } | { ok: false; problems: RulesetProblem[] };

export function parseRuleset(text: string, c: Catalogue): ParsedRuleset {
  const parsed = parseYaml(normalizedText(text));
  if (!parsed.ok) return { ok: false, problems: [worded(parsed.problem, locate(parsed.problem, null), c)] };
  const validate = rulesetValidator();
  const located = (problems: readonly InputProblem[]) =>
    problems
      .map((problem) => worded(problem, locate(problem, parsed.locator), c))
      .sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { ok: false, problems: located([{ ruleId: 'schema', messageId: 'ruleset.notMapping', args: {}, path: [] }]) };
  }
  if (!validate(parsed.data)) return { ok: false, problems: located(schemaProblems(validate.errors ?? [], parsed.data, readRulesetSchema)) };
  const raw = parsed.data as RawRuleset;
  const built = buildRuleset(raw);
  return built.ok ? { ok: true, ruleset: built.ruleset, raw } : { ok: false, problems: located(built.problems) };
}

function worded(problem: InputProblem, position: Position, c: Catalogue): RulesetProblem {
  return { line: position.line, column: position.column, message: wordInputProblem(c, problem) };
}
