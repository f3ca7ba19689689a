// The rules of a run (`identifiant-doublon`): they compare each profile with the ones checked before it in the
// same run, so they apply to file reports as the run hands them out, in path order. Pure: no file system.
import { atOrAbove, countBySeverity, sortFindings } from '../check/check-source.js';
import type { Catalogue } from '../i18n/index.js';
import { fillTemplate } from '../i18n/template.js';
import type { Ruleset } from '../ruleset/types.js';
import type { FailOn, FileReport, Finding, Lang, Severity } from '../types.js';

export interface RunRules {
  apply(report: FileReport): FileReport;
}

export function runRules(ruleset: Ruleset, lang: Lang, c: Catalogue, failOn: FailOn): RunRules {
  const rules = ruleset.rules.filter((rule) => rule.check.runLevel && rule.severity !== 'off');
  const seen = rules.map(() => new Map<string, string>());
  return {
    apply(report) {
      if (rules.length === 0 || report.status === 'invalid' || !report.facts || !report.clsm) return report;
      const added: Finding[] = [];
      rules.forEach((rule, i) => {
        if (!rule.appliesTo.includes(report.facts!.statut)) return;
        // A report keeps the identity block only: the identifier is what a rule of the run compares.
        const path = 'clsm.identifiant';
        const value = report.clsm!.identifiant;
        if (value === null) return;
        const key = `${value}\u0000${report.clsm!.annee}`;
        const first = seen[i]!.get(key);
        if (first === undefined) {
          seen[i]!.set(key, report.path);
          return;
        }
        const args = { ...rule.params, value, other: { quoted: first }, year: report.clsm!.annee ?? '' };
        const labels = ruleset.labels[lang];
        added.push({
          ruleId: rule.id,
          severity: rule.severity as Severity,
          axis: rule.axis,
          message: fillTemplate(rule.message[lang], args, labels, c),
          path,
          line: report.facts!.identifiantAt.line,
          column: report.facts!.identifiantAt.column,
          reference: rule.reference[lang],
          remediation: fillTemplate(rule.remediation[lang], args, labels, c),
        });
      });
      if (added.length === 0) return report;
      const findings = sortFindings([...report.findings, ...added]);
      const failed = findings.some((finding) => atOrAbove(finding.severity, failOn));
      return { ...report, findings, counts: countBySeverity(findings), status: failed ? 'fail' : 'pass' };
    },
  };
}
