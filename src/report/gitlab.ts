// GitLab Code Quality: a JSON array of issues (description, check_name, fingerprint, severity, location), streamed.
import { terminalSafeJson } from '../printable.js';
import { fingerprintsOf } from './fingerprint.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

function createReporter(context: ReportContext): Reporter {
  let first = true;
  return {
    file(report) {
      let out = '';
      const findings = visibleFindings(report.findings, context.quiet);
      const fingerprints = fingerprintsOf(report.path, report.findings);
      for (const finding of findings) {
        const issue = {
          description: finding.message,
          check_name: finding.ruleId,
          fingerprint: fingerprints[report.findings.indexOf(finding)]!,
          severity: SEVERITY[finding.severity],
          location: { path: report.path, lines: { begin: finding.line } },
        };
        out += `${first ? '[\n' : ',\n'}${terminalSafeJson(JSON.stringify(issue))}`;
        first = false;
      }
      return out;
    },
    end: () => (first ? '[]\n' : '\n]\n'),
  };
}

export const gitlabFormat: Format = { name: 'gitlab', createReporter };
