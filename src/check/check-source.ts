// One profile, from its text to its result: parse → schema → rules → problems, then located, worded and sorted
// findings. No policy: the status comes later, from the findings and a threshold (findings/findings.ts).
import { locate } from '../document/locate.js';
import type { Locator } from '../document/locator.js';
import { parseYaml } from '../document/parse.js';
import type { Source } from '../document/source.js';
import { evaluate } from '../engine/evaluate.js';
import { sortFindings } from '../findings/findings.js';
import { YAML_SYNTAX } from '../findings/input-rules.js';
import type { Catalogue } from '../i18n/index.js';
import type { InputProblem } from '../problem.js';
import type { Ruleset } from '../ruleset/types.js';
import { validateAgainstSchema } from '../schema/validate.js';
import type { ClsmIdentity, FileReport, Finding, Lang, RunClaim, WaivedFinding } from '../types.js';
import { inputFinding, ruleFinding, type Wording } from '../wording/word.js';
import { listsTerritory, resolveTerritory } from '../territory/resolve.js';
import { factsOf, identityFromText, identityOf } from './facts.js';
import type { CheckSession } from './session.js';

export interface CheckOptions {
  /** The rules to run; null for a profile that is only read and validated (`clsm stats`). */
  ruleset: Ruleset | null;
  lang: Lang;
  catalogue: Catalogue;
  /** `--year`: replaces each profile's annee_reference. */
  year?: number;
  /** `--today`, as YYYY-MM-DD. */
  today: string;
}

const MAX_EXCERPT = 400;

/** Whether a result is a YAML syntax error that the session's diagnosis, once loaded, might explain better. */
export function needsSyntaxDiagnosis(report: FileReport, session: CheckSession): boolean {
  return !session.diagnoseSyntax && report.invalid && report.findings.length === 1 && report.findings[0]!.ruleId === YAML_SYNTAX && report.findings[0]!.excerpt !== undefined;
}

export function checkSource(path: string, source: Source, options: CheckOptions, session: CheckSession): FileReport {
  if (source.kind === 'problem') return invalidReport(path, null, [source.problem], null, options);
  const parsed = parseYaml(source.text, session.tables);
  if (!parsed.ok) {
    const problem = session.diagnoseSyntax ? session.diagnoseSyntax(source.text, parsed.problem) : parsed.problem;
    const report = invalidReport(path, identityFromText(source.text, options.year), [problem], null, options);
    const finding = report.findings[0]!;
    // The line as written, for a person to see the slip (the text report puts a caret under the column).
    const line = source.text.split('\n')[finding.line - 1];
    if (line !== undefined && problem.position) finding.excerpt = line.replace(/\r$/, '').slice(0, MAX_EXCERPT);
    return report;
  }
  const schemaProblems = validateAgainstSchema(parsed.data);
  if (schemaProblems.length > 0) return invalidReport(path, identityOf(parsed.data, options.year), schemaProblems, parsed.locator, options);

  const profile = parsed.data as { annee_reference: number };
  const locator = parsed.locator;
  const { ruleset } = options;
  let territory: { table: ReturnType<NonNullable<CheckSession['territory']>>; resolution: ReturnType<typeof resolveTerritory> } | undefined;
  if (listsTerritory(profile)) {
    if (!session.territory) {
      locator.release();
      return { path, clsm: identityOf(profile, options.year), invalid: false, findings: [], waived: [], facts: null, lang: options.lang, ruleset: ruleset ? ruleset.id : null, needsTerritory: true };
    }
    const table = session.territory();
    territory = { table, resolution: resolveTerritory(profile, table) };
  }
  const findings: Finding[] = [];
  const waivedFindings: WaivedFinding[] = [];
  const claims: RunClaim[] = [];
  if (ruleset) {
    const year = options.year ?? profile.annee_reference;
    const evaluation = evaluate(profile, ruleset, year, options.today, territory);
    const wording: Wording = { rules: ruleset.byId, labels: ruleset.labels, lang: options.lang, catalogue: options.catalogue, year, today: options.today, cache: session.wordings };
    for (const problem of evaluation.counted) findings.push(ruleFinding(problem, locate(problem, locator), wording));
    for (const problem of evaluation.waived) {
      const { ruleId, ...finding } = ruleFinding(problem, locate(problem, locator), wording);
      waivedFindings.push({ ruleId, justification: problem.justification, until: problem.until, ...finding });
    }
    for (const problem of evaluation.claims) {
      const { line, column } = locate(problem, locator);
      claims.push({ ruleId: problem.ruleId, value: String(problem.args?.value ?? ''), path: problem.path, line, column });
    }
  }
  locator.release();
  sortFindings(findings);
  sortFindings(waivedFindings);
  return {
    path,
    clsm: identityOf(profile, options.year),
    invalid: false,
    findings,
    waived: waivedFindings,
    facts: territory ? { ...factsOf(profile), territory: { population: territory.resolution.population, vintage: territory.table.meta.vintage, units: [...territory.resolution.units.keys()].sort() } } : factsOf(profile),
    lang: options.lang,
    ruleset: ruleset ? ruleset.id : null,
    ...(claims.length > 0 ? { claims } : {}),
  };
}

function invalidReport(path: string, clsm: ClsmIdentity | null, problems: InputProblem[], locator: Locator | null, options: CheckOptions): FileReport {
  const findings = sortFindings(problems.map((problem) => inputFinding(problem, locate(problem, locator), options.catalogue, options.lang)));
  locator?.release();
  return { path, clsm, invalid: true, findings, waived: [], facts: null, lang: options.lang, ruleset: options.ruleset ? options.ruleset.id : null };
}
