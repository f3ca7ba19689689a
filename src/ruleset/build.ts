// Builds a ruleset from data that passed schemas/ruleset.schema.json: resolves each rule's check function and
// `$param` references, then checks what a JSON Schema cannot (unique ids, known parameters, options that still fit
// the check once references are resolved). Problems carry their path in the ruleset file, located by the caller.
import { CHECKS } from '../checks/index.js';
import { schemaProblem, type InputProblem } from '../problem.js';
import { schemaProblems } from '../schema/schema-problems.js';
import type { PathSegment } from '../types.js';
import { checkOptionValidators } from './ruleset-validators.js';
import type { ParamValue, RawRuleset, Rule, Ruleset } from './types.js';

const DEFAULT_APPLIES_TO = ['actif', 'en_sommeil'] as const;

export type Built = { ok: true; ruleset: Ruleset } | { ok: false; problems: InputProblem[] };

/** `trusted`: the data already passed this stage (a built-in ruleset, checked at build time): options are not validated again. */
export function buildRuleset(raw: RawRuleset, trusted = false): Built {
  const problems: InputProblem[] = [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  raw.rules.forEach((rawRule, index) => {
    const at: PathSegment[] = ['rules', index];
    if (seen.has(rawRule.id)) problems.push(schemaProblem('ruleset.duplicateRule', { id: rawRule.id }, { path: [...at, 'id'] }));
    seen.add(rawRule.id);
    const check = CHECKS.get(rawRule.check)!;
    const params = rawRule.params ?? {};
    const before = problems.length;
    const options = resolveParams(rawRule.options, params, [...at, 'options'], problems) as Record<string, unknown>;
    const validate = trusted ? undefined : checkOptionValidators()[rawRule.check];
    // Options with an unresolved reference are reported as such, not again as a value of the wrong type.
    if (validate && problems.length === before && !validate(options)) {
      const schema = () => check.options as Record<string, unknown>;
      for (const problem of schemaProblems(validate.errors ?? [], options, schema)) problems.push({ ...problem, path: [...at, 'options', ...problem.path] });
    }
    rules.push({
      id: rawRule.id,
      severity: rawRule.severity,
      axis: rawRule.axis,
      reference: rawRule.reference,
      appliesTo: rawRule.applies_to ?? DEFAULT_APPLIES_TO,
      params,
      ...(rawRule.when ? { when: resolveParams(rawRule.when, params, [...at, 'when'], problems) as NonNullable<Rule['when']> } : {}),
      unlessFired: rawRule.unless_fired ?? [],
      check,
      checkName: rawRule.check,
      options,
      ...(rawRule.description ? { description: rawRule.description } : {}),
      ...(rawRule.rationale ? { rationale: rawRule.rationale } : {}),
      message: rawRule.message,
      messages: rawRule.messages ?? {},
      remediation: rawRule.remediation,
    });
    for (const id of check.traits.messages(options)) {
      if (!rawRule.messages || !Object.prototype.hasOwnProperty.call(rawRule.messages, id)) {
        problems.push(schemaProblem('ruleset.incompleteRule', { id: rawRule.id, missing: [`messages.${id}`] }, { path: at }));
      }
    }
  });
  raw.rules.forEach((rawRule, index) => {
    (rawRule.unless_fired ?? []).forEach((id, position) => {
      if (!seen.has(id)) problems.push(schemaProblem('ruleset.unknownRule', { id, known: [...seen] }, { path: ['rules', index, 'unless_fired', position] }));
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const labels = { fr: new Map(Object.entries(raw.labels?.fr ?? {})), en: new Map(Object.entries(raw.labels?.en ?? {})) };
  return {
    ok: true,
    ruleset: { id: raw.id, title: raw.title, ...(raw.extends ? { extends: raw.extends } : {}), ...(raw.source ? { source: raw.source } : {}), labels, rules, byId },
  };
}

/** `$name` in check options stands for the rule parameter `name`. */
function resolveParams(value: unknown, params: Readonly<Record<string, ParamValue>>, path: PathSegment[], problems: InputProblem[]): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const name = value.slice(1);
    if (Object.prototype.hasOwnProperty.call(params, name)) return params[name];
    problems.push(schemaProblem('ruleset.unknownParam', { name, known: Object.keys(params) }, { path }));
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => resolveParams(item, params, [...path, index], problems));
  if (value !== null && typeof value === 'object') {
    const resolved: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) resolved[key] = resolveParams(item, params, [...path, key], problems);
    return resolved;
  }
  return value;
}
