// The JSON report of SPEC §5, streamed file by file; stable key order, described by schemas/report.schema.json.
import type { FileReport } from '../types.js';
import type { Formatter } from './model.js';

// Compact JSON, one file per line: valid JSON that a person can still grep file by file, and half the
// bytes of an indented report (writing them was a tenth of a large batch's time).
function fileJson(report: FileReport, quiet: boolean): string {
  const findings = quiet ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  return JSON.stringify({
    path: report.path,
    status: report.status,
    clsm: report.clsm,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      axis: f.axis,
      message: f.message,
      path: f.path,
      line: f.line,
      column: f.column,
      reference: f.reference,
      remediation: f.remediation,
    })),
    waived: report.waived.map((w) => ({
      ruleId: w.ruleId,
      justification: w.justification,
      until: w.until,
      severity: w.severity,
      message: w.message,
      path: w.path,
      line: w.line,
      column: w.column,
    })),
    counts: report.counts,
  });
}

export const jsonFormatter: Formatter = {
  start: (info) => `{"schemaVersion":1,"tool":${JSON.stringify({ name: 'clsm', version: info.toolVersion })},"ruleset":${JSON.stringify({ id: info.rulesetId })},"files":[`,
  file: (report, info) => `\n${fileJson(report, info.quiet)}`,
  separator: ',',
  keepsRows: false,
  end: (summary) => `${summary.files > 0 ? '\n' : ''}],"summary":${JSON.stringify(summary)}}\n`,
};
