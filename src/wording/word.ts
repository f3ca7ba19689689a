// The one place where a located problem becomes a worded finding: rule problems from their rule's templates,
// input problems from the catalogue and the pseudo-rules' description.
import { INPUT_RULE_AXIS, INPUT_RULE_SEVERITY, inputRuleText } from '../findings/input-rules.js';
import type { Catalogue } from '../i18n/index.js';
import { fillTemplate, namesNoneOf, type TemplateArgs } from '../i18n/template.js';
import type { InputProblem, RuleProblem } from '../problem.js';
import { formatPath, type Axis, type Finding, type Lang, type Position, type SeverityLevel, type Text } from '../types.js';
import { wordInputProblem } from './word-input.js';

/** What wording needs of a rule (a ruleset's Rule has it): wording sits below the rulesets. */
export interface WordedRule {
  id: string;
  severity: SeverityLevel;
  axis: Axis;
  reference: Text;
  params: Readonly<Record<string, string | number | boolean>>;
  message: Text;
  messages: Readonly<Record<string, Text>>;
  remediation: Text;
  /** Its check's traits: `keyArg` tells apart the findings it gives on one node. */
  check?: { traits: { keyArg?: string } };
}

export interface Wording {
  rules: ReadonlyMap<string, WordedRule>;
  labels: Record<Lang, ReadonlyMap<string, string>>;
  lang: Lang;
  catalogue: Catalogue;
  /** The reference year and today's date, which messages may name. */
  year: number;
  today: string;
  /** Texts of problems without arguments, worded once per rule while year and today stay the same (the session's). */
  cache: WordingCache;
}

interface RuleText {
  message: string;
  remediation: string;
}

interface FixedWording {
  key: object;
  lang: Lang;
  year: number;
  today: string;
  args: TemplateArgs;
  text?: RuleText;
  /** The remediation when it names no argument of the problem (most do not): worded once. */
  remediation?: string;
}

export type WordingCache = WeakMap<WordedRule, FixedWording>;

export function ruleFinding(problem: RuleProblem, position: Position, wording: Wording): Finding {
  const rule = wording.rules.get(problem.ruleId)!;
  const text = wordRule(rule, problem, wording);
  // Keys in the order of the JSON contract (SPEC §5): the JSON report serialises findings as they are.
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.severity as Finding['severity'],
    axis: rule.axis,
    message: text.message,
    path: formatPath(problem.path),
    line: position.line,
    column: position.column,
    reference: rule.reference[wording.lang],
    remediation: text.remediation,
  };
  // What tells this finding apart from the rule's others on the same node (SPEC §4, baselines): not part of the JSON
  // contract, so not enumerable (JSON.stringify leaves it out).
  const keyArg = rule.check?.traits.keyArg;
  const named = keyArg ? problem.args?.[keyArg] : undefined;
  if (typeof named === 'string' || typeof named === 'number') Object.defineProperty(finding, 'key', { value: `${finding.path}[${named}]`, enumerable: false });
  return finding;
}

export function inputFinding(problem: InputProblem, position: Position, c: Catalogue, lang: Lang): Finding {
  return {
    ruleId: problem.ruleId,
    severity: INPUT_RULE_SEVERITY,
    axis: INPUT_RULE_AXIS,
    // A finding starts with a capital, as the rules' messages do (the same text follows a colon elsewhere).
    message: labelledWithPath(problem) ? wordInputProblem(c, problem) : capitalised(wordInputProblem(c, problem)),
    path: formatPath(problem.path),
    line: position.line,
    column: position.column,
    reference: inputRuleText(problem.ruleId, lang).reference,
    remediation: '',
  };
}

function wordRule(rule: WordedRule, problem: RuleProblem, wording: Wording): RuleText {
  let fixed = wording.cache.get(rule);
  // The same rule may be worded for another run: in another language, year or ruleset.
  if (!fixed || fixed.key !== wording.rules || fixed.lang !== wording.lang || fixed.year !== wording.year || fixed.today !== wording.today) {
    fixed = { key: wording.rules, lang: wording.lang, year: wording.year, today: wording.today, args: { ...rule.params, year: wording.year, today: wording.today } };
    wording.cache.set(rule, fixed);
  }
  const template = problem.messageId !== undefined && Object.prototype.hasOwnProperty.call(rule.messages, problem.messageId) ? rule.messages[problem.messageId]! : rule.message;
  if (!problem.args && problem.messageId === undefined) return (fixed.text ??= fill(rule, template, fixed.args, wording));
  // A problem's own arguments over the rule's parameters, read from both without a merged copy per finding.
  const own = problem.args ?? {};
  const { lang, catalogue, labels } = wording;
  const names = labels[lang];
  const remediationTemplate = rule.remediation[lang];
  const remediation = namesNoneOf(remediationTemplate, own)
    ? (fixed.remediation ??= fillTemplate(remediationTemplate, fixed.args, names, catalogue))
    : fillTemplate(remediationTemplate, own, names, catalogue, undefined, fixed.args);
  return { message: fillTemplate(template[lang], own, names, catalogue, undefined, fixed.args), remediation };
}

function fill(rule: WordedRule, message: Text, args: TemplateArgs, { lang, catalogue, labels }: Wording): RuleText {
  const names = labels[lang];
  return { message: fillTemplate(message[lang], args, names, catalogue), remediation: fillTemplate(rule.remediation[lang], args, names, catalogue) };
}

/** A schema message about a value starts with the value's path (word-input.ts). */
function labelledWithPath(problem: InputProblem): boolean {
  return problem.messageId.startsWith('schema.') && !problem.atKey && problem.path.length > 0;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
