// Runs a ruleset over a valid profile: applicability by statut, `when`, `unless_fired`, then derogations.
import { CHECKS } from '../checks/index.js';
import type { CheckContext, Problem } from '../checks/types.js';
import { valueAt } from '../paths.js';
import type { Rule, Ruleset } from '../ruleset/types.js';
import type { Statut } from '../types.js';
import { classifyDerogations, isWaivable } from './derogations.js';

export interface RuleProblem {
  rule: Rule;
  problem: Problem;
}

export interface WaivedProblem extends RuleProblem {
  justification: string;
  until: string;
}

export interface Evaluation {
  counted: RuleProblem[];
  waived: WaivedProblem[];
}

export function evaluate(profile: unknown, ruleset: Ruleset, year: number, today: string): Evaluation {
  const statut = valueAt(profile, 'clsm.statut') as Statut;
  const derogations = classifyDerogations(profile, ruleset, today);
  const context: CheckContext = { year, today, derogations };
  const active = (rule: Rule) =>
    rule.severity !== 'off' && rule.appliesTo.includes(statut) && (!rule.when || valueAt(profile, rule.when.path) === rule.when.equals);

  const byRule = new Map<Rule, Problem[]>();
  for (const rule of ruleset.rules) {
    const check = CHECKS[rule.check]!;
    if (check.afterOthers || !active(rule)) continue;
    const problems = check.run(profile, rule.options, context);
    if (problems.length > 0) byRule.set(rule, problems);
  }
  const fired = new Set([...byRule.keys()].map((rule) => rule.id));
  for (const rule of byRule.keys()) {
    if (rule.unlessFired.some((id) => fired.has(id))) byRule.delete(rule);
  }

  const evaluation: Evaluation = { counted: [], waived: [] };
  const used = new Set<number>();
  for (const [rule, problems] of byRule) {
    const waivers = isWaivable(rule.id) ? derogations.filter((d) => d.status === 'active' && d.rule === rule.id) : [];
    for (const problem of problems) {
      const waiver = waivers[0];
      if (waiver) evaluation.waived.push({ rule, problem, justification: waiver.justification, until: waiver.until });
      else evaluation.counted.push({ rule, problem });
    }
    for (const waiver of waivers) used.add(waiver.index);
  }
  for (const derogation of derogations) {
    if (derogation.status === 'active' && !used.has(derogation.index)) derogation.status = 'unused';
  }

  for (const rule of ruleset.rules) {
    const check = CHECKS[rule.check]!;
    if (!check.afterOthers || !active(rule)) continue;
    for (const problem of check.run(profile, rule.options, context)) evaluation.counted.push({ rule, problem });
  }
  return evaluation;
}
