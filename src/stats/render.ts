// The indicators as text, JSON, CSV and HTML: the same figures in each (SPEC §6), the population's source named.
import { stringify } from 'csv-stringify/sync';
import type { Catalogue } from '../i18n/index.js';
import { printableLine } from '../printable.js';
import { html, SafeHtml } from '../report/html-template.js';
import { naturalWidth, renderTable } from '../report/table.js';
import type { Lang } from '../types.js';
import type { Indicators, StatsResult } from './compute.js';

export type StatsFormat = 'text' | 'json' | 'csv' | 'html';
export const STATS_FORMATS: readonly StatsFormat[] = ['text', 'json', 'csv', 'html'];

const share = (c: Catalogue, value: number | null) => (value === null ? '—' : c.percent(value));

function cells(c: Catalogue, row: Indicators): string[] {
  return [
    String(row.active),
    String(row.creating),
    String(row.dormant),
    c.number(row.populationCovered) +
      (row.populationDeclaredOnly > 0 ? ` (${c.stats.declaredOnly(c.number(row.populationDeclaredOnly))})` : '') +
      (row.populationMissing > 0 ? ` (${c.stats.missing(row.populationMissing)})` : ''),
    share(c, row.coverage),
    `${share(c, row.copilUsersAndCarers.share)} (${row.copilUsersAndCarers.count})`,
    `${share(c, row.plenaryInYear.share)} (${row.plenaryInYear.count})`,
  ];
}

export function statsText(result: StatsResult, c: Catalogue): string {
  const head = [c.stats.columns.year, c.stats.columns.region, ...c.stats.columns.indicators];
  const lines = [
    ...result.rows.map((row) => [String(row.year), printableLine(`${row.region.name} (${row.region.code})`), ...cells(c, row)]),
    ...result.national.map((row) => [String(row.year), c.stats.national, ...cells(c, row)]),
  ];
  const columns = head.map((title, i) => ({ width: Math.min(28, naturalWidth([title, ...lines.map((line) => line[i]!)])) }));
  const out = [c.stats.title, renderTable(head, lines, columns), c.labelled(c.stats.source, result.population.source), ...readings(result, c)];
  for (const d of result.duplicates) out.push(printableLine(c.stats.duplicate(d.identifiant, d.year, d.files)));
  if (result.excluded.length > 0) out.push(printableLine(c.stats.excluded(result.excluded.map((e) => e.path))));
  return `${out.join('\n')}\n`;
}

/** How clsm reads the instruction's words, and the parts of the COPIL indicator for each year of the country. */
function readings(result: StatsResult, c: Catalogue): string[] {
  const parts = result.national.flatMap((row) => [
    c.stats.regions(row.year, row.regions),
    c.stats.copilParts(`${c.stats.national} ${row.year}`, row.copilUsers.count, row.copilCarers.count, row.copilUsersOrCarers.count),
  ]);
  const overlaps = result.overlaps.map((o) => printableLine(c.stats.overlap(o.year, `${o.commune.name} (${o.commune.code})`, o.identifiants[0], o.identifiants[1])));
  return [...parts, ...overlaps, ...c.stats.readings];
}

export function statsJson(result: StatsResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const CSV_OPTIONS = { delimiter: ';', record_delimiter: 'windows', quoted_match: /[";\r\n]/ } as const;

export function statsCsv(result: StatsResult, c: Catalogue): string {
  const decimal = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
  const neutral = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  const row = (year: number, code: string, name: string, r: Indicators) => [
    String(year),
    code,
    neutral(name),
    String(r.active),
    String(r.creating),
    String(r.dormant),
    String(r.populationCovered),
    String(r.populationDeclaredOnly),
    String(r.populationMissing),
    String(r.regionPopulation),
    decimal(r.coverage),
    String(r.copilUsersAndCarers.count),
    decimal(r.copilUsersAndCarers.share),
    String(r.copilUsers.count),
    String(r.copilCarers.count),
    String(r.copilUsersOrCarers.count),
    String(r.plenaryInYear.count),
    decimal(r.plenaryInYear.share),
  ];
  const rows = [
    ...result.rows.map((r) => row(r.year, r.region.code, r.region.name, r)),
    ...result.national.map((r) => row(r.year, '', c.stats.national, r)),
  ];
  return `\ufeff${stringify([c.stats.csvHeaders, ...rows], CSV_OPTIONS)}`;
}

const STYLE = new SafeHtml(`
:root { color: #1b1b1b; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; } h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #8a8a8a; padding: .3rem .45rem; text-align: left; }
th { background: #ececec; } td.num { text-align: right; font-variant-numeric: tabular-nums; } tr.national td { font-weight: 700; }
p.source { color: #444; font-size: .9rem; } svg text { font: 10px system-ui, sans-serif; fill: #1b1b1b; }
@page { size: A4 landscape; margin: 12mm; } @media print { body { max-width: none; padding: 0; } tr, figure { break-inside: avoid; } }
`);

export function statsHtml(result: StatsResult, c: Catalogue, lang: Lang): string {
  const years = [...new Set(result.rows.map((row) => row.year))];
  const numberCells = (r: Indicators) => cells(c, r).map((value) => html`<td class="num">${value}</td>`);
  const chart = (year: number) => {
    const rows = result.rows.filter((row) => row.year === year);
    const width = 640;
    const bar = 20;
    const items = rows.map((row, i) => {
      // A share of 100 %: the full width is the whole population, never the largest bar.
      const w = Math.min(1, row.coverage ?? 0) * (width - 260);
      return html`<text x="0" y="${i * bar + 14}">${row.region.name}</text><rect x="200" y="${i * bar + 3}" width="${w.toFixed(1)}" height="${bar - 6}" fill="#1f5f99"></rect><text x="${(204 + w).toFixed(1)}" y="${i * bar + 14}">${share(c, row.coverage)}</text>`;
    });
    const title = c.stats.chart(year);
    return html`<figure><svg role="img" aria-label="${title}" width="${width}" height="${rows.length * bar + 6}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${items}</svg><figcaption>${title}</figcaption></figure>`;
  };
  const sections = years.map((year) => {
    const national = result.national.find((row) => row.year === year)!;
    return html`<h2>${c.stats.yearTitle(year)}</h2>
<table><thead><tr><th scope="col">${c.stats.columns.region}</th>${c.stats.columns.indicators.map((title) => html`<th scope="col">${title}</th>`)}</tr></thead><tbody>
${result.rows.filter((row) => row.year === year).map((row) => html`<tr><td>${row.region.name} (${row.region.code})</td>${numberCells(row)}</tr>\n`)}
<tr class="national"><td>${c.stats.national}</td>${numberCells(national)}</tr></tbody></table>
${chart(year)}`;
  });
  const notes = [
    ...readings(result, c).map((text) => html`<li>${text}</li>`),
    ...result.duplicates.map((d) => html`<li>${c.stats.duplicate(d.identifiant, d.year, d.files)}</li>`),
    ...(result.excluded.length > 0 ? [html`<li>${c.stats.excluded(result.excluded.map((e) => e.path))}</li>`] : []),
  ];
  return html`<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${c.stats.title}</title><style>${STYLE}</style></head>
<body><h1>${c.stats.title}</h1>
<p class="source">${c.labelled(c.stats.source, result.population.source)}</p>
${sections}
${notes.length > 0 ? html`<h2>${c.stats.notes}</h2><ul>${notes}</ul>` : ''}
</body></html>
`.value;
}
