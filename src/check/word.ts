// The one place where a located problem becomes a worded finding: rule problems from their rule's templates,
// input problems from the catalogue.
import type { Catalogue } from '../i18n/index.js';
import { fillTemplate, type TemplateArgs } from '../i18n/template.js';
import type { InputProblem, RuleProblem } from '../problem.js';
import type { Rule, Ruleset } from '../ruleset/types.js';
import { formatPath, type Finding, type Lang, type Position, type Severity } from '../types.js';
import { wordInputProblem } from './word-input.js';

export interface Wording {
  ruleset: Ruleset;
  lang: Lang;
  catalogue: Catalogue;
  /** The reference year and today's date, which messages may name. */
  year: number;
  today: string;
}

export function ruleFinding(problem: RuleProblem, position: Position, wording: Wording): Finding {
  const rule = wording.ruleset.byId.get(problem.ruleId)!;
  const text = wordRule(rule, problem, wording);
  // Keys in the order of the JSON contract (SPEC §5): the JSON report serialises findings as they are.
  return {
    ruleId: rule.id,
    severity: rule.severity as Severity,
    axis: rule.axis,
    message: text.message,
    path: formatPath(problem.path),
    line: position.line,
    column: position.column,
    reference: rule.reference[wording.lang],
    remediation: text.remediation,
  };
}

export function inputFinding(problem: InputProblem, position: Position, c: Catalogue): Finding {
  return {
    ruleId: problem.ruleId,
    severity: 'error',
    axis: 'coherence',
    // A finding starts with a capital, as the rules' messages do (the same text follows a colon elsewhere).
    message: labelledWithPath(problem) ? wordInputProblem(c, problem) : capitalised(wordInputProblem(c, problem)),
    path: formatPath(problem.path),
    line: position.line,
    column: position.column,
    reference: problem.ruleId === 'schema' ? c.schema.reference : c.schema.syntaxReference,
    remediation: '',
  };
}

interface RuleText {
  message: string;
  remediation: string;
}

/** What a rule's wording depends on besides a problem's own arguments: a problem without arguments is worded once per run. */
interface FixedWording {
  wording: Wording;
  args: TemplateArgs;
  text?: RuleText;
}

const fixedWordings = new WeakMap<Rule, FixedWording>();

function wordRule(rule: Rule, problem: RuleProblem, wording: Wording): RuleText {
  let fixed = fixedWordings.get(rule);
  if (!fixed || fixed.wording.year !== wording.year || fixed.wording.today !== wording.today || fixed.wording.catalogue !== wording.catalogue || fixed.wording.ruleset !== wording.ruleset) {
    fixed = { wording, args: { ...rule.params, year: wording.year, today: wording.today } };
    fixedWordings.set(rule, fixed);
  }
  if (problem.args) return fill(rule, { ...fixed.args, ...problem.args }, wording);
  return (fixed.text ??= fill(rule, fixed.args, wording));
}

function fill(rule: Rule, args: TemplateArgs, { lang, catalogue, ruleset }: Wording): RuleText {
  const labels = ruleset.labels[lang];
  return { message: fillTemplate(rule.message[lang], args, labels, catalogue), remediation: fillTemplate(rule.remediation[lang], args, labels, catalogue) };
}

/** A schema message about a value starts with the value's path (word-input.ts). */
function labelledWithPath(problem: InputProblem): boolean {
  return problem.messageId.startsWith('schema.') && !problem.atKey && problem.path.length > 0;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
