// One profile, from its bytes or text to its report: parse → schema → rules → located, worded, sorted findings.
import { parseProfile } from './document/parse.js';
import type { Locator } from './document/locator.js';
import { evaluate, type RuleProblem } from './engine/evaluate.js';
import type { Catalogue } from './i18n/index.js';
import { fillTemplate, type TemplateArgs } from './i18n/template.js';
import type { Source } from './input/read-source.js';
import type { InputProblem } from './problem.js';
import type { Rule, Ruleset } from './ruleset/types.js';
import { validateAgainstSchema } from './schema/validate.js';
import {
  formatPath,
  type ClsmIdentity,
  type Counts,
  type FailOn,
  type FileReport,
  type Finding,
  type Lang,
  type Severity,
  type WaivedFinding,
} from './types.js';

export interface CheckOptions {
  ruleset: Ruleset;
  lang: Lang;
  catalogue: Catalogue;
  /** `--year`: replaces each profile's annee_reference. */
  year?: number;
  /** `--today`, as YYYY-MM-DD. */
  today: string;
  failOn: FailOn;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}

export function checkSource(path: string, source: Exclude<Source, { kind: 'error' }>, options: CheckOptions): FileReport {
  if (source.kind === 'problem') return invalidReport(path, null, [source.problem], options);
  const parsed = parseProfile(source.text);
  if (!parsed.ok) return invalidReport(path, null, [parsed.problem], options);
  const schemaProblems = validateAgainstSchema(parsed.data, parsed.locator);
  if (schemaProblems.length > 0) return invalidReport(path, identityOf(parsed.data, options.year), schemaProblems, options);

  const profile = parsed.data as { annee_reference: number };
  const year = options.year ?? profile.annee_reference;
  const evaluation = evaluate(profile, options.ruleset, year, options.today);
  const word = (item: RuleProblem) => toFinding(item, parsed.locator, year, options);
  const findings = sortFindings(evaluation.counted.map(word));
  const waived: WaivedFinding[] = sortFindings(
    evaluation.waived.map((item) => {
      const { ruleId, ...finding } = word(item);
      return { ruleId, justification: item.justification, until: item.until, ...finding };
    }),
  );
  const counts = countBySeverity(findings);
  const failed = findings.some((finding) => atOrAbove(finding.severity, options.failOn));
  return { path, status: failed ? 'fail' : 'pass', clsm: identityOf(profile, options.year), findings, waived, counts };
}

function toFinding({ rule, problem }: RuleProblem, locator: Locator, year: number, options: CheckOptions): Finding {
  const fixed = fixedWording(rule, year, options);
  const text = problem.args ? wordRule(rule, { ...fixed.args, ...problem.args }, options) : (fixed.text ??= wordRule(rule, fixed.args, options));
  const position = locator.locate(problem.path);
  // Keys in the order of the JSON contract (SPEC §5): the JSON report serialises findings as they are.
  return {
    ruleId: rule.id,
    severity: rule.severity as Severity,
    axis: rule.axis,
    message: text.message,
    path: formatPath(problem.path),
    line: position.line,
    column: position.column,
    reference: rule.reference[options.lang],
    remediation: text.remediation,
  };
}

function wordRule(rule: Rule, args: TemplateArgs, { lang, catalogue, ruleset }: CheckOptions): { message: string; remediation: string } {
  const labels = ruleset.labels[lang];
  return { message: fillTemplate(rule.message[lang], args, labels, catalogue), remediation: fillTemplate(rule.remediation[lang], args, labels, catalogue) };
}

/** What a rule's wording depends on besides a problem's own arguments: a problem without arguments is worded once per run. */
interface FixedWording {
  year: number;
  options: CheckOptions;
  args: TemplateArgs;
  text?: { message: string; remediation: string };
}

const fixedWordings = new WeakMap<Rule, FixedWording>();

function fixedWording(rule: Rule, year: number, options: CheckOptions): FixedWording {
  let fixed = fixedWordings.get(rule);
  if (!fixed || fixed.year !== year || fixed.options !== options) {
    fixed = { year, options, args: { ...rule.params, year, today: options.today } };
    fixedWordings.set(rule, fixed);
  }
  return fixed;
}

function invalidReport(path: string, clsm: ClsmIdentity | null, problems: InputProblem[], options: CheckOptions): FileReport {
  const c = options.catalogue;
  const findings = sortFindings(
    problems.map((problem) => ({
      ruleId: problem.ruleId,
      severity: 'error' as const,
      axis: 'coherence' as const,
      message: problem.describe(c),
      path: problem.path,
      line: problem.line,
      column: problem.column,
      reference: problem.ruleId === 'schema' ? c.schema.reference : c.schema.syntaxReference,
      remediation: '',
    })),
  );
  return { path, status: 'invalid', clsm, findings, waived: [], counts: countBySeverity(findings) };
}

function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The identity block as far as it can be read, even from a profile the schema refused. */
function identityOf(data: unknown, yearOverride: number | undefined): ClsmIdentity | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const root = data as Record<string, unknown>;
  const clsm = root.clsm;
  if (clsm === null || typeof clsm !== 'object' || Array.isArray(clsm)) return null;
  const block = clsm as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const year = yearOverride ?? (typeof root.annee_reference === 'number' ? root.annee_reference : null);
  return { identifiant: text(block.identifiant), nom: text(block.nom), region: text(block.region), annee: year };
}

