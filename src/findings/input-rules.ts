// The two pseudo-rules of the file itself — `yaml-syntaxe` (the text is not YAML) and `schema` (the YAML is not a
// profile) — described once: severity, axis, reference and explanation come from here and the catalogue. No ruleset
// holds them, no derogation or baseline covers them, and a file that has one is `invalid`.
import type { Catalogue } from '../i18n/catalogue.js';
import type { Axis, Severity } from '../types.js';

export const INPUT_RULE_IDS = ['yaml-syntaxe', 'schema'] as const;
export type InputRuleId = (typeof INPUT_RULE_IDS)[number];

export const INPUT_RULE_SEVERITY: Severity = 'error';
/** The JSON contract's axis; reports for people show them under « format du profil » (report/reading-axis.ts). */
export const INPUT_RULE_AXIS: Axis = 'coherence';

export function isInputRule(ruleId: string): ruleId is InputRuleId {
  return ruleId === 'yaml-syntaxe' || ruleId === 'schema';
}

/** What the pseudo-rule checks, why and how to fix it (`clsm explain`, SARIF's rule help), in the catalogue's language. */
export function inputRuleText(id: InputRuleId, c: Catalogue): { reference: string; what: string; why: string; how: string } {
  return c.explain.input[id];
}
