// The human report: per file a header, the findings grouped by severity (what to treat first, then the rest),
// counts per axis, waived gaps; for a batch, one summary. It fits the destination's width: tables when they fit,
// blocks of wrapped lines when they do not, and no line wider than the terminal either way.
import { Chalk } from 'chalk';
import { countsOf, statusOf } from '../findings/findings.js';
import { INPUT_RULE_IDS } from '../findings/input-rules.js';
import { REGION_NAMES } from '../territory/regions.js';
import { printableLine } from '../printable.js';
import { SEVERITIES, type FileReport, type FileStatus, type Finding, type Severity } from '../types.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';
import { axisName, READING_AXES, readingAxis, type ReadingAxis } from './reading-axis.js';
import { naturalWidth, renderTable, tableFrame, wrap, type Cell } from './table.js';
import { displayWidth, fitStart } from './width.js';

type Painter = InstanceType<typeof Chalk>;

/** What the batch summary keeps of each file once its report is written (memory stays flat). */
interface SummaryRow {
  path: string;
  name: string;
  region: string;
  status: FileStatus;
  counts: Record<Severity, number>;
}

/** Characters a table spends on borders and padding around its cells. */
/** The narrowest message and reference columns a findings table may have; below, findings are blocks. */
const MIN_MESSAGE = 40;
const MIN_REFERENCE = 18;

/** No line break just inside French quotes: « x » wraps as a unit at its edges. Nothing acts on the terminal. */
function cellText(text: string): string {
  return printableLine(text).replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}

/**
 * A copy that shares no memory with the file's text: a substring taken by the parser keeps the whole text
 * alive, and the batch summary keeps one name per file until the end.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function createReporter(context: ReportContext): Reporter {
  const { catalogue: c, quiet } = context;
  const chalk: Painter = new Chalk({ level: context.target.color ? 1 : 0 });
  const width = Math.max(20, context.target.width);
  const rows: SummaryRow[] = [];
  const { id, extends: parent } = context.ruleset;
  const rulesetLabel = parent ? `${id} (${c.ruleset.extendsLabel(parent)})` : id;
  const positionWidth = naturalWidth([c.report.columns.position, '9999:99']);
  const ruleWidth = naturalWidth([c.report.columns.rule, ...INPUT_RULE_IDS, ...context.ruleset.rules.map((rule) => rule.id)]);
  const tables = width >= positionWidth + ruleWidth + MIN_MESSAGE + MIN_REFERENCE + tableFrame(4);

  const paint = (severity: Severity, text: string): string => {
    if (severity === 'error') return chalk.red.bold(text);
    if (severity === 'warning') return chalk.yellow(text);
    return chalk.cyan(text);
  };
  /** Wrapped to the width, each line styled after wrapping; continuation lines indented. */
  const lines = (text: string, indent = 0, style?: (line: string) => string): string[] => {
    const pad = ' '.repeat(indent);
    return wrap(text, width - indent).map((line) => (style ? style(pad + line) : pad + line));
  };

  const findingsTable = (findings: readonly Finding[]): string => {
    const head = [c.report.columns.position, c.report.columns.rule, c.report.columns.message, c.report.columns.reference];
    const rest = width - positionWidth - ruleWidth - tableFrame(4);
    const reference = Math.max(MIN_REFERENCE, Math.floor(rest * 0.28));
    const columns = [positionWidth, ruleWidth, rest - reference, reference].map((w) => ({ width: w }));
    const cells: Cell[][] = findings.map((finding) => [
      `${finding.line}:${finding.column}`,
      [{ text: printableLine(finding.ruleId), style: (line) => paint(finding.severity, line) }],
      [
        { text: cellText(finding.message) },
        ...(finding.remediation ? [{ text: cellText(c.report.remediationPrefix + finding.remediation), style: (line: string) => chalk.dim(line) }] : []),
      ],
      printableLine(finding.reference),
    ]);
    return renderTable(head, cells, columns);
  };

  /** A YAML syntax error's line as written, with a caret under the column, cut to the width around the caret. */
  const excerptLines = (finding: Finding): string[] => {
    if (finding.excerpt === undefined) return [];
    const gutter = `${finding.line} │ `;
    const room = Math.max(8, width - 2 - gutter.length);
    // A tab is named, not shown as a code: it is often the very slip the line is quoted for.
    const shown = (part: string) => printableLine(part.replace(/\t/g, c.report.tab));
    let text = shown(finding.excerpt);
    let caret = displayWidth(shown(finding.excerpt.slice(0, Math.max(0, finding.column - 1))));
    if (caret > room - 4) {
      // Long line: keep the part around the caret, an ellipsis where it was cut.
      const dropped = fitStart(text, caret - Math.floor(room / 2));
      text = `…${text.slice(dropped.length)}`;
      caret = caret - displayWidth(dropped) + 1;
    }
    if (displayWidth(text) > room) text = `${fitStart(text, room - 1)}…`;
    return [`  ${gutter}${text}`, `  ${' '.repeat(gutter.length - 2)}│ ${' '.repeat(caret)}${chalk.red.bold('^')}`];
  };

  const findingBlock = (finding: Finding): string[] => [
    ...lines(`${finding.line}:${finding.column}  ${c.severity[finding.severity]}  ${printableLine(finding.ruleId)}`, 0, (line) => paint(finding.severity, line)),
    ...lines(cellText(finding.message), 2),
    ...excerptLines(finding),
    ...(finding.remediation ? lines(cellText(c.report.remediationPrefix + finding.remediation), 2, (line) => chalk.dim(line)) : []),
    ...(finding.reference && finding.reference !== '—' ? lines(c.labelled(c.report.columns.reference, printableLine(finding.reference)), 2, (line) => chalk.dim(line)) : []),
  ];

  /** Errors first, then warnings, then infos, each group by line, under a heading that says what to do with it. */
  const findingGroups = (report: FileReport): string => {
    const findings = visibleFindings(report.findings, quiet);
    if (findings.length === 0) return chalk.green(c.report.noFinding);
    const groups: string[] = [];
    for (const severity of SEVERITIES) {
      const group = findings.filter((f) => f.severity === severity).sort((a, b) => a.line - b.line || a.column - b.column);
      if (group.length === 0) continue;
      const heading = lines(c.report.group(severity, group.length), 0, (line) => chalk.bold(paint(severity, line))).join('\n');
      const body = tables ? [findingsTable(group), ...group.flatMap(excerptLines)] : group.flatMap(findingBlock);
      groups.push(`${heading}\n${body.join('\n')}`);
    }
    return groups.join('\n\n');
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
      return `${axisName(axis, c)} (${c.list(SEVERITIES.filter((s) => counts[s] > 0).map((s) => c.severityCount(s, counts[s])))})`;
    });
    return parts.length > 0 ? lines(c.labelled(c.report.byAxis, parts.join(' · '))).join('\n') : '';
  };

  const waivedList = (report: FileReport): string => {
    if (report.waived.length === 0 || quiet) return '';
    const items = report.waived.flatMap((w) => lines(`${w.line}:${w.column}  ${printableLine(c.report.waivedLine(w.ruleId, w.until, w.justification))}`, 2));
    return [...lines(c.labelled(c.report.waivedTitle, '').trimEnd()), ...items].join('\n');
  };

  const baselinedList = (report: FileReport): string => {
    const baselined = report.baselined ?? [];
    if (baselined.length === 0 || quiet) return '';
    const items = baselined.flatMap((f) => lines(`${f.line}:${f.column}  ${printableLine(c.labelled(f.ruleId, f.message))}`, 2));
    return [...lines(c.labelled(c.report.baselinedTitle(baselined.length), '').trimEnd()), ...items].join('\n');
  };

  const statusStyle = (status: FileStatus) => (status === 'pass' ? chalk.green : status === 'fail' ? chalk.red : chalk.magenta);

  const summary = (): string => {
    const columns = c.report.summaryColumns;
    const head = [columns.file, columns.clsm, columns.region, columns.status, ...SEVERITIES.map((s) => c.severityPlural[s])];
    const cells = rows.map((row) => [row.path, row.name, row.region, c.status[row.status], ...SEVERITIES.map((s) => String(row.counts[s]))]);
    const widths = head.map((title, i) => naturalWidth([title, ...cells.map((line) => line[i]!)]));
    // Too wide: the file and CLSM columns wrap, down to 16 columns each; narrower still, one block per file.
    const spare = width - tableFrame(head.length) - widths.slice(2).reduce((a, b) => a + b, 0);
    if (widths[0]! + widths[1]! > spare && spare >= 32) {
      widths[0] = Math.min(widths[0]!, Math.max(16, spare - widths[1]!, Math.ceil(spare / 2)));
      widths[1] = Math.min(widths[1]!, spare - widths[0]!);
    }
    if (widths.reduce((a, b) => a + b, 0) + tableFrame(head.length) <= width)
      return renderTable(
        head,
        cells.map((line, r) => line.map((text, i): Cell => (i === 3 ? [{ text, style: (l: string) => statusStyle(rows[r]!.status)(l) }] : text))),
        widths.map((w) => ({ width: w })),
      );
    return rows
      .flatMap((row) => [
        ...lines(`${row.path}${row.name === '—' ? '' : ` — ${row.name}`}${row.region === '—' ? '' : ` · ${row.region}`}`),
        ...lines(`${c.status[row.status]} · ${c.list(SEVERITIES.map((s) => c.severityCount(s, row.counts[s])))}`, 2, (line) => statusStyle(row.status)(line)),
      ])
      .join('\n');
  };

  /** Every error of the run, for the last lines of the report: what stays on screen at the end of a terminal. */
  const errors: Array<{ path: string; finding: Finding }> = [];
  /** How many error lines the recap shows before it counts the rest. */
  const RECAP_LINES = 30;

  const recap = (): string => {
    if (errors.length === 0) return '';
    const several = new Set(errors.map((error) => error.path)).size > 1;
    const items = errors.slice(0, RECAP_LINES).map(({ path, finding }) => {
      let text = `${several ? `${path}:` : ''}${finding.line}:${finding.column}  ${printableLine(finding.message)}`;
      if (displayWidth(text) > width - 2) text = `${fitStart(text, width - 3)}…`;
      return `  ${paint('error', text)}`;
    });
    if (errors.length > RECAP_LINES) items.push(`  ${c.report.recapMore(errors.length - RECAP_LINES)}`);
    return `${chalk.bold(paint('error', c.report.recap(errors.length)))}\n${items.join('\n')}\n`;
  };

  return {
    file(report) {
      const counts = countsOf(report.findings);
      for (const finding of report.findings) if (finding.severity === 'error') errors.push({ path: printableLine(report.path), finding });
      if (quiet && counts.error === 0) return '';
      const status = statusOf(report, context.failOn);
      const nom = report.clsm?.nom;
      const name = nom ? printableLine(nom) : c.report.unnamed;
      const region = report.clsm?.region ? (REGION_NAMES.get(report.clsm.region) ?? printableLine(report.clsm.region)) : '—';
      rows.push({ path: printableLine(report.path), name: nom === null || nom === undefined ? '—' : detached(name), region, status, counts });
      const header = lines(c.report.header(name, printableLine(report.path)), 0, (line) => chalk.bold(line)).join('\n');
      const territory = report.facts?.territory;
      const meta = [
        ...lines(c.report.meta(report.clsm?.annee ?? null, rulesetLabel, status)),
        ...(territory && territory.population !== null ? lines(c.report.territory(c.number(territory.population), territory.vintage)) : []),
      ].join('\n');
      const blocks = [header, meta, findingGroups(report), axisCounts(report), waivedList(report), baselinedList(report)];
      return `${blocks.filter((b) => b !== '').join('\n')}\n\n`;
    },
    end(totals) {
      const line = lines(c.report.totals(totals.files, totals.pass, totals.fail, totals.invalid)).join('\n');
      // The last lines stay on screen: the errors, one line each, then the totals.
      if (rows.length < 2) return `${recap()}${line}\n`;
      return `${chalk.bold(c.report.summaryTitle)}\n${summary()}\n${recap()}${line}\n`;
    },
  };
}

/** The widest line of a text report, in terminal columns, colours left out (for tests and the benchmark). */
export function widestLine(text: string): number {
   
  return Math.max(0, ...text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map(displayWidth));
}

export const textFormat: Format = { name: 'text', createReporter };
