// The JSON report of SPEC §5, streamed file by file; stable key order, described by schemas/report.schema.json.
import type { FileReport } from '../types.js';
import type { Formatter } from './model.js';

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);

function fileObject(report: FileReport, quiet: boolean) {
  const findings = quiet ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  return {
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
  };
}

export const jsonFormatter: Formatter = {
  start: (info) => {
    const head = JSON.stringify({ schemaVersion: 1, tool: { name: 'clsm', version: info.toolVersion }, ruleset: { id: info.rulesetId } }, null, 2);
    return `${head.slice(0, -2)},\n  "files": [`;
  },
  file: (report, info) => `\n    ${indent(JSON.stringify(fileObject(report, info.quiet), null, 2), '    ')}`,
  separator: ',',
  end: (summary, _rows, _info) => `${summary.files > 0 ? '\n  ' : ''}],\n  "summary": ${indent(JSON.stringify(summary, null, 2), '  ')}\n}\n`,
};

