// The HTML report in a real browser: Debian's Chromium, driven by playwright-core, opens the report of a profile
// and of a batch with every network request refused; it renders, asks for nothing, shows hostile text as text, and
// prints to PDF.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleWords } from '../../src/report/people-words.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const HOSTILE_NAME = `CLSM <script>document.title="pirate"</script><img src="https://exemple.invalid/x.png" onerror="alert(1)"> " onload="alert(2)`;
let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-html-'));
  fs.mkdirSync(path.join(dir, 'profils'));
  for (const name of ['avec-ecarts.yaml', 'complet.yaml', 'en-sommeil.yaml']) fs.copyFileSync(path.join(root, 'examples', name), path.join(dir, 'profils', name));
  const hostile = fs.readFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'), 'utf8').replace('nom: CLSM du Pays de Morlaix', `nom: ${JSON.stringify(HOSTILE_NAME)}`);
  fs.writeFileSync(path.join(dir, 'profils', 'hostile.yaml'), hostile);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    if (!route.request().url().startsWith('file:')) requests.push(route.request().url());
    return route.request().url().startsWith('file:') ? route.continue() : route.abort();
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`file://${file}`);
  return { page, requests, dialogs };
}

describe('the HTML report in Chromium', () => {
  it('renders one profile: headings, what to do first, every finding’s rule id, no request, prints to PDF', async () => {
    const { code, stdout } = await runCli(['check', 'profils/avec-ecarts.yaml', '-f', 'html', '--today', '2026-01-15'], { cwd: dir });
    expect(code).toBe(1);
    const file = path.join(dir, 'un.html');
    fs.writeFileSync(file, stdout);
    const json = JSON.parse((await runCli(['check', 'profils/avec-ecarts.yaml', '-f', 'json', '--today', '2026-01-15'], { cwd: dir })).stdout);
    const { page, requests } = await open(file);
    expect(await page.locator('h1').innerText()).toBe('Rapport d’écarts — Référentiel national des CLSM (mai 2025)');
    expect(await page.locator('p.meta').first().innerText()).toMatch(/^Vérification du 15\sjanvier\s2026 · 1\sprofil ·/);
    expect(await page.locator('h2').first().innerText()).toBe('CLSM du Pays de Morlaix');
    expect(await page.getByText('À traiter en premier').isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    for (const finding of json.files[0].findings as Array<{ ruleId: string; message: string }>) {
      expect(text).toContain(finding.ruleId);
      // In the words of the form: a profile path in backticks is named by its titles.
      expect(text).toContain(peopleWords(finding.message, 'fr').replace(/`/g, ''));
    }
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    expect(text).toContain('jusqu’au 31/12/2026');
    expect(requests).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.screenshot({ path: path.join(os.tmpdir(), 'clsm-html-un.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('renders a batch with its summary table and chart, and shows a hostile name as text', async () => {
    const { stdout } = await runCli(['check', 'profils', '-f', 'html', '--today', '2026-01-15'], { cwd: dir });
    const file = path.join(dir, 'lot.html');
    fs.writeFileSync(file, stdout);
    const { page, requests, dialogs } = await open(file);
    expect(await page.title()).toBe('Rapport d’écarts — Référentiel national des CLSM (mai 2025)');
    expect(await page.locator('h2').first().innerText()).toBe('Synthèse');
    expect(await page.locator('table.matrix tbody tr').count()).toBe(4);
    // Each row leads to its CLSM's section.
    for (const href of await page.locator('table.matrix a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(await page.locator(`section.file${href}`).count()).toBe(1);
    }
    expect(await page.locator('svg[role="img"]').count()).toBe(4);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByText(HOSTILE_NAME).first().isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: path.join(os.tmpdir(), 'clsm-html-lot.png'), fullPage: false });

    // On a phone nothing pushes the page sideways: the wide summary table scrolls by itself.
    await page.setViewportSize({ width: 400, height: 900 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    await page.screenshot({ path: path.join(os.tmpdir(), 'clsm-html-lot-400.png') });
    // On paper (A4 less its 15 mm margins: 680 CSS px) no one-word header is cut over two lines.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 680, height: 900 });
    const cutHeaders = await page.evaluate(`[...document.querySelectorAll('th:not(.axis)')]
      .filter((th) => !/\\s/.test(th.textContent.trim()))
      .filter((th) => { const range = document.createRange(); range.selectNodeContents(th); return range.getClientRects().length > 1; })
      .map((th) => th.textContent)`);
    expect(cutHeaders).toEqual([]);
    await page.close();
  }, 60_000);

  it('prints the synthesis of 40 CLSMs on at most two A4 pages, then each CLSM from the top of a page', async () => {
    const campaign = path.join(dir, 'campagne');
    fs.mkdirSync(campaign);
    const bases = ['complet.yaml', 'avec-ecarts.yaml', 'en-sommeil.yaml', 'en-creation.yaml'].map((name) => fs.readFileSync(path.join(root, 'examples', name), 'utf8'));
    const departements = ['59', '62', '80', '60', '02'];
    for (let i = 0; i < 40; i++) {
      const n = String(i + 1).padStart(2, '0');
      let text = bases[i % bases.length]!.replace(/^ {2}nom: .*$/m, `  nom: CLSM d’essai ${n}`)
        .replace(/^ {2}identifiant: .*$/m, `  identifiant: essai-${n}`)
        .replace(/^ {2}region: .*$/m, '  region: "32"')
        .replace(/^ {2}departement: .*$/m, `  departement: "${departements[i % departements.length]}"`);
      if (i === 7) text = text.replace(/^ {2}statut: .*$/m, '  statut: actif\n   bizarre: 1');
      if (i === 23) text = text.replace(/^ {2}statut: .*$/m, '  statut: ouvert');
      fs.writeFileSync(path.join(campaign, `clsm-${n}.yaml`), text);
    }
    const { stdout } = await runCli(['check', 'campagne', '-f', 'html', '--today', '2026-03-14'], { cwd: dir });
    const file = path.join(dir, 'campagne.html');
    fs.writeFileSync(file, stdout);
    const { page } = await open(file);
    const pdfFile = path.join(dir, 'campagne.pdf');
    fs.writeFileSync(pdfFile, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const text = spawnSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').filter((content) => content.trim() !== '');
    const firstLines = pages.map((content) => content.split('\n').find((line) => line.trim() !== '')!.trim());
    // The synthesis (title, matrix, data quality, chart) then the first CLSM on page 3 at the latest.
    const firstSection = firstLines.findIndex((line) => /^CLSM d’essai \d\d$/.test(line));
    expect(firstSection).toBeGreaterThan(0);
    expect(firstSection).toBeLessThanOrEqual(2);
    expect(pages.slice(0, firstSection).join('\n')).toContain('Qualité des données');
    expect(pages.slice(0, firstSection).join('\n')).toContain('Règles en écart par CLSM');
    // Every CLSM's section starts a page: its name is the first line of one.
    for (let i = 1; i <= 40; i++) expect(firstLines, `CLSM d’essai ${String(i).padStart(2, '0')}`).toContain(`CLSM d’essai ${String(i).padStart(2, '0')}`);
    // The invalid profiles come first in the matrix, and the data-quality list names their problem.
    expect(pages[0]).toMatch(/Profils[\s\S]*CLSM d’essai 08[\s\S]*CLSM d’essai 24[\s\S]*Aisne \(02\)/);
    expect(pages.slice(0, firstSection).join('\n')).toMatch(/campagne\/clsm-08\.yaml, ligne \d+/);
  }, 120_000);

  it('renders the indicators of clsm stats with their chart and source, and prints to PDF', async () => {
    const { code, stdout } = await runCli(['stats', 'profils', '-f', 'html'], { cwd: dir });
    expect(code).toBe(0);
    const file = path.join(dir, 'stats.html');
    fs.writeFileSync(file, stdout);
    const { page, requests } = await open(file);
    expect(await page.locator('h1').innerText()).toBe('Indicateurs nationaux des CLSM (instruction du 13 mai 2025, section III)');
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'France entière', exact: true }).first().isVisible()).toBe(true);
    expect(await page.locator('p.source').innerText()).toContain('INSEE, Code officiel géographique 2026, populations légales 2023');
    expect(requests).toEqual([]);
    expect((await page.pdf({ format: 'A4', landscape: true })).subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: path.join(os.tmpdir(), 'clsm-stats.png') });
    await page.close();
  }, 60_000);
});
