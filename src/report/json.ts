// The JSON report of SPEC §5, streamed file by file; stable key order, described by schemas/report.schema.json.
import type { FileReport, Finding, WaivedFinding } from '../types.js';
import type { Formatter } from './model.js';

// Written by hand for the report's fixed shape: the same text as JSON.stringify(…, null, 2) indented
// under "files", at a fraction of the cost on large batches.
const str = JSON.stringify;

function findingJson(f: Finding, pad: string): string {
  const p = `${pad}  `;
  return (
    `{\n${p}"ruleId": ${str(f.ruleId)},\n${p}"severity": ${str(f.severity)},\n${p}"axis": ${str(f.axis)},\n${p}"message": ${str(f.message)},` +
    `\n${p}"path": ${str(f.path)},\n${p}"line": ${f.line},\n${p}"column": ${f.column},\n${p}"reference": ${str(f.reference)},` +
    `\n${p}"remediation": ${str(f.remediation)}\n${pad}}`
  );
}

function waivedJson(w: WaivedFinding, pad: string): string {
  const p = `${pad}  `;
  return (
    `{\n${p}"ruleId": ${str(w.ruleId)},\n${p}"justification": ${str(w.justification)},\n${p}"until": ${str(w.until)},` +
    `\n${p}"severity": ${str(w.severity)},\n${p}"message": ${str(w.message)},\n${p}"path": ${str(w.path)},` +
    `\n${p}"line": ${w.line},\n${p}"column": ${w.column}\n${pad}}`
  );
}

function list<T>(items: readonly T[], pad: string, item: (value: T, pad: string) => string): string {
  if (items.length === 0) return '[]';
  const inner = `${pad}  `;
  return `[\n${inner}${items.map((value) => item(value, inner)).join(`,\n${inner}`)}\n${pad}]`;
}

function fileJson(report: FileReport, quiet: boolean): string {
  const pad = '      ';
  const findings = quiet ? report.findings.filter((f) => f.severity === 'error') : report.findings;
  const clsm = report.clsm
    ? `{\n${pad}  "identifiant": ${str(report.clsm.identifiant)},\n${pad}  "nom": ${str(report.clsm.nom)},\n${pad}  "region": ${str(report.clsm.region)},\n${pad}  "annee": ${str(report.clsm.annee)}\n${pad}}`
    : 'null';
  const { error, warning, info } = report.counts;
  return (
    `{\n${pad}"path": ${str(report.path)},\n${pad}"status": ${str(report.status)},\n${pad}"clsm": ${clsm},` +
    `\n${pad}"findings": ${list(findings, pad, findingJson)},\n${pad}"waived": ${list(report.waived, pad, waivedJson)},` +
    `\n${pad}"counts": {\n${pad}  "error": ${error},\n${pad}  "warning": ${warning},\n${pad}  "info": ${info}\n${pad}}\n    }`
  );
}

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);

export const jsonFormatter: Formatter = {
  start: (info) => {
    const head = JSON.stringify({ schemaVersion: 1, tool: { name: 'clsm', version: info.toolVersion }, ruleset: { id: info.rulesetId } }, null, 2);
    return `${head.slice(0, -2)},\n  "files": [`;
  },
  file: (report, info) => `\n    ${fileJson(report, info.quiet)}`,
  separator: ',',
  keepsRows: false,
  end: (summary, _rows, _info) => `${summary.files > 0 ? '\n  ' : ''}],\n  "summary": ${indent(JSON.stringify(summary, null, 2), '  ')}\n}\n`,
};

