// The page's figures (SPEC §10), in headless Chromium from file://: its size (and gzip size, and what takes the
// room), the time until it answers, the re-check after an edit of a 7 KB profile (median), and 400 dropped profiles
// summarised. `node bench/web.mjs` alone, or at the end of `npm run bench`. Needs Debian's chromium.
// The predicates given to waitForFunction run in the page, where these are defined.
/* global document, performance */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} Kio`;

export function pageSize(file = path.join(root, 'dist', 'clsm.html')) {
  const html = fs.readFileSync(file, 'utf8');
  const part = (pattern) => Buffer.byteLength(pattern.exec(html)?.[1] ?? '');
  return {
    bytes: Buffer.byteLength(html),
    gzip: zlib.gzipSync(html, { level: 9 }).length,
    script: part(/<script>([\s\S]*?)<\/script>/),
    territory: part(/<script type="application\/octet-stream" id="cog">([\s\S]*?)<\/script>/),
    style: part(/<style>([\s\S]*?)<\/style>/),
  };
}

/** A profile of about 7 KB: the complete example, with more COPIL members. */
function sevenKilobytes() {
  let text = fs.readFileSync(path.join(root, 'examples', 'complet.yaml'), 'utf8');
  const members = Array.from({ length: 55 }, (_, i) => `      - categorie: association\n        structure: Association n° ${i + 1}\n`).join('');
  text = text.replace(/(\n {4}membres:\n)/, `$1${members}`);
  return text;
}

export async function benchPage({ rounds = 21, batch = 400 } = {}) {
  const size = pageSize();
  console.log('');
  console.log(`page clsm.html : ${kib(size.bytes)} (gzip ${kib(size.gzip)}, cible ≤ 2 560 Kio) — script ${kib(size.script)}, Code officiel géographique ${kib(size.territory)} (gzip en base64), style ${kib(size.style)}`);
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`  (pas de ${CHROMIUM} : mesures dans le navigateur omises)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-bench-web-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const url = `file://${path.join(root, 'dist', 'clsm.html')}`;
    const ready = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-ready]', { state: 'attached' });
      ready.push(await page.evaluate(`performance.getEntriesByName('clsm-ready')[0].startTime`));
      await page.close();
    }
    const profile = path.join(work, 'sept-kio.yaml');
    fs.writeFileSync(profile, sevenKilobytes());
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByLabel('Ouvrir des profils').setInputFiles(profile);
    await page.waitForSelector('#rapport [data-rule-id], #rapport [data-status]');
    await page.evaluate(`performance.clearMeasures('clsm-recheck')`);
    const name = page.locator('#formulaire [data-field="clsm.nom"]');
    for (let i = 0; i < rounds; i++) {
      await name.fill(`CLSM de Villeneuve-d’Ascq ${i}`);
      await name.dispatchEvent('change');
      await page.waitForFunction((n) => performance.getEntriesByName('clsm-recheck').length >= n, i + 1);
    }
    // From the form's change to the report shown: the YAML node changed, the text checked, the report rebuilt.
    const rechecks = await page.evaluate(`performance.getEntriesByName('clsm-recheck').map((m) => m.duration)`);
    const folder = path.join(work, 'lot');
    generate(folder, batch);
    const names = fs.readdirSync(folder).map((file) => path.join(folder, file));
    const started = Date.now();
    await page.getByLabel('Ouvrir des profils').setInputFiles(names);
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-path]').length === n, batch, { timeout: 60_000 });
    const wall = Date.now() - started;
    const inPage = await page.evaluate(`performance.getEntriesByName('clsm-batch').at(-1).duration`);
    console.log(`  ${median(ready) <= 1000 ? '✓' : '✗'} page prête depuis file:// : ${median(ready).toFixed(0)} ms (médiane de 7, cible < 1 000 ms)`);
    console.log(
      `  ${median(rechecks) < 30 ? '✓' : '✗'} revérification après une saisie, profil de ${kib(fs.statSync(profile).size)} : ${median(rechecks).toFixed(1)} ms (médiane de ${rounds}, ${Math.min(...rechecks).toFixed(1)}–${Math.max(...rechecks).toFixed(1)} ms ; cible < 30 ms)`,
    );
    console.log(`  ${wall < 3000 ? '✓' : '✗'} ${batch} profils ouverts et résumés : ${wall} ms de bout en bout (dont ${inPage.toFixed(0)} ms de vérification, tableau et indicateurs ; cible < 3 000 ms)`);
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await benchPage();
