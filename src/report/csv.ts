// CSV for a spreadsheet, UTF-8 with BOM, `;`, CRLF, RFC 4180 quoting (csv-stringify), cells that a spreadsheet would
// run as a formula prefixed with `'`, French headers. Two shapes (`--per`): one row per finding (the default; every
// CLSM has at least one row, dérogations included), or one row per CLSM (a campaign's list: every file read, its
// département and région as text, its counts per severity and per axis, its dérogations in force). Streamed per file.
import { stringify } from 'csv-stringify/sync';
import { countsOf, statusOf } from '../findings/findings.js';
import { departementName, departementOfReport, regionName } from '../territory/regions.js';
import { SEVERITIES, type FileReport, type Finding, type WaivedFinding } from '../types.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';
import { peopleWords, titlesOf } from './people-words.js';
import { axisName, READING_AXES, readingAxis } from './reading-axis.js';

/** A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR) is neutralised with a leading apostrophe. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const OPTIONS = { delimiter: ';', record_delimiter: 'windows', quoted_match: /[";\r\n]/ } as const;

/** A code a spreadsheet would turn into a number (« 01 » → 1) is written with its name: « Ain (01) ». */
function named(name: string | undefined, code: string | null | undefined): string | null {
  if (!code) return null;
  return name && name !== code ? `${name} (${code})` : code;
}

function createReporter(context: ReportContext): Reporter {
  const c = context.catalogue;
  const headers = context.per === 'clsm' ? [...c.report.csvClsmHeaders, ...READING_AXES.map((axis) => c.report.csvAxisHeader(axisName(axis, c))), ...c.report.csvClsmTail] : c.report.csvHeaders;
  let started = false;
  const head = () => {
    if (started) return '';
    started = true;
    return `\ufeff${stringify([headers], OPTIONS)}`;
  };
  const identity = (report: FileReport) => {
    const departement = departementOfReport(report);
    return [
      report.path,
      report.clsm?.nom ?? null,
      report.clsm?.identifiant ?? null,
      named(departement ? departementName(departement) : undefined, departement),
      named(report.clsm?.region ? regionName(report.clsm.region) : undefined, report.clsm?.region),
      report.clsm?.annee ?? null,
      report.facts ? c.statut[report.facts.statut] : null,
      c.status[statusOf(report, context.failOn)],
    ];
  };
  const until = (waived: WaivedFinding) => c.html.until(c.date(waived.until));
  const findingRow = (report: FileReport, f: Finding | null, waived?: WaivedFinding) => [
    ...identity(report),
    f ? c.severity[f.severity] : null,
    f?.ruleId ?? null,
    f ? axisName(readingAxis(f), c) : null,
    f ? peopleWords(f.message, context.lang) : null,
    f ? peopleWords(f.remediation, context.lang) : null,
    f?.reference ?? null,
    f?.path ? (titlesOf(f.path, context.lang)?.join(' › ') ?? f.path) : null,
    f?.line ?? null,
    waived ? c.labelled(until(waived), waived.justification) : null,
  ];
  return {
    file(report: FileReport) {
      let rows: Array<Array<string | number | null>>;
      if (context.per === 'clsm') {
        const counts = countsOf(report.findings);
        const perAxis = READING_AXES.map((axis) => report.findings.filter((finding) => readingAxis(finding) === axis).length);
        const population = report.facts?.territory?.population ?? report.facts?.population ?? null;
        rows = [
          [
            ...identity(report),
            ...SEVERITIES.map((severity) => counts[severity]),
            ...perAxis,
            report.waived.length,
            report.waived.map((waived) => `${waived.ruleId} (${until(waived)})`).join(' ; ') || null,
            population,
          ],
        ];
      } else {
        const findings = visibleFindings(report.findings, context.quiet);
        rows = [...findings.map((f) => findingRow(report, f)), ...(context.quiet ? [] : report.waived.map((w) => findingRow(report, w, w)))];
        // A CLSM without gaps has its row too: the list of a campaign is complete.
        if (rows.length === 0 && !context.quiet) rows = [findingRow(report, null)];
      }
      return head() + (rows.length > 0 ? stringify(rows.map((row) => row.map(cell)), OPTIONS) : '');
    },
    end: () => head(),
  };
}

export const csvFormat: Format = { name: 'csv', createReporter };
