// One profile, from its text to its report: parse → schema → rules → problems, then located, worded and sorted findings.
import type { Locator } from '../document/locator.js';
import { parseYaml } from '../document/parse.js';
import type { Source } from '../document/source.js';
import { evaluate } from '../engine/evaluate.js';
import type { Catalogue } from '../i18n/index.js';
import type { InputProblem } from '../problem.js';
import type { Ruleset } from '../ruleset/types.js';
import { validateAgainstSchema } from '../schema/validate.js';
import type { ClsmIdentity, Counts, FailOn, FileReport, Finding, Lang, Severity, WaivedFinding } from '../types.js';
import { factsOf, identityOf } from './facts.js';
import { locate } from './locate.js';
import { inputFinding, ruleFinding, type Wording } from './word.js';

export interface CheckOptions {
  ruleset: Ruleset;
  lang: Lang;
  catalogue: Catalogue;
  /** `--year`: replaces each profile's annee_reference. */
  year?: number;
  /** `--today`, as YYYY-MM-DD. */
  today: string;
  failOn: FailOn;
  /** On the failure path only: finds the real cause of a YAML syntax error (document/diagnose-syntax.ts, loaded lazily). */
  diagnoseSyntax?: (text: string, problem: InputProblem) => InputProblem;
}

const MAX_EXCERPT = 400;

/** Whether a report is a YAML syntax error that a closer look might explain better. */
export function needsSyntaxDiagnosis(report: FileReport): boolean {
  return report.status === 'invalid' && report.findings.length === 1 && report.findings[0]!.ruleId === 'yaml-syntaxe' && report.findings[0]!.excerpt !== undefined;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}

export function checkSource(path: string, source: Source, options: CheckOptions): FileReport {
  if (source.kind === 'problem') return invalidReport(path, null, [source.problem], null, options);
  const parsed = parseYaml(source.text);
  if (!parsed.ok) {
    const problem = options.diagnoseSyntax ? options.diagnoseSyntax(source.text, parsed.problem) : parsed.problem;
    const report = invalidReport(path, null, [problem], null, options);
    const finding = report.findings[0]!;
    // The line as written, for a person to see the slip (the text report puts a caret under the column).
    const line = source.text.split('\n')[finding.line - 1];
    if (line !== undefined && problem.position) finding.excerpt = line.replace(/\r$/, '').slice(0, MAX_EXCERPT);
    return report;
  }
  const schemaProblems = validateAgainstSchema(parsed.data);
  if (schemaProblems.length > 0) return invalidReport(path, identityOf(parsed.data, options.year), schemaProblems, parsed.locator, options);

  const profile = parsed.data as { annee_reference: number };
  const year = options.year ?? profile.annee_reference;
  const { counted, waived } = evaluate(profile, options.ruleset, year, options.today);
  const wording: Wording = { ruleset: options.ruleset, lang: options.lang, catalogue: options.catalogue, year, today: options.today };
  const locator = parsed.locator;
  const findings: Finding[] = [];
  for (const problem of counted) findings.push(ruleFinding(problem, locate(problem, locator), wording));
  const waivedFindings: WaivedFinding[] = [];
  for (const problem of waived) {
    const { ruleId, ...finding } = ruleFinding(problem, locate(problem, locator), wording);
    waivedFindings.push({ ruleId, justification: problem.justification, until: problem.until, ...finding });
  }
  const identifiantAt = locator.locate(['clsm', 'identifiant']);
  locator.release();
  sortFindings(findings);
  sortFindings(waivedFindings);
  const failed = findings.some((finding) => atOrAbove(finding.severity, options.failOn));
  return {
    path,
    status: failed ? 'fail' : 'pass',
    clsm: identityOf(profile, options.year),
    findings,
    waived: waivedFindings,
    counts: countBySeverity(findings),
    facts: factsOf(profile, identifiantAt),
  };
}

function invalidReport(path: string, clsm: ClsmIdentity | null, problems: InputProblem[], locator: Locator | null, options: CheckOptions): FileReport {
  const findings = sortFindings(problems.map((problem) => inputFinding(problem, locate(problem, locator), options.catalogue)));
  locator?.release();
  return { path, status: 'invalid', clsm, findings, waived: [], counts: countBySeverity(findings), facts: null };
}

export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
