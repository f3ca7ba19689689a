// Runs a ruleset over a valid profile: applicability by statut, `when`, `unless_fired`, then derogations.
import type { CheckContext, CheckProblem, DerogationState } from '../checks/types.js';
import { yearOf } from '../checks/conditions.js';
import { valueAt } from '../paths.js';
import type { RuleProblem, WaivedProblem } from '../problem.js';
import type { Rule, Ruleset } from '../ruleset/types.js';
import type { Statut } from '../types.js';
import { isWaivable } from './traits.js';
import { classifyDerogations } from './derogations.js';

export interface Evaluation {
  counted: RuleProblem[];
  waived: WaivedProblem[];
  /** What the rules of scope `run` claim of this profile, for the run to compare (engine/run-scope.ts). */
  claims: RuleProblem[];
}

// Small functions with arrays rather than one large one with maps and sets: a batch runs this a few thousand
// times, short of what it takes to repay the optimising compiler for a large function (docs/performance.md).
export function evaluate(profile: unknown, ruleset: Ruleset, year: number, today: string, territory?: CheckContext['territory']): Evaluation {
  const statut = valueAt(profile, 'clsm.statut') as Statut;
  const derogations = classifyDerogations(profile, ruleset, today);
  const context: CheckContext = { year, today, derogations, ...(territory ? { territory } : {}) };
  const passes = passesOf(ruleset.rules);
  const fired = withoutSuperseded(runRules(profile, passes.profile, statut, context));
  const evaluation = applyDerogations(ruleset, fired, derogations);
  for (const { rule, problems } of runRules(profile, passes.afterOthers, statut, context)) {
    for (const problem of problems) evaluation.counted.push(ruleProblem(rule, problem));
  }
  for (const { rule, problems } of runRules(profile, passes.run, statut, context)) {
    for (const problem of problems) evaluation.claims.push(ruleProblem(rule, problem));
  }
  return evaluation;
}

interface Fired {
  rule: Rule;
  problems: CheckProblem[];
}

function ruleProblem(rule: Rule, problem: CheckProblem): RuleProblem {
  return { ruleId: rule.id, path: problem.path, args: problem.args, ...(problem.messageId !== undefined ? { messageId: problem.messageId } : {}) };
}

/** The passes over the rules: the profile's own, then the checks that run after the others, then the run's claims. */
interface Passes {
  profile: readonly Rule[];
  afterOthers: readonly Rule[];
  run: readonly Rule[];
}

/** Each ruleset's rules split into their passes once: a batch evaluates thousands of profiles with the same rules. */
const passesByRules = new WeakMap<readonly Rule[], Passes>();

function passesOf(rules: readonly Rule[]): Passes {
  let passes = passesByRules.get(rules);
  if (!passes) {
    passes = {
      profile: rules.filter((rule) => rule.check.traits.scope === 'profile' && !rule.check.traits.afterOthers),
      afterOthers: rules.filter((rule) => rule.check.traits.scope === 'profile' && rule.check.traits.afterOthers),
      run: rules.filter((rule) => rule.check.traits.scope === 'run'),
    };
    passesByRules.set(rules, passes);
  }
  return passes;
}

/** The rules of one pass that apply to this profile and found something. */
function runRules(profile: unknown, rules: readonly Rule[], statut: Statut, context: CheckContext): Fired[] {
  const fired: Fired[] = [];
  for (const rule of rules) {
    const check = rule.check;
    if (!isActive(rule, profile, statut, context.year)) continue;
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
function applyDerogations(ruleset: Ruleset, fired: readonly Fired[], derogations: DerogationState[]): Evaluation {
  const evaluation: Evaluation = { counted: [], waived: [], claims: [] };
  const used: boolean[] = [];
  for (const { rule, problems } of fired) {
    const waiver = isWaivable(ruleset, rule.id) ? activeFor(rule.id, derogations, used) : undefined;
    for (const problem of problems) {
      if (waiver) evaluation.waived.push({ ...ruleProblem(rule, problem), justification: waiver.justification, until: waiver.until });
      else evaluation.counted.push(ruleProblem(rule, problem));
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
