// CSV for a spreadsheet: one row per finding, French headers, UTF-8 with BOM, `;`, CRLF, RFC 4180 quoting
// (csv-stringify), cells that a spreadsheet would run as a formula prefixed with `'`. Streamed per file.
import { axisName, readingAxis } from './reading-axis.js';
import { stringify } from 'csv-stringify/sync';
import type { FileReport } from '../types.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

/** A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR) is neutralised with a leading apostrophe. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const OPTIONS = { delimiter: ';', record_delimiter: 'windows', quoted_match: /[";\r\n]/ } as const;

function createReporter(context: ReportContext): Reporter {
  const c = context.catalogue;
  let started = false;
  const head = () => {
    if (started) return '';
    started = true;
    return `\ufeff${stringify([c.report.csvHeaders], OPTIONS)}`;
  };
  return {
    file(report: FileReport) {
      const rows = visibleFindings(report.findings, context.quiet).map((f) =>
        [
          report.path,
          report.clsm?.nom ?? null,
          report.clsm?.identifiant ?? null,
          report.clsm?.region ?? null,
          report.clsm?.annee ?? null,
          report.facts?.statut ?? null,
          c.severity[f.severity],
          f.ruleId,
          axisName(readingAxis(f), c),
          f.line,
          f.column,
          f.message,
          f.remediation,
          f.reference,
        ].map(cell),
      );
      return head() + (rows.length > 0 ? stringify(rows, OPTIONS) : '');
    },
    end: () => head(),
  };
}

export const csvFormat: Format = { name: 'csv', createReporter };
