// Markdown for a pull-request comment or a wiki: per file with findings, a <details> block with its findings table
// (streamed); at the end, the summary table of every file. `|` and HTML are escaped, code spans kept as code.
import { countsOf, statusOf } from '../findings/findings.js';
import { SEVERITIES, type FileReport, type FileStatus, type Severity } from '../types.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

/** Text in a table cell: no HTML, no cell break, on one line; code spans (`signee: true`) stay code when balanced. */
export function markdownCell(text: string): string {
  const plain = (part: string) => part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/`/g, '\\`');
  const line = text.replace(/\r?\n|\r/g, ' ');
  const parts = line.split('`');
  // An odd number of backticks cannot all pair: every one is escaped. Inside a code span nothing is interpreted
  // (HTML is shown as written), only `|` must still be escaped not to end the table cell.
  if (parts.length % 2 === 0) return plain(line);
  return parts.map((part, i) => (i % 2 === 1 && part !== '' ? `\`${part.replace(/\|/g, '\\|')}\`` : plain(part))).join('');
}

interface Row {
  path: string;
  name: string | null;
  status: FileStatus;
  counts: Record<Severity, number>;
}

/** A path in a code span: a backtick would end it, a line break or a `|` would break the row or the heading. */
function codePath(path: string): string {
  return path.replace(/`/g, "'").replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}

function createReporter(context: ReportContext): Reporter {
  const c = context.catalogue;
  const rows: Row[] = [];
  const counts = (values: Record<Severity, number>) => SEVERITIES.map((s) => String(values[s])).join(' | ');
  return {
    file(report: FileReport) {
      // The name is copied: a substring of the parser would keep the whole file's text alive.
      rows.push({ path: report.path, name: report.clsm?.nom === undefined || report.clsm.nom === null ? null : JSON.parse(JSON.stringify(report.clsm.nom)), status: statusOf(report, context.failOn), counts: countsOf(report.findings) });
      const findings = visibleFindings(report.findings, context.quiet);
      const covered = [...report.waived, ...(report.baselined ?? [])];
      if (findings.length === 0 && covered.length === 0) return '';
      const title = `${markdownCell(report.clsm?.nom || c.report.unnamed)} — \`${codePath(report.path)}\``;
      const head = `| ${c.report.columns.position} | ${c.report.columns.severity} | ${c.report.columns.rule} | ${c.report.columns.message} | ${c.report.columns.reference} |\n|---|---|---|---|---|\n`;
      const lines = findings
        .map((f) => `| ${f.line}:${f.column} | ${c.severity[f.severity]} | ${markdownCell(f.ruleId)} | ${markdownCell(f.message)}${f.remediation ? `<br>→ ${markdownCell(f.remediation)}` : ''} | ${markdownCell(f.reference)} |\n`)
        .join('');
      const apart = covered.length > 0 ? `\n${c.report.coveredCase(covered.length)} : ${covered.map((f) => `${markdownCell(f.ruleId)} (${f.line}:${f.column})`).join(', ')}\n` : '';
      return `<details>\n<summary>${title} : ${c.status[statusOf(report, context.failOn)]} (${counts(countsOf(report.findings)).replace(/ \| /g, ' / ')})</summary>\n\n${findings.length > 0 ? head + lines : ''}${apart}\n</details>\n\n`;
    },
    end(summary) {
      const head = `## ${c.report.summaryTitle}\n\n| ${c.report.summaryColumns.file} | ${c.report.summaryColumns.clsm} | ${c.report.summaryColumns.status} | ${SEVERITIES.map((s) => c.severityPlural[s]).join(' | ')} |\n|---|---|---|---|---|---|\n`;
      const lines = rows.map((row) => `| \`${codePath(row.path)}\` | ${markdownCell(row.name ?? '—')} | ${c.status[row.status]} | ${counts(row.counts)} |\n`).join('');
      return `${head}${lines}\n${c.report.totals(summary.files, summary.pass, summary.fail, summary.invalid)}\n`;
    },
  };
}

export const markdownFormat: Format = { name: 'markdown', createReporter };
