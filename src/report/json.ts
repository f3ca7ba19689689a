// The JSON report of SPEC §5, streamed file by file; stable key order, described by schemas/report.schema.json.
import { terminalSafeJson } from '../printable.js';
import { countsOf, statusOf } from '../findings/findings.js';
import type { FailOn, FileReport } from '../types.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

// Compact JSON, one file per line: valid JSON that a person can still grep file by file, and half the
// bytes of an indented report (writing them was a tenth of a large batch's time). The keys of the contract are
// written one by one: a file report also carries what `stats` reads, which is not part of the contract.
function fileJson(report: FileReport, failOn: FailOn, quiet: boolean): string {
  const findings = quiet ? visibleFindings(report.findings, true) : report.findings;
  return terminalSafeJson(`{"path":${JSON.stringify(report.path)},"status":"${statusOf(report, failOn)}","clsm":${JSON.stringify(report.clsm)},"findings":${JSON.stringify(findings)},"waived":${JSON.stringify(report.waived)},${report.baselined ? `"baselined":${JSON.stringify(report.baselined)},` : ''}${territoryJson(report)}"counts":${JSON.stringify(countsOf(report.findings))}}`);
}

/** The population the listed communes give (SPEC §11), with its vintage: additive, only for such profiles. */
function territoryJson(report: FileReport): string {
  const territory = report.facts?.territory;
  return territory && territory.population !== null ? `"territory":${JSON.stringify({ population: territory.population, vintage: territory.vintage })},` : '';
}

function createReporter(context: ReportContext): Reporter {
  const { id, extends: parent } = context.ruleset;
  const head = `{"schemaVersion":1,"tool":${JSON.stringify(context.tool)},"ruleset":${JSON.stringify(parent ? { id, extends: parent } : { id })},"files":[`;
  let files = 0;
  return {
    file: (report) => `${files++ === 0 ? head : ','}\n${fileJson(report, context.failOn, context.quiet)}`,
    end: (summary) => `${files === 0 ? head : '\n'}],"summary":${JSON.stringify(summary)}}\n`,
  };
}

export const jsonFormat: Format = {
  name: 'json',
  createReporter,
};
