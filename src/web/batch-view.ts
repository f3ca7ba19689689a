// The ARS agent's view of a batch: one row per CLSM (state, counts per severity and per axis; `data-path` is the
// file's name as dropped), the data-quality problems apart, the instruction's indicators (the same HTML as
// `clsm stats -f html`, in a shadow root so that its styles stay its own) and the downloads.
import { RULESET_FILE } from '../document/file-names.js';
import { countsOf, statusOf } from '../findings/findings.js';
import type { Catalogue } from '../i18n/index.js';
import { axisName, READING_AXES, readingAxis } from '../report/reading-axis.js';
import { regionName } from '../territory/regions.js';
import { SEVERITIES, type FailOn, type FileReport } from '../types.js';
import { capitalised, h, type Child } from './dom.js';
import type { InputFile } from './engine.js';
import type { Texts } from './texts.js';

export interface BatchViewContext {
  texts: Texts;
  c: Catalogue;
  failOn: FailOn;
  open(path: string): void;
  download(kind: 'reportHtml' | 'reportJson' | 'reportCsv' | 'statsHtml' | 'statsJson' | 'statsCsv'): void;
  /** The name of the ruleset file applied, if any: met again in a dropped folder, it is said to be the one applied. */
  appliedRuleset: string | null;
  /** The indicators' rows, per région or per département, and how to change it. */
  statsPer: 'region' | 'departement';
  setStatsPer(per: 'region' | 'departement'): void;
}

const DUPLICATE = 'identifiant-doublon';
const OUT_OF_REGION = 'territoire-hors-region';

function row(report: FileReport, ctx: BatchViewContext): HTMLElement {
  const { c, texts } = ctx;
  const counts = countsOf(report.findings);
  const status = statusOf(report, ctx.failOn);
  const perAxis = (axis: (typeof READING_AXES)[number]) => report.findings.filter((finding) => readingAxis(finding) === axis).length;
  const region = report.clsm?.region;
  return h(
    'tr',
    { 'data-path': report.path, 'data-status': status },
    h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', 'aria-label': texts.open(report.path), onclick: () => ctx.open(report.path) }, report.path)),
    h('td', null, report.clsm?.nom ?? texts.noName),
    h('td', null, region ? `${regionName(region)} (${region})` : '—'),
    h('td', { class: `status ${status}` }, c.status[status]),
    SEVERITIES.map((severity) => h('td', { class: 'num' }, counts[severity])),
    READING_AXES.map((axis) => h('td', { class: 'num' }, perAxis(axis))),
  );
}

function dataQuality(reports: readonly FileReport[], passedBy: readonly InputFile[], ctx: BatchViewContext): Child {
  const { texts } = ctx;
  const items: Child[] = [];
  for (const report of reports) {
    if (report.invalid) {
      const first = report.findings[0];
      items.push(h('li', { 'data-quality': 'invalid' }, texts.invalidFile(report.path, first ? `${texts.atLine(first.line, first.column)} — ${first.message}` : '')));
    }
    for (const finding of report.findings.filter((f) => f.ruleId === DUPLICATE || f.ruleId === OUT_OF_REGION)) {
      items.push(h('li', { 'data-quality': finding.ruleId }, `${report.path} (${texts.atLine(finding.line, finding.column)}) : ${finding.message}`));
    }
  }
  for (const file of passedBy) {
    const isRuleset = RULESET_FILE.test(file.path);
    const applied = isRuleset && ctx.appliedRuleset !== null && file.path.split('/').pop() === ctx.appliedRuleset;
    items.push(h('li', { 'data-quality': 'passed-by' }, applied ? texts.rulesetApplied(file.path) : isRuleset ? texts.rulesetPassedBy(file.path) : texts.passedBy(file.path)));
  }
  return items.length > 0 ? h('ul', { class: 'quality' }, items) : h('p', null, texts.dataQualityNone);
}

export function renderBatch(reports: readonly FileReport[], passedBy: readonly InputFile[], statsHtml: string | null, ctx: BatchViewContext): Child[] {
  const { c, texts } = ctx;
  const table = h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'legende-lot' },
    h(
      'table',
      { class: 'batch' },
      h('caption', { id: 'legende-lot' }, texts.batchCaption),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, texts.columns.file),
          h('th', { scope: 'col' }, texts.columns.clsm),
          h('th', { scope: 'col' }, texts.columns.region),
          h('th', { scope: 'col' }, texts.columns.status),
          SEVERITIES.map((severity) => h('th', { scope: 'col', class: 'num' }, capitalised(c.severityPlural[severity]))),
          READING_AXES.map((axis) => h('th', { scope: 'col', class: 'num' }, capitalised(axisName(axis, c)))),
        ),
      ),
      h('tbody', null, reports.map((report) => row(report, ctx))),
    ),
  );
  const indicators = h('div', { class: 'indicators' });
  if (statsHtml !== null) {
    // The stats page is our own formatter's output (every profile value escaped): its body and styles, isolated.
    // Its <style> is taken out before parsing (the page's policy would refuse it) and given as a constructed sheet.
    const css = [...statsHtml.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]).join('\n');
    const parsed = new DOMParser().parseFromString(statsHtml.replace(/<style>[^<]*<\/style>/g, ''), 'text/html');
    const shadow = indicators.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    // On a narrow screen the indicators' table scrolls by itself (focusable, so that the keyboard can scroll it).
    const narrow = '@media (max-width: 40rem) { table { display: block; overflow-x: auto; } } svg { max-width: 100%; height: auto; }';
    sheet.replaceSync(`:host { display: block; } ${css.replace(/\bbody\b/g, '.stats')} ${narrow}`);
    shadow.adoptedStyleSheets = [sheet];
    const body = h('div', { class: 'stats' });
    for (const heading of parsed.body.querySelectorAll('h1')) heading.remove();
    for (const table of parsed.body.querySelectorAll('table')) table.setAttribute('tabindex', '0');
    // The chart scales down with the screen.
    for (const svg of parsed.body.querySelectorAll('svg')) svg.setAttribute('viewBox', `0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    body.append(...parsed.body.childNodes);
    shadow.append(body);
  }
  const downloads = (['reportHtml', 'reportJson', 'reportCsv', 'statsHtml', 'statsJson', 'statsCsv'] as const).map((kind) =>
    h('button', { type: 'button', class: 'secondary', 'data-download': kind, onclick: () => ctx.download(kind) }, texts.download[kind]),
  );
  return [
    table,
    h('h3', { id: 'qualite' }, texts.dataQuality),
    dataQuality(reports, passedBy, ctx),
    h('h3', { id: 'indicateurs' }, texts.indicators),
    h(
      'fieldset',
      { class: 'stats-per' },
      h('legend', null, texts.statsPer),
      (['region', 'departement'] as const).map((per) =>
        h(
          'label',
          null,
          h('input', { type: 'radio', name: 'indicateurs-par', value: per, checked: ctx.statsPer === per, onchange: () => ctx.setStatsPer(per) }),
          ` ${texts.statsPerChoice[per]}`,
        ),
      ),
    ),
    indicators,
    h('h3', { id: 'telechargements' }, texts.downloads),
    h('div', { class: 'downloads' }, downloads),
  ];
}

