// GitHub Actions workflow commands: one annotation per counted finding, escaped as the Actions toolkit escapes
// (`%`, CR, LF in the message; also `:` and `,` in properties).
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function createReporter(context: ReportContext): Reporter {
  return {
    file(report) {
      let out = '';
      // Errors only by default: GitHub shows ten annotations of each kind per step and drops the rest silently; the
      // warnings and information are in the step summary and in SARIF. `--annotations all` asks for every one.
      for (const finding of visibleFindings(report.findings, context.quiet)) {
        if (context.annotations !== 'all' && finding.severity !== 'error') continue;
        const properties = `file=${escapeProperty(report.path)},line=${finding.line},col=${finding.column},title=${escapeProperty(`clsm ${finding.ruleId}`)}`;
        out += `::${LEVEL[finding.severity]} ${properties}::${escapeData(finding.message)}\n`;
      }
      return out;
    },
    end: () => '',
  };
}

export const githubFormat: Format = { name: 'github', createReporter };
