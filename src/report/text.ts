// The human report: per file a header, a findings table sorted by line, counts per axis, waived gaps;
// for a batch, one summary table.
import { AXES, SEVERITIES, type Axis, type FileReport, type Severity } from '../types.js';
import { visibleFindings, type Formatter, type RunInfo, type SummaryRow } from './model.js';
import { naturalWidth, renderTable, type Cell } from './table.js';

/** Characters a table spends on borders and padding around its cells. */
const tableFrame = (columns: number) => 3 * columns + 1;

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
  const head = [c.report.columns.position, c.report.columns.severity, c.report.columns.rule, c.report.columns.message, c.report.columns.reference];
  const positions = findings.map((f) => `${f.line}:${f.column}`);
  const fixed = [
    naturalWidth([head[0]!, ...positions]),
    naturalWidth([head[1]!, ...findings.map((f) => c.severity[f.severity])]),
    naturalWidth([head[2]!, ...findings.map((f) => f.ruleId)]),
  ];
  const rest = Math.max(40, info.width - fixed.reduce((a, b) => a + b, 0) - tableFrame(5));
  const reference = Math.max(16, Math.floor(rest * 0.28));
  const columns = [...fixed, rest - reference, reference].map((width) => ({ width }));
  const rows: Cell[][] = findings.map((finding, i) => [
    positions[i]!,
    [{ text: c.severity[finding.severity], style: (line) => paint(info, finding.severity, line) }],
    finding.ruleId,
    [
      { text: keepQuotesTogether(finding.message) },
      ...(finding.remediation ? [{ text: keepQuotesTogether(c.report.remediationPrefix + finding.remediation), style: (line: string) => info.chalk.dim(line) }] : []),
    ],
    finding.reference,
  ]);
  return renderTable(head, rows, columns);
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
    const head = [c.report.summaryColumns.file, c.report.summaryColumns.clsm, c.report.summaryColumns.status, ...SEVERITIES.map((s) => c.severityPlural[s])];
    const statusText = (status: SummaryRow['status']) => c.status[status];
    const statusStyle = (status: SummaryRow['status']) => (status === 'pass' ? info.chalk.green : status === 'fail' ? info.chalk.red : info.chalk.magenta);
    const cells = rows.map((row) => [row.path, row.name ?? '—', statusText(row.status), ...SEVERITIES.map((s) => String(row.counts[s]))]);
    const columns = head.map((title, i) => ({ width: naturalWidth([title, ...cells.map((line) => line[i]!)]) }));
    const table = renderTable(
      head,
      cells.map((line, r) => line.map((text, i): Cell => (i === 2 ? [{ text, style: (l: string) => statusStyle(rows[r]!.status)(l) }] : text))),
      columns,
    );
    return `${info.chalk.bold(c.report.summaryTitle)}\n${table}\n${totals}\n`;
  },
};
