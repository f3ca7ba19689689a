// Classifies a profile's derogations: unknown rule, expired (ignored), or active (may waive findings).
import type { DerogationState } from '../checks/types.js';
import { closest } from '../closest.js';
import { isWaivable } from './traits.js';
import type { Ruleset } from '../ruleset/types.js';

export function classifyDerogations(profile: unknown, ruleset: Ruleset, today: string): DerogationState[] {
  const list = (profile as { derogations?: unknown }).derogations;
  if (!Array.isArray(list)) return [];
  return list.map((entry: { regle?: unknown; justification?: unknown; jusqu_au?: unknown }, index) => {
    const rule = String(entry.regle ?? '');
    const until = String(entry.jusqu_au ?? '');
    const unwaivable = !isWaivable(ruleset, rule);
    const known = unwaivable || ruleset.byId.has(rule);
    return {
      index,
      rule,
      justification: String(entry.justification ?? ''),
      until,
      status: !known ? 'unknown' : until < today ? 'expired' : unwaivable ? 'unwaivable' : 'active',
      suggestion: known ? null : closest(rule, ruleset.byId.keys()),
    };
  });
}
