// One profile's live report, grouped as the text report (format first, then the referential's axes), each finding
// with its place (line:column, leading to the YAML view and to the form's field), what to do, the referential's
// words, and « Points forts »: the requirements the profile already meets.
import { countsOf, statusOf } from '../findings/findings.js';
import { INPUT_RULE_IDS } from '../findings/input-rules.js';
import type { Catalogue } from '../i18n/index.js';
import { fillTemplate } from '../i18n/template.js';
import { peopleWords } from '../report/people-words.js';
import { axisName, READING_AXES, readingAxis } from '../report/reading-axis.js';
import type { Rule, Ruleset } from '../ruleset/types.js';
import { SEVERITIES, type FailOn, type FileReport, type Finding, type Lang } from '../types.js';
import { capitalised, h, withCode, type Child } from './dom.js';
import type { Texts } from './texts.js';

export interface ReportViewContext {
  texts: Texts;
  c: Catalogue;
  lang: Lang;
  ruleset: Ruleset;
  failOn: FailOn;
  goToField(path: string): void;
  goToLine(line: number, column: number): void;
  askDerogation(ruleId: string): void;
}

/** The axes whose rules say something a CLSM does well when they find nothing (territory and coherence only check data). */
const STRENGTH_AXES = new Set(['gouvernance', 'coordination', 'financement', 'strategie', 'suivi', 'articulations']);

function ruleText(rule: Rule, text: string, ctx: ReportViewContext): string {
  return fillTemplate(text, rule.params, ctx.ruleset.labels[ctx.lang], ctx.c, '…');
}

function why(rule: Rule | undefined, ctx: ReportViewContext): Child {
  if (!rule) return null;
  return h(
    'details',
    { class: 'why' },
    h('summary', null, ctx.texts.why),
    h('p', null, h('strong', null, `${ctx.c.explain.what} — `), withCode(ruleText(rule, (rule.description ?? rule.message)[ctx.lang], ctx))),
    rule.rationale ? h('blockquote', null, ruleText(rule, rule.rationale[ctx.lang], ctx)) : null,
    h('p', { class: 'reference' }, ctx.texts.reference, rule.reference[ctx.lang]),
  );
}

function findingItem(finding: Finding, ctx: ReportViewContext, waived?: { justification: string; until: string }): HTMLElement {
  const rule = ctx.ruleset.byId.get(finding.ruleId);
  const waivable = rule && !waived && !(INPUT_RULE_IDS as readonly string[]).includes(finding.ruleId) && rule.check.traits.waivable;
  return h(
    'li',
    // A waived finding is not a finding (the JSON report lists it under `waived`): it carries other attributes.
    waived
      ? { class: 'finding waived', 'data-waived-rule-id': finding.ruleId }
      : { class: `finding ${finding.severity}`, 'data-rule-id': finding.ruleId, 'data-severity': finding.severity, 'data-line': finding.line, 'data-column': finding.column },
    h('p', { class: 'finding-head' }, h('span', { class: `badge ${finding.severity}` }, ctx.c.severity[finding.severity]), ' ', h('span', { class: 'message' }, finding.message)),
    h(
      'p',
      { class: 'finding-place' },
      h('code', null, finding.ruleId),
      ' · ',
      h('button', { type: 'button', class: 'link', 'aria-label': ctx.texts.goToLine(finding.line, finding.column), onclick: () => ctx.goToLine(finding.line, finding.column) }, ctx.texts.atLine(finding.line, finding.column)),
      finding.path ? [' · ', h('button', { type: 'button', class: 'link', 'aria-label': `${ctx.texts.goToField} (${finding.ruleId})`, onclick: () => ctx.goToField(finding.path) }, ctx.texts.goToField)] : null,
    ),
    finding.excerpt !== undefined ? h('pre', { class: 'excerpt' }, finding.excerpt) : null,
    // The advice in the form's words: a profile path becomes the titles of its fields.
    finding.remediation ? h('p', { class: 'remediation' }, h('strong', null, ctx.texts.howToFix), withCode(peopleWords(finding.remediation, ctx.lang))) : null,
    waived ? h('p', { class: 'waiver' }, `${waived.justification} (${ctx.c.date(waived.until)})`) : null,
    why(rule, ctx),
    waivable ? h('button', { type: 'button', class: 'secondary small', 'aria-label': `${ctx.texts.askDerogation} (${finding.ruleId})`, onclick: () => ctx.askDerogation(finding.ruleId) }, ctx.texts.askDerogation) : null,
  );
}

function strengths(report: FileReport, ctx: ReportViewContext): Child {
  if (report.invalid) return null;
  const statut = report.facts?.statut;
  const found = new Set([...report.findings, ...report.waived].map((finding) => finding.ruleId));
  // A rule silenced by another that fired (the diagnostic's age, when there is no diagnostic) is no strength either.
  const met = ctx.ruleset.rules.filter(
    (rule) =>
      rule.severity !== 'off' &&
      STRENGTH_AXES.has(rule.axis) &&
      !rule.when &&
      (!statut || rule.appliesTo.includes(statut)) &&
      !found.has(rule.id) &&
      !rule.unlessFired.some((id) => found.has(id)),
  );
  return h(
    'section',
    { class: 'strengths', 'aria-labelledby': 'points-forts' },
    h('h3', { id: 'points-forts' }, ctx.texts.strengths),
    met.length === 0
      ? h('p', null, ctx.texts.strengthsNone)
      : [h('p', null, ctx.texts.strengthsIntro), h('ul', null, met.map((rule) => h('li', { 'data-strength': rule.id }, withCode(ruleText(rule, (rule.description ?? rule.message)[ctx.lang], ctx)))))],
  );
}

export function renderReport(report: FileReport, ctx: ReportViewContext): HTMLElement {
  const { c, texts } = ctx;
  const counts = countsOf(report.findings);
  const status = statusOf(report, ctx.failOn);
  // Within an axis, what to address first comes first: errors, then warnings, then information, each in file order.
  const bySeverity = (a: Finding, b: Finding) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.line - b.line || a.column - b.column;
  const groups = READING_AXES.map((axis) => ({ axis, findings: report.findings.filter((finding) => readingAxis(finding) === axis).sort(bySeverity) })).filter(
    (group) => group.findings.length > 0,
  );
  return h(
    'div',
    { class: 'report-body' },
    h('p', { class: `status ${status}`, 'data-status': status }, texts.summary(c.status[status], c.list(SEVERITIES.map((severity) => c.severityCount(severity, counts[severity]))))),
    groups.length === 0 ? h('p', null, texts.noFindings) : null,
    groups.map((group, index) =>
      h(
        'section',
        { class: 'axis', 'aria-labelledby': `axe-${index}` },
        h('h3', { id: `axe-${index}` }, `${capitalised(axisName(group.axis, c))} (${group.findings.length})`),
        h('ul', { class: 'findings' }, group.findings.map((finding) => findingItem(finding, ctx))),
      ),
    ),
    report.waived.length > 0
      ? h(
          'section',
          { class: 'axis', 'aria-labelledby': 'derogations-couvertes' },
          h('h3', { id: 'derogations-couvertes' }, texts.waived),
          h('ul', { class: 'findings waived' }, report.waived.map((finding) => findingItem(finding, ctx, finding))),
        )
      : null,
    strengths(report, ctx),
  );
}

