// A self-contained, printable HTML report for a COPIL or an elected official: per CLSM, what to do first, a chart of
// gaps per axis, the findings by axis with what to do and the referential's section, the derogations; for a batch,
// a summary table and a chart across files first. No script, no external asset; every value escaped by the template.
import { countsOf, statusOf } from '../findings/findings.js';
import { axisName, READING_AXES, readingAxis, type ReadingAxis } from './reading-axis.js';
import { SEVERITIES, type FileReport, type Finding, type Severity } from '../types.js';
import { html, SafeHtml } from './html-template.js';
import { visibleFindings, type Format, type ReportContext, type Reporter } from './model.js';

const COLOURS: Record<Severity, string> = { error: '#b3261e', warning: '#8a5300', info: '#1f5f99' };
const MARKS: Record<Severity, string> = { error: '■', warning: '▲', info: '●' };

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
svg { max-width: 100%; height: auto; } svg text { font: 10px system-ui, sans-serif; fill: #1b1b1b; } .legend span { margin-right: 1rem; white-space: nowrap; }
section.file { break-before: page; } section.file:first-of-type { break-before: auto; }
@page { size: A4; margin: 15mm; }
/* On a phone a wide table scrolls by itself instead of pushing the page sideways or cutting its headers mid-word. */
@media screen and (max-width: 40rem) { body { padding: 1rem; } table { display: block; overflow-x: auto; } }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } h2 { break-after: avoid; } tr, .todo, figure { break-inside: avoid; } }
`);

function legend(c: ReportContext['catalogue']): SafeHtml {
  return html`<p class="legend">${SEVERITIES.map((s) => html`<span class="sev sev-${s}">${MARKS[s]} ${c.severityPlural[s]}</span>`)}</p>`;
}

/** Horizontal stacked bars, one per label, each segment labelled with its number (not colour alone). */
function barChart(title: string, bars: ReadonlyArray<{ label: string; counts: Record<Severity, number> }>): SafeHtml {
  const max = Math.max(1, ...bars.map((bar) => SEVERITIES.reduce((sum, s) => sum + bar.counts[s], 0)));
  const labelWidth = 190;
  const width = 640;
  const row = 22;
  const scale = (width - labelWidth - 110) / max;
  const height = bars.length * row + 6;
  const items = bars.map((bar, i) => {
    let x = labelWidth;
    const y = i * row + 3;
    const total = SEVERITIES.reduce((sum, s) => sum + bar.counts[s], 0);
    const segments = SEVERITIES.filter((s) => bar.counts[s] > 0).map((s) => {
      const w = bar.counts[s] * scale;
      const segment = html`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${row - 6}" fill="${COLOURS[s]}"><title>${bar.counts[s]} ${s}</title></rect>`;
      x += w;
      return segment;
    });
    const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
    const detail = SEVERITIES.filter((s) => bar.counts[s] > 0).map((s) => `${bar.counts[s]} ${MARKS[s]}`).join(' · ');
    return html`<text x="0" y="${y + row - 10}">${label}</text>${segments}<text x="${(x + 4).toFixed(1)}" y="${y + row - 10}">${total}${detail ? ` (${detail})` : ''}</text>`;
  });
  return html`<figure><svg role="img" aria-label="${title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${items}</svg><figcaption>${title}</figcaption></figure>`;
}

function countsBy(findings: readonly Finding[], key: (f: Finding) => ReadingAxis): Map<ReadingAxis, Record<Severity, number>> {
  const map = new Map<ReadingAxis, Record<Severity, number>>();
  for (const finding of findings) {
    const counts = map.get(key(finding)) ?? { error: 0, warning: 0, info: 0 };
    counts[finding.severity]++;
    map.set(key(finding), counts);
  }
  return map;
}

function createReporter(context: ReportContext): Reporter {
  const c = context.catalogue;
  const sections: SafeHtml[] = [];
  const rows: Array<{ path: string; name: string; region: string; status: string; counts: Record<Severity, number> }> = [];
  const severity = (s: Severity) => html`<span class="sev sev-${s}">${MARKS[s]} ${c.severity[s]}</span>`;

  const fileSection = (report: FileReport): SafeHtml => {
    const name = report.clsm?.nom || c.report.unnamed;
    const findings = visibleFindings(report.findings, context.quiet);
    const errors = findings.filter((f) => f.severity === 'error');
    const todo =
      errors.length > 0
        ? html`<div class="todo"><strong>${c.html.first}</strong><ol>${errors.map((f) => html`<li>${f.message}${f.remediation ? html`<br><span class="how">${f.remediation}</span>` : ''}</li>`)}</ol></div>`
        : html`<div class="todo ok"><strong>${c.html.noBlocking}</strong></div>`;
    const perAxis = countsBy(findings, readingAxis);
    const chart = perAxis.size > 0 ? barChart(c.html.chartAxes(name), READING_AXES.filter((a) => perAxis.has(a)).map((a) => ({ label: axisName(a, c), counts: perAxis.get(a)! }))) : '';
    const byAxis = READING_AXES.filter((axis) => perAxis.has(axis)).map(
      (axis) => html`<h3>${axisName(axis, c)}</h3>
<table><thead><tr><th scope="col">${c.report.columns.severity}</th><th scope="col">${c.html.gapAndAction}</th><th scope="col">${c.report.columns.reference}</th><th scope="col">${c.html.line}</th></tr></thead><tbody>
${findings
  .filter((f) => readingAxis(f) === axis)
  .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.line - b.line)
  .map((f) => html`<tr><td>${severity(f.severity)}</td><td>${f.message}${f.remediation ? html`<br><span class="how">${f.remediation}</span>` : ''}</td><td>${f.reference}<br><code class="rule">${f.ruleId}</code></td><td class="num">${f.line}</td></tr>\n`)}
</tbody></table>`,
    );
    const waived =
      report.waived.length > 0
        ? html`<h3>${c.html.derogations}</h3><ul>${report.waived.map((w) => html`<li><strong>${w.ruleId}</strong> — ${c.html.until(frenchDate(w.until))} : ${w.justification}</li>`)}</ul>`
        : '';
    const baselined = report.baselined && report.baselined.length > 0 ? html`<p>${c.report.baselinedTitle(report.baselined.length)}.</p>` : '';
    const territory = report.facts?.territory;
    const meta = [
      report.path,
      report.clsm?.annee ? c.html.year(report.clsm.annee) : null,
      report.facts ? c.statut[report.facts.statut] : null,
      c.status[statusOf(report, context.failOn)],
      territory && territory.population !== null ? c.report.territory(c.number(territory.population), territory.vintage) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return html`<section class="file"><h2>${name}</h2><p class="meta">${meta}</p>${todo}${chart}${byAxis}${waived}${baselined}</section>\n`;
  };

  return {
    file(report) {
      rows.push({
        path: report.path,
        name: report.clsm?.nom ?? '—',
        region: report.clsm?.region ?? '—',
        status: c.status[statusOf(report, context.failOn)],
        counts: countsOf(report.findings),
      });
      sections.push(fileSection(report));
      return '';
    },
    end(summary) {
      const rulesetName = context.ruleset.title[context.lang];
      const batch =
        rows.length > 1
          ? html`<h2>${c.report.summaryTitle}</h2>
<table><caption>${c.report.totals(summary.files, summary.pass, summary.fail, summary.invalid)}</caption>
<thead><tr><th scope="col">${c.report.summaryColumns.file}</th><th scope="col">${c.report.summaryColumns.clsm}</th><th scope="col">${c.html.region}</th><th scope="col">${c.report.summaryColumns.status}</th>${SEVERITIES.map((s) => html`<th scope="col">${c.severityPlural[s]}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.path}</td><td>${r.name}</td><td>${r.region}</td><td>${r.status}</td>${SEVERITIES.map((s) => html`<td class="num">${r.counts[s]}</td>`)}</tr>\n`)}</tbody></table>
${barChart(c.html.chartFiles, rows.map((r) => ({ label: r.name === '—' ? r.path : r.name, counts: r.counts })))}`
          : '';
      return html`<!DOCTYPE html>
<html lang="${context.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${c.html.title}</title>
<style>${STYLE}</style></head>
<body>
<header><h1>${c.html.title}</h1><p class="meta">${rulesetName}${context.ruleset.extends ? ` (${c.ruleset.extendsLabel(context.ruleset.extends)})` : ''} · ${c.html.notBinding}</p>${legend(c)}</header>
<main>
${batch}
${sections}
</main>
<footer><p class="meta">${c.html.footer(context.tool.version)}</p></footer>
</body></html>
`.value;
    },
  };
}

export const htmlFormat: Format = { name: 'html', createReporter };
