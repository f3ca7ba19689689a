// JUnit XML (the XSD of Jenkins' xUnit plugin): one <testsuite> per file, one <testcase> per rule of the ruleset
// that applies to the profile — a <failure> when the rule has a counted finding at or above --fail-on, <skipped>
// when all its findings are waived or baselined; findings below --fail-on go to <system-out>. Streamed per file.
import { atOrAbove } from '../findings/findings.js';
import type { FileReport, Finding } from '../types.js';
import type { Format, ReportContext, Reporter } from './model.js';
import { xmlAttribute, xmlText } from './xml.js';

function createReporter(context: ReportContext): Reporter {
  const { ruleset, failOn } = context;
  let started = false;
  const open = () => {
    if (started) return '';
    started = true;
    return '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="clsm">\n';
  };

  const testcase = (report: FileReport, ruleId: string, counted: readonly Finding[], covered: number): { xml: string; failed: boolean; skipped: boolean } => {
    const path = xmlAttribute(report.path);
    const failing = counted.filter((finding) => atOrAbove(finding.severity, failOn));
    const below = counted.filter((finding) => !atOrAbove(finding.severity, failOn));
    // What to do and where the referential says it, under each failing finding: a CI page is often all a person reads.
    const lines = (findings: readonly Finding[]) =>
      findings
        .map((f) => xmlText([`${f.line}:${f.column} ${f.message}`, ...(f.remediation ? [`  ${context.catalogue.report.remediationPrefix}${f.remediation}`] : []), ...(f.reference && f.reference !== '—' ? [`  ${context.catalogue.labelled(context.catalogue.report.columns.reference, f.reference)}`] : [])].join('\n')))
        .join('\n');
    let body = '';
    if (failing.length > 0) body += `\n      <failure message="${xmlAttribute(failing[0]!.message)}" type="${failing[0]!.severity}">${lines(failing)}</failure>`;
    const skipped = failing.length === 0 && below.length === 0 && covered > 0;
    if (skipped) body += `\n      <skipped message="${xmlAttribute(context.catalogue.report.coveredCase(covered))}"/>`;
    if (below.length > 0) body += `\n      <system-out>${lines(below)}</system-out>`;
    const head = `    <testcase classname="${path}" name="${xmlAttribute(ruleId)}"`;
    return { xml: body === '' ? `${head}/>\n` : `${head}>${body}\n    </testcase>\n`, failed: failing.length > 0, skipped };
  };

  return {
    file(report) {
      const counted = new Map<string, Finding[]>();
      for (const finding of report.findings) {
        const list = counted.get(finding.ruleId);
        if (list) list.push(finding);
        else counted.set(finding.ruleId, [finding]);
      }
      const covered = new Map<string, number>();
      for (const finding of [...report.waived, ...(report.baselined ?? [])]) covered.set(finding.ruleId, (covered.get(finding.ruleId) ?? 0) + 1);
      // An invalid file was not checked by the rules: its one test case is the YAML or schema check that failed.
      const ids =
        report.invalid
          ? [...counted.keys()]
          : ruleset.rules.filter((rule) => rule.severity !== 'off' && (report.facts === null || rule.appliesTo.includes(report.facts.statut))).map((rule) => rule.id);
      let cases = '';
      let failures = 0;
      let skipped = 0;
      for (const id of ids) {
        const result = testcase(report, id, counted.get(id) ?? [], covered.get(id) ?? 0);
        cases += result.xml;
        if (result.failed) failures++;
        if (result.skipped) skipped++;
      }
      const suite = `  <testsuite name="${xmlAttribute(report.path)}" tests="${ids.length}" failures="${failures}" errors="0" skipped="${skipped}">\n`;
      return `${open()}${suite}${cases}  </testsuite>\n`;
    },
    end: () => `${open()}</testsuites>\n`,
  };
}

export const junitFormat: Format = { name: 'junit', createReporter };
