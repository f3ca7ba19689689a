// GitLab Code Quality: a JSON array of issues (description, check_name, fingerprint, severity, location), streamed.
import { terminalSafeJson } from '../printable.js';
import { fingerprint } from './fingerprint.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

function createReporter(context: ReportContext): Reporter {
  let first = true;
  return {
    file(report) {
      let out = '';
      for (const finding of visibleFindings(report.findings, context.quiet)) {
        const issue = {
          description: finding.message,
          check_name: finding.ruleId,
          fingerprint: fingerprint(finding.ruleId, report.path, finding.path),
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
