// The human report: per file a header, a findings table sorted by line, counts per axis, waived gaps;
// for a batch, one summary table.
import Table from 'cli-table3';
import { AXES, SEVERITIES, type Axis, type FileReport, type Severity } from '../types.js';
import { visibleFindings, type Formatter, type RunInfo } from './model.js';

const BORDERLESS_GAP = 3;

/** No line break just inside French quotes: « x » wraps as a unit at its edges. */
function keepQuotesTogether(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}

function paint(info: RunInfo, severity: Severity, text: string): string {
  const { chalk } = info;
  if (severity === 'error') return chalk.red.bold(text);
  if (severity === 'warning') return chalk.yellow(text);
  return chalk.cyan(text);
}

function findingsTable(report: FileReport, info: RunInfo): string {
  const c = info.catalogue;
  const findings = visibleFindings(report.findings, info);
  if (findings.length === 0) return info.chalk.green(c.report.noFinding);
  const positionWidth = Math.max(c.report.columns.position.length, ...findings.map((f) => `${f.line}:${f.column}`.length)) + 2;
  const severityWidth = Math.max(c.report.columns.severity.length, ...findings.map((f) => c.severity[f.severity].length)) + 2;
  const ruleWidth = Math.max(c.report.columns.rule.length, ...findings.map((f) => f.ruleId.length)) + 2;
  const rest = Math.max(40, info.width - positionWidth - severityWidth - ruleWidth - 6 * BORDERLESS_GAP);
  const referenceWidth = Math.max(16, Math.floor(rest * 0.28));
  const messageWidth = rest - referenceWidth;
  const table = new Table({
    head: [c.report.columns.position, c.report.columns.severity, c.report.columns.rule, c.report.columns.message, c.report.columns.reference],
    colWidths: [positionWidth, severityWidth, ruleWidth, messageWidth, referenceWidth],
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const finding of findings) {
    const message = keepQuotesTogether(
      finding.remediation ? `${finding.message}\n${info.chalk.dim(c.report.remediationPrefix + finding.remediation)}` : finding.message,
    );
    table.push([
      `${finding.line}:${finding.column}`,
      paint(info, finding.severity, c.severity[finding.severity]),
      finding.ruleId,
      message,
      finding.reference,
    ]);
  }
  return table.toString();
}

function axisCounts(report: FileReport, info: RunInfo): string {
  const c = info.catalogue;
  const perAxis = new Map<Axis, Record<Severity, number>>();
  for (const finding of visibleFindings(report.findings, info)) {
    const counts = perAxis.get(finding.axis) ?? { error: 0, warning: 0, info: 0 };
    counts[finding.severity]++;
    perAxis.set(finding.axis, counts);
  }
  const parts = AXES.filter((axis) => perAxis.has(axis)).map((axis) => {
    const counts = perAxis.get(axis)!;
    const detail = SEVERITIES.filter((s) => counts[s] > 0)
      .map((s) => paint(info, s, `${counts[s]} ${counts[s] > 1 ? c.severityPlural[s] : c.severity[s]}`))
      .join(', ');
    return `${axis} (${detail})`;
  });
  return parts.length > 0 ? `${c.labelled(c.report.byAxis, parts.join(' · '))}` : '';
}

function waivedList(report: FileReport, info: RunInfo): string {
  if (report.waived.length === 0 || info.quiet) return '';
  const c = info.catalogue;
  const lines = report.waived.map((w) => `  ${w.line}:${w.column}  ${c.report.waivedLine(w.ruleId, w.until, w.justification)}`);
  return `${c.labelled(c.report.waivedTitle, '').trimEnd()}\n${lines.join('\n')}`;
}

export const textFormatter: Formatter = {
  start: () => '',
  file: (report, info) => {
    if (info.quiet && report.counts.error === 0) return '';
    const c = info.catalogue;
    const name = report.clsm?.nom ?? c.report.unnamed;
    const header = info.chalk.bold(c.report.header(name, report.path));
    const meta = c.report.meta(report.clsm?.annee ?? null, info.rulesetId, report.status);
    const blocks = [header, meta, findingsTable(report, info), axisCounts(report, info), waivedList(report, info)];
    return `${blocks.filter((b) => b !== '').join('\n')}\n\n`;
  },
  separator: '',
  keepsRows: true,
  end: (summary, rows, info) => {
    const c = info.catalogue;
    const totals = c.report.totals(summary.files, summary.pass, summary.fail, summary.invalid);
    if (rows.length < 2) return `${totals}\n`;
    const table = new Table({
      head: [c.report.summaryColumns.file, c.report.summaryColumns.clsm, c.report.summaryColumns.status, ...SEVERITIES.map((s) => c.severityPlural[s])],
      style: { head: [], border: [], compact: true },
    });
    for (const row of rows) {
      const status = row.status === 'pass' ? info.chalk.green(c.status.pass) : row.status === 'fail' ? info.chalk.red(c.status.fail) : info.chalk.magenta(c.status.invalid);
      table.push([row.path, row.name ?? '—', status, ...SEVERITIES.map((s) => String(row.counts[s]))]);
    }
    return `${info.chalk.bold(c.report.summaryTitle)}\n${table.toString()}\n${totals}\n`;
  },
};
