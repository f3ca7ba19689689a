// The HTML report in a real browser: Debian's Chromium, driven by playwright-core, opens the report of a profile
// and of a batch with every network request refused; it renders, asks for nothing, shows hostile text as text, and
// prints to PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(await page.locator('h1').innerText()).toBe('Rapport d’écarts au référentiel national des CLSM');
    expect(await page.locator('h2').first().innerText()).toBe('CLSM du Pays de Morlaix');
    expect(await page.getByText('À traiter en premier').isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    for (const finding of json.files[0].findings as Array<{ ruleId: string; message: string }>) {
      expect(text).toContain(finding.ruleId);
      expect(text).toContain(finding.message);
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
    expect(await page.title()).toBe('Rapport d’écarts au référentiel national des CLSM');
    expect(await page.locator('h2').first().innerText()).toBe('Synthèse');
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(4);
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
    const cutHeaders = await page.evaluate(`[...document.querySelectorAll('th')]
      .filter((th) => !/\\s/.test(th.textContent.trim()))
      .filter((th) => { const range = document.createRange(); range.selectNodeContents(th); return range.getClientRects().length > 1; })
      .map((th) => th.textContent)`);
    expect(cutHeaders).toEqual([]);
    await page.close();
  }, 60_000);

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
