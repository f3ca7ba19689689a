// Runs a ruleset over a valid profile: applicability by statut, `when`, `unless_fired`, then derogations.
import type { CheckContext, CheckProblem, DerogationState } from '../checks/types.js';
import { yearOf } from '../checks/conditions.js';
import { valueAt } from '../paths.js';
import type { RuleProblem, WaivedProblem } from '../problem.js';
import type { Rule, Ruleset } from '../ruleset/types.js';
import type { Statut } from '../types.js';
import { classifyDerogations, isWaivable } from './derogations.js';

export interface Evaluation {
  counted: RuleProblem[];
  waived: WaivedProblem[];
}

// Small functions with arrays rather than one large one with maps and sets: a batch runs this a few thousand
// times, short of what it takes to repay the optimising compiler for a large function (docs/performance.md).
export function evaluate(profile: unknown, ruleset: Ruleset, year: number, today: string): Evaluation {
  const statut = valueAt(profile, 'clsm.statut') as Statut;
  const derogations = classifyDerogations(profile, ruleset, today);
  const context: CheckContext = { year, today, derogations };
  const fired = withoutSuperseded(runRules(profile, ruleset.rules, statut, context, false));
  const evaluation = applyDerogations(fired, derogations);
  for (const { rule, problems } of runRules(profile, ruleset.rules, statut, context, true)) {
    for (const problem of problems) evaluation.counted.push({ ruleId: rule.id, path: problem.path, args: problem.args });
  }
  return evaluation;
}

interface Fired {
  rule: Rule;
  problems: CheckProblem[];
}

/** The rules of one pass (derogation checks run after the others) that apply to this profile and found something. */
function runRules(profile: unknown, rules: readonly Rule[], statut: Statut, context: CheckContext, afterOthers: boolean): Fired[] {
  const fired: Fired[] = [];
  for (const rule of rules) {
    const check = rule.check;
    if (check.runLevel || Boolean(check.afterOthers) !== afterOthers || !isActive(rule, profile, statut, context.year)) continue;
    // The loader validated the options against the check's own schema.
    const problems = check.run(profile, rule.options as never, context);
    if (problems.length > 0) fired.push({ rule, problems });
  }
  return fired;
}

function isActive(rule: Rule, profile: unknown, statut: Statut, year: number): boolean {
  return rule.severity !== 'off' && rule.appliesTo.includes(statut) && (!rule.when || whenHolds(rule.when, valueAt(profile, rule.when.path), year));
}

/** `equals`: the value is that one; `years_before`: the value is a date or year at least that many years before the reference year. */
function whenHolds(when: NonNullable<Rule['when']>, value: unknown, year: number): boolean {
  if (when.equals !== undefined && value !== when.equals) return false;
  if (when.years_before !== undefined) {
    const valueYear = yearOf(value);
    if (valueYear === undefined || year - valueYear < when.years_before) return false;
  }
  return true;
}

/** A rule is silent when a rule it defers to (`unless_fired`) has fired. */
function withoutSuperseded(fired: Fired[]): Fired[] {
  return fired.filter(({ rule }) => !rule.unlessFired.some((id) => fired.some((other) => other.rule.id === id)));
}

/** Moves the problems an active derogation covers to `waived`, and marks the active derogations nothing used. */
function applyDerogations(fired: readonly Fired[], derogations: DerogationState[]): Evaluation {
  const evaluation: Evaluation = { counted: [], waived: [] };
  const used: boolean[] = [];
  for (const { rule, problems } of fired) {
    const waiver = isWaivable(rule.id) ? activeFor(rule.id, derogations, used) : undefined;
    for (const problem of problems) {
      if (waiver) evaluation.waived.push({ ruleId: rule.id, path: problem.path, args: problem.args, justification: waiver.justification, until: waiver.until });
      else evaluation.counted.push({ ruleId: rule.id, path: problem.path, args: problem.args });
    }
  }
  for (const derogation of derogations) {
    if (derogation.status === 'active' && !used[derogation.index]) derogation.status = 'unused';
  }
  return evaluation;
}

/** The first active derogation of a rule; every active one of that rule counts as used. */
function activeFor(ruleId: string, derogations: readonly DerogationState[], used: boolean[]): DerogationState | undefined {
  let first: DerogationState | undefined;
  for (const derogation of derogations) {
    if (derogation.status !== 'active' || derogation.rule !== ruleId) continue;
    first ??= derogation;
    used[derogation.index] = true;
  }
  return first;
}
