// A self-contained, printable HTML report. For a batch (an ARS's campaign), a synthesis first: the ruleset's title,
// the date of the run, a matrix CLSM × axis grouped by département (invalid profiles first, then the most errors),
// each row leading to its CLSM, the data-quality problems, a chart of the rules with gaps; then one section per CLSM,
// each on a new page: what to do first, a chart per axis, the findings by axis with what to do (in the words of the
// form, not YAML paths), the referential's section, the derogations. No script, no external asset; every value
// escaped by the template.
import { countsOf, statusOf } from '../findings/findings.js';
import { INPUT_RULE_IDS } from '../findings/input-rules.js';
import { departementName, departementOfReport, regionName } from '../territory/regions.js';
import { axisName, READING_AXES, readingAxis, type ReadingAxis } from './reading-axis.js';
import { SEVERITIES, type FileReport, type FileStatus, type Finding, type Severity } from '../types.js';
import { flat, html, SafeHtml } from './html-template.js';
import { heldInMemory, visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';
import { peopleWords } from './people-words.js';

const COLOURS: Record<Severity, string> = { error: '#b3261e', warning: '#8a5300', info: '#1f5f99' };
const INVALID_COLOUR = '#6b6b6b';
const MARKS: Record<Severity, string> = { error: '■', warning: '▲', info: '●' };
const DUPLICATE = 'identifiant-doublon';
const OUT_OF_REGION = 'territoire-hors-region';

/** `2026-12-31` → `31/12/2026`, as dates are written in a French sentence. */
function frenchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

// Our own style sheet, trusted markup.
const STYLE = new SafeHtml(`
:root { color: #1b1b1b; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
body { margin: 0 auto; max-width: 58rem; padding: 1.5rem; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin: 2rem 0 .25rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; } p.meta { color: #444; margin: .1rem 0 .8rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; } caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .45rem; text-align: left; vertical-align: top; } th { background: #ececec; hyphens: auto; }
h3::first-letter { text-transform: uppercase; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sev { font-weight: 700; white-space: nowrap; } .sev-error { color: ${COLOURS.error}; } .sev-warning { color: ${COLOURS.warning}; } .sev-info { color: ${COLOURS.info}; }
.todo { border-left: .35rem solid ${COLOURS.error}; background: #fbeeee; padding: .5rem .9rem; margin: .6rem 0 1rem; }
.todo.ok { border-color: #2e6b30; background: #edf6ed; } .todo ol { margin: .3rem 0 0 1.2rem; padding: 0; }
code.rule { font-size: .8rem; color: #444; } .how { color: #333; } .how::before { content: "→ "; } figure { margin: .5rem 0 1rem; } figcaption { font-size: .9rem; color: #444; }
svg { max-width: 100%; height: auto; } svg text { font: 10px system-ui, sans-serif; fill: #1b1b1b; } svg.compact text { font-size: 9px; } .legend span { margin-right: 1rem; white-space: nowrap; }
table.matrix { font-size: .8rem; line-height: 1.25; } table.matrix td, table.matrix th { padding: .1rem .3rem; } table.matrix td.state { white-space: nowrap; } table.matrix td.name { min-width: 13rem; } table.matrix tbody th { width: 7.5rem; } table.matrix tbody th { vertical-align: top; font-weight: 600; background: #f4f4f4; }
table.matrix th.axis { vertical-align: bottom; text-align: center; } table.matrix th.axis span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
table.matrix td.cell { text-align: center; white-space: nowrap; }
tr.invalid td { background: #f1f1f1; }
section.synthesis ~ section.file { break-before: page; }
@page { size: A4; margin: 12mm; }
/* On a phone a wide table scrolls by itself instead of pushing the page sideways or cutting its headers mid-word. */
@media screen and (max-width: 40rem) { body { padding: 1rem; } table { display: block; overflow-x: auto; } }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } h2, h3 { break-after: avoid; } tr, .todo, figure { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
`);

function legend(c: ReportContext['catalogue']): SafeHtml {
  return html`<p class="legend">${SEVERITIES.map((s) => html`<span class="sev sev-${s}">${MARKS[s]} ${c.severityPlural[s]}</span>`)}</p>`;
}

/** Text with its backtick spans as <code>: advice names values to write (`categorie: aidant`). */
function withCode(text: string): SafeHtml {
  return html`${text.split(/`([^`]*)`/).map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

interface Bar {
  label: string;
  /** The whole label, given in the bar's tooltip when the label is shortened. */
  full: string;
  counts: Record<Severity, number>;
  invalid?: string;
}

/** Horizontal stacked bars, one per label, each segment labelled with its number (not colour alone). */
function barChart(title: string, bars: readonly Bar[], c: ReportContext['catalogue'], row = 22): SafeHtml {
  const max = Math.max(1, ...bars.map((bar) => SEVERITIES.reduce((sum, s) => sum + bar.counts[s], 0)));
  const labelWidth = 220;
  const width = 640;
  const scale = (width - labelWidth - 120) / max;
  const height = bars.length * row + 6;
  const items = bars.map((bar, i) => {
    let x = labelWidth;
    const y = i * row + 3;
    const textY = y + row - Math.round(row / 2.2);
    const label = bar.label.length > 38 ? `${bar.label.slice(0, 37)}…` : bar.label;
    const name = html`<text x="0" y="${textY}"><title>${bar.full}</title>${label}</text>`;
    if (bar.invalid) {
      return html`${name}<rect x="${labelWidth}" y="${y}" width="${width - labelWidth - 2}" height="${row - 6}" fill="none" stroke="${INVALID_COLOUR}" stroke-dasharray="4 3"><title>${bar.invalid}</title></rect><text x="${labelWidth + 6}" y="${textY}" fill="${INVALID_COLOUR}">${bar.invalid}</text>`;
    }
    const total = SEVERITIES.reduce((sum, s) => sum + bar.counts[s], 0);
    const segments = SEVERITIES.filter((s) => bar.counts[s] > 0).map((s) => {
      const w = bar.counts[s] * scale;
      const segment = html`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${row - 6}" fill="${COLOURS[s]}"><title>${c.html.rulesAt(s, bar.counts[s])}</title></rect>`;
      x += w;
      return segment;
    });
    const detail = SEVERITIES.filter((s) => bar.counts[s] > 0).map((s) => `${bar.counts[s]} ${MARKS[s]}`).join(' · ');
    return html`${name}${segments}<text x="${(x + 4).toFixed(1)}" y="${textY}">${total}${detail ? ` (${detail})` : ''}</text>`;
  });
  return html`<figure><svg role="img" aria-label="${title}"${row < 16 ? html` class="compact"` : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${items}</svg><figcaption>${title}</figcaption></figure>`;
}

/** The distinct rules with a gap, per severity (a rule that fires on five members is one missing thing). */
function rulesBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const seen: Record<Severity, Set<string>> = { error: new Set(), warning: new Set(), info: new Set() };
  for (const finding of findings) seen[finding.severity].add(finding.ruleId);
  return { error: seen.error.size, warning: seen.warning.size, info: seen.info.size };
}

function rulesByAxis(findings: readonly Finding[]): Map<ReadingAxis, Record<Severity, number>> {
  const map = new Map<ReadingAxis, Finding[]>();
  for (const finding of findings) {
    const axis = readingAxis(finding);
    (map.get(axis) ?? map.set(axis, []).get(axis)!).push(finding);
  }
  return new Map([...map].map(([axis, list]) => [axis, rulesBySeverity(list)]));
}

interface Row {
  id: string;
  path: string;
  name: string;
  departement: string | null;
  status: FileStatus;
  counts: Record<Severity, number>;
  rules: Record<Severity, number>;
  axes: Map<ReadingAxis, Record<Severity, number>>;
  quality: string[];
}

/** Bars of the synthesis chart: the first rows of its table. */
const MAX_CHART_BARS = 50;

function createReporter(context: ReportContext): Reporter {
  const c = context.catalogue;
  const words = (text: string) => withCode(peopleWords(text, context.lang));
  const sections = (context.hold ?? heldInMemory)();
  const rows: Row[] = [];
  const skipped: string[] = [];
  const severity = (s: Severity) => html`<span class="sev sev-${s}">${MARKS[s]} ${c.severity[s]}</span>`;
  const gap = (f: Finding) => html`${words(f.message)}${f.remediation ? html`<br><span class="how">${words(f.remediation)}</span>` : ''}`;

  const fileSection = (report: FileReport, id: string): SafeHtml => {
    const name = report.clsm?.nom || c.report.unnamed;
    const findings = visibleFindings(report.findings, context.quiet);
    const errors = findings.filter((f) => f.severity === 'error');
    const todo =
      errors.length > 0
        ? html`<div class="todo"><strong>${c.html.first}</strong><ol>${errors.map((f) => html`<li>${gap(f)}</li>`)}</ol></div>`
        : html`<div class="todo ok"><strong>${c.html.noBlocking}</strong></div>`;
    const perAxis = rulesByAxis(findings);
    const axes = READING_AXES.filter((axis) => perAxis.has(axis));
    const chart = perAxis.size > 0 ? barChart(c.html.chartAxes(name), axes.map((a) => ({ label: axisName(a, c), full: axisName(a, c), counts: perAxis.get(a)! })), c) : '';
    const byAxis = axes.map(
      (axis) => html`<h3>${axisName(axis, c)}</h3>
<table><thead><tr><th scope="col">${c.report.columns.severity}</th><th scope="col">${c.html.gapAndAction}</th><th scope="col">${c.report.columns.reference}</th><th scope="col">${c.html.line}</th></tr></thead><tbody>
${findings
  .filter((f) => readingAxis(f) === axis)
  .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.line - b.line)
  .map((f) => html`<tr><td>${severity(f.severity)}</td><td>${gap(f)}</td><td>${f.reference}<br><code class="rule">${f.ruleId}</code></td><td class="num">${f.line}</td></tr>\n`)}
</tbody></table>`,
    );
    const waived =
      report.waived.length > 0
        ? html`<h3>${c.html.derogations}</h3><ul>${report.waived.map((w) => html`<li><strong>${w.ruleId}</strong> — ${c.html.until(frenchDate(w.until))} : ${w.justification}</li>`)}</ul>`
        : '';
    const baselined = report.baselined && report.baselined.length > 0 ? html`<p>${c.report.baselinedTitle(report.baselined.length)}.</p>` : '';
    const territory = report.facts?.territory;
    const departement = departementOfReport(report);
    const meta = [
      report.path,
      report.clsm?.annee ? c.html.year(report.clsm.annee) : null,
      report.clsm?.region ? `${regionName(report.clsm.region)} (${report.clsm.region})` : null,
      departement ? c.html.departement(departementName(departement), departement) : null,
      report.facts ? c.statut[report.facts.statut] : null,
      c.status[statusOf(report, context.failOn)],
      territory && territory.population !== null ? c.report.territory(c.number(territory.population), territory.vintage) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return html`<section class="file" id="${id}"><h2>${name}</h2><p class="meta">${meta}</p>${todo}${chart}${byAxis}${waived}${baselined}</section>\n`;
  };

  const qualityOf = (report: FileReport): string[] => {
    const problems: string[] = [];
    if (report.invalid) {
      const first = report.findings.find((f) => (INPUT_RULE_IDS as readonly string[]).includes(f.ruleId)) ?? report.findings[0];
      if (first) problems.push(c.html.qualityInvalid(report.path, first.line, first.message));
    }
    for (const finding of report.findings.filter((f) => f.ruleId === DUPLICATE || f.ruleId === OUT_OF_REGION)) problems.push(c.html.qualityFinding(report.path, finding.message));
    return problems;
  };

  /** The synthesis in pieces (its table one département at a time): a batch of 50 000 profiles makes 35 MB of it. */
  const synthesis = function* (summary: Parameters<Reporter['end']>[0]): Generator<string, void, undefined> {
    // Invalid profiles first, then the most errors (in rules, then in findings), then by name and path.
    const order: Record<FileStatus, number> = { invalid: 0, fail: 1, pass: 2 };
    const sorted = [...rows].sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        b.rules.error - a.rules.error ||
        b.counts.error - a.counts.error ||
        a.name.localeCompare(b.name, context.lang) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    );
    // Invalid profiles make the first group; the others are grouped by département (by code), the unknown last.
    const groupOf = (row: Row) => (row.status === 'invalid' ? '\u0000' : (row.departement ?? '\uffff'));
    const keys = [...new Set(sorted.map(groupOf))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Two CLSMs of the same name are told apart by their file.
    const names = new Map<string, number>();
    for (const row of rows) names.set(row.name, (names.get(row.name) ?? 0) + 1);
    const shown = (row: Row) => ((names.get(row.name) ?? 0) > 1 ? `${row.name} (${row.path})` : row.name);
    const cell = (counts: Record<Severity, number> | undefined) => {
      const worst = counts ? SEVERITIES.find((s) => counts[s] > 0) : undefined;
      if (!counts || !worst) return html`<td class="cell"></td>`;
      const total = SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
      return html`<td class="cell sev-${worst}" title="${SEVERITIES.filter((s) => counts[s] > 0).map((s) => c.html.rulesAt(s, counts[s])).join(', ')}">${MARKS[worst]} ${total}</td>`;
    };
    const group = (key: string) => {
      const members = sorted.filter((row) => groupOf(row) === key);
      const heading = key === '\u0000' ? c.html.invalidGroup : key === '\uffff' ? c.html.noDepartement : c.html.departement(departementName(key), key);
      return html`<tbody>${members.map(
        (row, i) =>
          html`<tr${row.status === 'invalid' ? html` class="invalid"` : ''}>${i === 0 ? html`<th scope="rowgroup" rowspan="${members.length}">${heading}</th>` : ''}<td class="name"><a href="#${row.id}" title="${c.html.sectionOf(row.name)} (${row.path})">${shown(row)}</a></td><td class="state">${c.status[row.status]}</td>${SEVERITIES.map((s) => html`<td class="num">${row.counts[s]}</td>`)}${READING_AXES.map((axis) => (row.status === 'invalid' ? html`<td class="cell"></td>` : cell(row.axes.get(axis))))}</tr>\n`,
      )}</tbody>`;
    };
    const quality = [...rows.flatMap((row) => row.quality), ...skipped];
    // The chart shows the first rows of the table (invalid profiles, then the most errors): past a few dozen bars
    // nobody reads it, and a batch of thousands would draw thousands.
    const bars = sorted
      .slice(0, MAX_CHART_BARS)
      .map((row) => ({ label: shown(row), full: `${row.name} — ${row.path}`, counts: row.rules, ...(row.status === 'invalid' ? { invalid: c.html.invalidBar } : {}) }));
    const chartTitle = rows.length > MAX_CHART_BARS ? c.html.chartRulesFirst(MAX_CHART_BARS, rows.length) : c.html.chartRules;
    yield html`<section class="synthesis"><h2>${c.report.summaryTitle}</h2>
<p>${c.report.totals(summary.files, summary.pass, summary.fail, summary.invalid)}</p>
<table class="matrix"><caption>${c.html.matrixCaption}</caption>
<thead><tr><th scope="col">${c.html.departementColumn}</th><th scope="col">${c.report.summaryColumns.clsm}</th><th scope="col">${c.html.state}</th>${SEVERITIES.map((s) => html`<th scope="col" class="axis"><span>${c.severityPlural[s]}</span></th>`)}${READING_AXES.map((axis) => html`<th scope="col" class="axis"><span>${axisName(axis, c)}</span></th>`)}</tr></thead>
`.value;
    for (const key of keys) yield group(key).value;
    yield html`</table>
<h3>${c.html.quality}</h3>
${quality.length > 0 ? html`<ul>${quality.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>${c.html.qualityNone}</p>`}
${barChart(chartTitle, bars, c, bars.length > 24 ? 12 : 16)}</section>`.value;
  };

  return {
    file(report) {
      const id = `clsm-${rows.length + 1}`;
      rows.push({
        id,
        path: report.path,
        name: report.clsm?.nom || c.report.unnamed,
        departement: departementOfReport(report),
        status: statusOf(report, context.failOn),
        counts: countsOf(report.findings),
        rules: rulesBySeverity(report.findings),
        axes: rulesByAxis(report.findings),
        quality: qualityOf(report),
      });
      sections.add(flat(fileSection(report, id).value));
      return '';
    },
    skipped(sentence) {
      skipped.push(sentence);
    },
    end(summary) {
      const rulesetName = context.ruleset.title[context.lang];
      const heading = c.html.heading(rulesetName);
      const head = html`<!DOCTYPE html>
<html lang="${context.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${heading}</title>
<style>${STYLE}</style></head>
<body>
<header><h1>${heading}</h1><p class="meta">${c.html.run(c.longDate(context.today), rows.length)}${context.ruleset.extends ? ` · ${c.ruleset.extendsLabel(context.ruleset.extends)}` : ''} · ${c.html.notBinding}</p>${legend(c)}</header>
<main>
`.value;
      const foot = html`
</main>
<footer><p class="meta">${c.html.footer(context.tool.version)}</p></footer>
</body></html>
`.value;
      // The sections one by one: joined, those of a very large batch would pass the longest string there can be.
      return (function* () {
        yield head;
        if (rows.length > 1) yield* synthesis(summary);
        yield '\n';
        yield* sections.texts();
        yield foot;
      })();
    },
  };
}

export const htmlFormat: Format = { name: 'html', createReporter };
