// The human report: per file a header, a findings table sorted by line, counts per axis, waived gaps;
// for a batch, one summary table. Colours and width are this format's own concerns.
import { axisName, READING_AXES, readingAxis, type ReadingAxis } from './reading-axis.js';
import { Chalk } from 'chalk';
import { SEVERITIES, type FileReport, type FileStatus, type Severity } from '../types.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';
import { printableLine } from '../printable.js';
import { naturalWidth, renderTable, type Cell } from './table.js';

type Painter = InstanceType<typeof Chalk>;

/** What the batch summary keeps of each file once its report is written (memory stays flat). */
interface SummaryRow {
  path: string;
  name: string | null;
  status: FileStatus;
  counts: Record<Severity, number>;
}

/** Characters a table spends on borders and padding around its cells. */
const tableFrame = (columns: number) => 3 * columns + 1;

/** No line break just inside French quotes: « x » wraps as a unit at its edges. Nothing acts on the terminal. */
function cellText(text: string): string {
  return printableLine(text).replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}

/**
 * A copy that shares no memory with the file's text: a substring taken by the parser keeps the whole text
 * alive, and the batch summary keeps one name per file until the end.
 */
function detached(text: string | null): string | null {
  return text === null ? null : (JSON.parse(JSON.stringify(text)) as string);
}

function createReporter(context: ReportContext): Reporter {
  const { catalogue: c, quiet } = context;
  const chalk: Painter = new Chalk({ level: context.target.color ? 1 : 0 });
  const width = context.target.width;
  const rows: SummaryRow[] = [];
  const { id, extends: parent } = context.ruleset;
  const rulesetLabel = parent ? `${id} (${c.ruleset.extendsLabel(parent)})` : id;

  const paint = (severity: Severity, text: string): string => {
    if (severity === 'error') return chalk.red.bold(text);
    if (severity === 'warning') return chalk.yellow(text);
    return chalk.cyan(text);
  };

  const findingsTable = (report: FileReport): string => {
    const findings = visibleFindings(report.findings, quiet);
    if (findings.length === 0) return chalk.green(c.report.noFinding);
    const head = [c.report.columns.position, c.report.columns.severity, c.report.columns.rule, c.report.columns.message, c.report.columns.reference];
    const positions = findings.map((f) => `${f.line}:${f.column}`);
    const fixed = [
      naturalWidth([head[0]!, ...positions]),
      naturalWidth([head[1]!, ...findings.map((f) => c.severity[f.severity])]),
      naturalWidth([head[2]!, ...findings.map((f) => printableLine(f.ruleId))]),
    ];
    const rest = Math.max(40, width - fixed.reduce((a, b) => a + b, 0) - tableFrame(5));
    const reference = Math.max(16, Math.floor(rest * 0.28));
    const columns = [...fixed, rest - reference, reference].map((w) => ({ width: w }));
    const cells: Cell[][] = findings.map((finding, i) => [
      positions[i]!,
      [{ text: c.severity[finding.severity], style: (line) => paint(finding.severity, line) }],
      printableLine(finding.ruleId),
      [
        { text: cellText(finding.message) },
        ...(finding.remediation ? [{ text: cellText(c.report.remediationPrefix + finding.remediation), style: (line: string) => chalk.dim(line) }] : []),
      ],
      printableLine(finding.reference),
    ]);
    return renderTable(head, cells, columns);
  };

  const axisCounts = (report: FileReport): string => {
    const perAxis = new Map<ReadingAxis, Record<Severity, number>>();
    for (const finding of visibleFindings(report.findings, quiet)) {
      const axis = readingAxis(finding);
      const counts = perAxis.get(axis) ?? { error: 0, warning: 0, info: 0 };
      counts[finding.severity]++;
      perAxis.set(axis, counts);
    }
    const parts = READING_AXES.filter((axis) => perAxis.has(axis)).map((axis) => {
      const counts = perAxis.get(axis)!;
      const detail = SEVERITIES.filter((s) => counts[s] > 0)
        .map((s) => paint(s, `${counts[s]} ${counts[s] > 1 ? c.severityPlural[s] : c.severity[s]}`))
        .join(', ');
      return `${axisName(axis, c)} (${detail})`;
    });
    return parts.length > 0 ? c.labelled(c.report.byAxis, parts.join(' · ')) : '';
  };

  const waivedList = (report: FileReport): string => {
    if (report.waived.length === 0 || quiet) return '';
    const lines = report.waived.map((w) => `  ${w.line}:${w.column}  ${printableLine(c.report.waivedLine(w.ruleId, w.until, w.justification))}`);
    return `${c.labelled(c.report.waivedTitle, '').trimEnd()}\n${lines.join('\n')}`;
  };

  const baselinedList = (report: FileReport): string => {
    const baselined = report.baselined ?? [];
    if (baselined.length === 0 || quiet) return '';
    const lines = baselined.map((f) => `  ${f.line}:${f.column}  ${printableLine(c.labelled(f.ruleId, f.message))}`);
    return `${c.labelled(c.report.baselinedTitle(baselined.length), '').trimEnd()}\n${lines.join('\n')}`;
  };

  const summaryTable = (): string => {
    const head = [c.report.summaryColumns.file, c.report.summaryColumns.clsm, c.report.summaryColumns.status, ...SEVERITIES.map((s) => c.severityPlural[s])];
    const statusStyle = (status: FileStatus) => (status === 'pass' ? chalk.green : status === 'fail' ? chalk.red : chalk.magenta);
    const cells = rows.map((row) => [row.path, row.name ?? '—', c.status[row.status], ...SEVERITIES.map((s) => String(row.counts[s]))]);
    const columns = head.map((title, i) => ({ width: naturalWidth([title, ...cells.map((line) => line[i]!)]) }));
    return renderTable(
      head,
      cells.map((line, r) => line.map((text, i): Cell => (i === 2 ? [{ text, style: (l: string) => statusStyle(rows[r]!.status)(l) }] : text))),
      columns,
    );
  };

  return {
    file(report) {
      rows.push({ path: printableLine(report.path), name: detached(report.clsm?.nom === undefined || report.clsm.nom === null ? null : printableLine(report.clsm.nom)), status: report.status, counts: report.counts });
      if (quiet && report.counts.error === 0) return '';
      const name = report.clsm?.nom || c.report.unnamed;
      const header = chalk.bold(c.report.header(printableLine(name), printableLine(report.path)));
      const meta = c.report.meta(report.clsm?.annee ?? null, rulesetLabel, report.status);
      const blocks = [header, meta, findingsTable(report), axisCounts(report), waivedList(report), baselinedList(report)];
      return `${blocks.filter((b) => b !== '').join('\n')}\n\n`;
    },
    end(summary) {
      const totals = c.report.totals(summary.files, summary.pass, summary.fail, summary.invalid);
      if (rows.length < 2) return `${totals}\n`;
      return `${chalk.bold(c.report.summaryTitle)}\n${summaryTable()}\n${totals}\n`;
    },
  };
}

export const textFormat: Format = { name: 'text', createReporter };
