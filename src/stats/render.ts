// The indicators as text, JSON, CSV and HTML: the same figures in each (SPEC §6), the population's source named.
import { stringify } from 'csv-stringify/sync';
import type { Catalogue } from '../i18n/index.js';
import { printableLine } from '../printable.js';
import { html, SafeHtml } from '../report/html-template.js';
import { naturalWidth, renderTable, wrap } from '../report/table.js';
import type { Lang } from '../types.js';
import type { Indicators, StatsResult, StatsRow } from './compute.js';

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

/** The text's width: a year's table when it fits, one block per row below it otherwise (SPEC §6, issue 21). */
const TEXT_WIDTH = 100;

/** A row's place: « Hauts-de-France (32) », or « Nord (59) » in its région with `--per departement`. */
function areaOf(c: Catalogue, row: StatsRow): string {
  if (!row.departement) return `${row.region.name} (${row.region.code})`;
  return row.departement.code === '' ? `${row.region.name} (${row.region.code}), ${c.stats.noDepartement}` : `${row.departement.name} (${row.departement.code})`;
}

export function statsText(result: StatsResult, c: Catalogue): string {
  const head = [result.rows.some((row) => row.departement) ? c.stats.columns.departement : c.stats.columns.region, ...c.stats.columns.indicators];
  const out = [c.stats.title];
  // Year by year, in the order a person reads them; each year's régions, then the country.
  for (const national of result.national) {
    const lines = [
      ...result.rows.filter((row) => row.year === national.year).map((row) => [printableLine(areaOf(c, row)), ...cells(c, row)]),
      [c.stats.national, ...cells(c, national)],
    ];
    const columns = head.map((title, i) => ({ width: Math.min(24, naturalWidth([title, ...lines.map((line) => line[i]!)])) }));
    const table = renderTable(head, lines, columns);
    out.push('', c.stats.yearTitle(national.year));
    if (Math.max(...table.split('\n').map((line) => line.length)) <= TEXT_WIDTH) out.push(table);
    else for (const line of lines) out.push('', line[0]!, ...head.slice(1).flatMap((title, i) => wrap(c.labelled(title, line[i + 1]!), TEXT_WIDTH - 4).map((part, j) => `${j === 0 ? '  ' : '    '}${part}`)));
  }
  out.push('', c.labelled(c.stats.source, result.population.source), ...readings(result, c));
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
  const perDepartement = result.rows.some((row) => row.departement);
  // Codes are written with their names (« Guadeloupe (01) »): a spreadsheet turns a bare « 01 » into the number 1.
  const row = (year: number, region: string, departement: string | null, r: Indicators) => [
    String(year),
    neutral(region),
    ...(perDepartement ? [neutral(departement ?? '')] : []),
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
  const rows = result.national.flatMap((national) => [
    ...result.rows
      .filter((r) => r.year === national.year)
      .map((r) => row(r.year, `${r.region.name} (${r.region.code})`, r.departement ? (r.departement.code === '' ? c.stats.noDepartement : `${r.departement.name} (${r.departement.code})`) : null, r)),
    row(national.year, c.stats.national, perDepartement ? '' : null, national),
  ]);
  // With --per departement the reference population of a row is its département's (the national row keeps the country's).
  const headers = perDepartement
    ? [c.stats.csvHeaders[0]!, c.stats.csvHeaders[1]!, c.stats.columns.departement.toLowerCase(), ...c.stats.csvHeaders.slice(2).map((header, i) => (i === 6 ? c.stats.departementPopulationHeader : header))]
    : c.stats.csvHeaders;
  return `\ufeff${stringify([headers, ...rows], CSV_OPTIONS)}`;
}

const STYLE = new SafeHtml(`
:root { color: #1b1b1b; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; } h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #8a8a8a; padding: .3rem .45rem; text-align: left; }
th { background: #ececec; } td.num { text-align: right; font-variant-numeric: tabular-nums; } tr.national td { font-weight: 700; }
p.source { color: #444; font-size: .9rem; } svg text { font: 10px system-ui, sans-serif; fill: #1b1b1b; }
ul.behind { font-size: .85rem; color: #333; } section.year { break-inside: avoid; } section.year + section.year { break-before: page; }
@page { size: A4 landscape; margin: 12mm; } @media print { body { max-width: none; padding: 0; } tr, figure { break-inside: avoid; } }
`);

export function statsHtml(result: StatsResult, c: Catalogue, lang: Lang): string {
  const perDepartement = result.rows.some((row) => row.departement);
  const years = [...new Set(result.rows.map((row) => row.year))];
  const numberCells = (r: Indicators) => cells(c, r).map((value) => html`<td class="num">${value}</td>`);
  const chart = (year: number) => {
    const rows = result.rows.filter((row) => row.year === year);
    const width = 640;
    const bar = 20;
    const items = rows.map((row, i) => {
      // A share of 100 %: the full width is the whole population, never the largest bar.
      const w = Math.min(1, row.coverage ?? 0) * (width - 260);
      return html`<text x="0" y="${i * bar + 14}">${row.departement ? areaOf(c, row) : row.region.name}</text><rect x="200" y="${i * bar + 3}" width="${w.toFixed(1)}" height="${bar - 6}" fill="#1f5f99"></rect><text x="${(204 + w).toFixed(1)}" y="${i * bar + 14}">${share(c, row.coverage)}</text>`;
    });
    const title = c.stats.chart(year);
    return html`<figure><svg role="img" aria-label="${title}" width="${width}" height="${rows.length * bar + 6}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${items}</svg><figcaption>${title}</figcaption></figure>`;
  };
  const sections = years.map((year) => {
    const national = result.national.find((row) => row.year === year)!;
    return html`<section class="year"><h2>${c.stats.yearTitle(year)}</h2>
<table><thead><tr><th scope="col">${perDepartement ? c.stats.columns.departement : c.stats.columns.region}</th>${c.stats.columns.indicators.map((title) => html`<th scope="col">${title}</th>`)}</tr></thead><tbody>
${result.rows.filter((row) => row.year === year).map((row) => html`<tr><td>${areaOf(c, row)}</td>${numberCells(row)}</tr>\n`)}
<tr class="national"><td>${c.stats.national}</td>${numberCells(national)}</tr></tbody></table>
${chart(year)}
<ul class="behind">${result.rows.filter((row) => row.year === year).map((row) => html`<li>${c.stats.behind(areaOf(c, row), row.clsms.active, row.clsms.copilUsersAndCarers, row.clsms.plenaryInYear)}</li>`)}</ul></section>`;
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
