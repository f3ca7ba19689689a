// SARIF 2.1.0, one run: the active ruleset's rules (with the help `clsm explain` gives) and one result per finding,
// with a fingerprint that survives lines moving; waived and baselined findings are results with a suppression.
// Results are streamed file by file; only the rules (known at the start) are held.
import type * as Sarif from 'sarif';
import { INPUT_RULE_AXIS, INPUT_RULE_IDS, INPUT_RULE_SEVERITY, inputRuleText, type InputRuleId } from '../findings/input-rules.js';
import { fillTemplate } from '../i18n/template.js';
import { terminalSafeJson } from '../printable.js';
import type { Rule } from '../ruleset/types.js';
import type { Finding, Severity } from '../types.js';
import { fingerprintsOf } from './fingerprint.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };


/** A URI reference relative to the current folder, `/` separators, each segment percent-encoded. */
function uriOf(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

function ruleDescriptor(rule: Rule, context: ReportContext): Sarif.ReportingDescriptor {
  const { lang, catalogue: c } = context;
  const labels = context.ruleset.labels[lang];
  const fill = (text: string) => fillTemplate(text, rule.params, labels, c, '…');
  const what = fill((rule.description ?? rule.message)[lang]);
  const why = rule.rationale ? fill(rule.rationale[lang]) : rule.reference[lang];
  const how = fill(rule.remediation[lang]);
  const reference = rule.reference[lang];
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: what },
    fullDescription: { text: why },
    help: {
      text: `${c.explain.what} : ${what}\n${c.explain.why} : ${why}\n${c.explain.how} : ${how}\n${reference}`,
      markdown: `**${c.explain.what}** — ${what}\n\n**${c.explain.why}** — ${why}\n\n**${c.explain.how}** — ${how}\n\n_${reference}_`,
    },
    defaultConfiguration: rule.severity === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[rule.severity] },
    properties: { axis: rule.axis, reference, tags: [rule.axis] },
  };
}

function inputDescriptor(id: InputRuleId, context: ReportContext): Sarif.ReportingDescriptor {
  const text = inputRuleText(id, context.lang).reference;
  return {
    id,
    name: id,
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: LEVEL[INPUT_RULE_SEVERITY] },
    properties: { axis: INPUT_RULE_AXIS, reference: text, tags: [INPUT_RULE_AXIS] },
  };
}

function createReporter(context: ReportContext): Reporter {
  const c = context.catalogue;
  const rules = context.ruleset.rules.map((rule) => ruleDescriptor(rule, context));
  const index = new Map<string, number>(rules.map((rule, i) => [rule.id, i]));
  for (const id of INPUT_RULE_IDS) {
    index.set(id, rules.length);
    rules.push(inputDescriptor(id, context));
  }
  const driver: Sarif.ToolComponent = { name: context.tool.name, version: context.tool.version, informationUri: 'https://clsm.dev', rules };
  // One category per ruleset and year: a national run and an ARS run are uploaded side by side, never over each other.
  const automationDetails = { id: `clsm/${context.ruleset.id}/${context.today.slice(0, 4)}/` };
  const head = `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":${JSON.stringify({ driver })},"automationDetails":${JSON.stringify(automationDetails)},"columnKind":"utf16CodeUnits","results":[`;
  let count = 0;
  let started = false;

  const result = (file: string, finding: Finding, print: string, suppression?: Sarif.Suppression): Sarif.Result => ({
    ruleId: finding.ruleId,
    // formatReport refuses results of another ruleset: every rule id is in the driver's list.
    ruleIndex: index.get(finding.ruleId)!,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(file) }, region: { startLine: finding.line, startColumn: finding.column } } }],
    partialFingerprints: { 'clsm/v1': print },
    ...(suppression ? { suppressions: [suppression] } : {}),
  });

  return {
    file(report) {
      let out = started ? '' : head;
      started = true;
      const add = (item: Sarif.Result) => {
        out += `${count++ === 0 ? '\n' : ',\n'}${terminalSafeJson(JSON.stringify(item))}`;
      };
      // Counted, waived and baselined findings are ranked together: a finding keeps its fingerprint when it is waived.
      const all = [...report.findings, ...report.waived, ...(report.baselined ?? [])];
      const prints = fingerprintsOf(report.path, all);
      const visible = new Set(visibleFindings(report.findings, context.quiet));
      all.forEach((finding, i) => {
        if (i < report.findings.length) {
          if (visible.has(finding)) add(result(report.path, finding, prints[i]!));
        } else if (i < report.findings.length + report.waived.length) {
          const waived = report.waived[i - report.findings.length]!;
          // A dérogation is written in the profile itself: suppressed in source.
          add(result(report.path, finding, prints[i]!, { kind: 'inSource', justification: c.report.waivedLine(waived.ruleId, waived.until, waived.justification) }));
        } else add(result(report.path, finding, prints[i]!, { kind: 'external', justification: c.report.baselinedJustification }));
      });
      return out;
    },
    end: () => `${started ? '' : head}${count > 0 ? '\n' : ''}]}]}\n`,
  };
}

export const sarifFormat: Format = { name: 'sarif', createReporter };
