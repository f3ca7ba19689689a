// Whether a derogation or a baseline may cover a rule's findings: a trait of the rule's check, never a list of ids.
import type { Ruleset } from '../ruleset/types.js';
import { isInputRule } from '../findings/input-rules.js';

/** Unknown ids are waivable: a derogation to one is reported as unknown, not as unwaivable. */
export function isWaivable(ruleset: Ruleset, ruleId: string): boolean {
  if (isInputRule(ruleId)) return false;
  const rule = ruleset.byId.get(ruleId);
  return rule === undefined || rule.check.traits.waivable;
}

export function isBaselinable(ruleset: Ruleset, ruleId: string): boolean {
  if (isInputRule(ruleId)) return false;
  const rule = ruleset.byId.get(ruleId);
  return rule !== undefined && rule.check.traits.baselinable;
}
