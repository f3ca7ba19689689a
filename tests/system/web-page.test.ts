// `clsm web` in a real browser (SPEC §10): Debian's Chromium, driven by playwright-core, opens the page from file://
// with every network request refused. A coordinator fills a profile with the keyboard alone, saves it and opens it
// again; an ARS agent opens the examples with a ruleset; the page's downloads are compared byte for byte with what
// the command line writes for the same files; axe-core finds no violation; the page fits 1280 and 400 px.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'clsm.js');
const TODAY = '2026-03-14';
let dir: string;
let pageFile: string;
let browser: Browser;

/** What `clsm` prints on stdout, run from `cwd`. */
function clsm(args: readonly string[], cwd = root): string {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`clsm ${args.join(' ')} : ${result.stderr}`);
  return result.stdout;
}

interface Opened {
  page: Page;
  /** Requests the page attempted (each refused), and the console's errors (a CSP refusal is one). */
  requests: string[];
  errors: string[];
}

async function open(width = 1280, options: { bypassCSP?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `file://${pageFile}` || url.startsWith(`file://${pageFile}?`)) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`file://${pageFile}`);
  await page.waitForSelector('body[data-ready]', { state: 'attached' });
  return { page, requests, errors };
}

/** Sets « Date du jour » so that the page checks as `--today` does. */
async function setToday(page: Page, iso: string): Promise<void> {
  await page.locator('summary', { hasText: 'Options de vérification' }).click();
  await page.getByLabel('Date du jour (JJ/MM/AAAA)').fill(iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1'));
  await page.getByLabel('Date du jour (JJ/MM/AAAA)').press('Tab');
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

/** Presses Tab until the focused control's accessible label is `label` (the keyboard alone reaches every control). */
async function tabTo(page: Page, label: string | RegExp, limit = 600): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el) return '';
      if (el.labels && el.labels.length) return el.labels[0].textContent.trim();
      return (el.getAttribute('aria-label') || el.textContent || '').trim();
    })()`);
    if (typeof label === 'string' ? name === label : label.test(String(name))) return;
  }
  throw new Error(`« ${String(label)} » n’est pas atteint au clavier`);
}

const ruleIds = (page: Page) => page.locator('#rapport [data-rule-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule-id')));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-web-'));
  pageFile = path.join(dir, 'clsm.html');
  expect(spawnSync(process.execPath, [bin, 'web', '-o', pageFile], { encoding: 'utf8' }).status).toBe(0);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('clsm web', () => {
  it('is one file with a strict policy: hashed script and style, no eval, no request, nothing stored', async () => {
    const html = fs.readFileSync(pageFile, 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/);
    expect(csp).not.toMatch(/unsafe/);
    expect(html).not.toMatch(/<(link|img|iframe)\b|src="http|href="http/);
    expect(Buffer.byteLength(html)).toBeLessThan(2.5 * 1024 * 1024);
    const { page, requests, errors } = await open();
    await page.getByRole('button', { name: 'Nouveau profil' }).click();
    await page.getByLabel('Profil YAML').fill('version: 1\nannee_reference: 2025\nclsm:\n  nom: CLSM de Lille\n');
    await page.waitForSelector('#rapport [data-rule-id]');
    expect(await page.evaluate('localStorage.length')).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fills a new profile with the keyboard alone; findings shrink as blocks are filled; the saved file reopens with the CLI’s report', async () => {
    const { page, requests, errors } = await open();
    await setToday(page, TODAY);
    await tabTo(page, 'Nouveau profil');
    await page.keyboard.press('Enter');
    // Empty: the schema says what is required.
    await expect.poll(() => ruleIds(page)).toContain('schema');

    await tabTo(page, 'Nom');
    await page.keyboard.type('CLSM de Roubaix');
    await tabTo(page, 'Identifiant');
    await page.keyboard.type('roubaix');
    await tabTo(page, 'Statut');
    await page.keyboard.press('ArrowDown'); // actif
    await tabTo(page, 'Région');
    await page.keyboard.type('H'); // Hauts-de-France (32)
    await tabTo(page, 'Rechercher une commune ou une intercommunalité par son nom');
    await page.keyboard.type('Roubaix');
    await tabTo(page, /^Roubaix \(59512\)/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Profil YAML').inputValue()).toContain('code_insee: "59512"');
    await expect.poll(() => page.locator('#rapport [data-status]').getAttribute('data-status')).not.toBe('invalid');
    const valid = await ruleIds(page);
    expect(valid).toContain('presidence-elu');
    expect(valid).not.toContain('schema');

    // Gouvernance: a block opened with the keyboard, the presidency given to the mayor.
    await tabTo(page, /^Gouvernance/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Fonction (Présidence)');
    await page.keyboard.type('L'); // « Le maire ou la maire (maire) »
    await expect.poll(async () => (await ruleIds(page)).length).toBeLessThan(valid.length);
    expect(await ruleIds(page)).not.toContain('presidence-elu');

    const yaml = await page.getByLabel('Profil YAML').inputValue();
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=https://clsm.dev/schemas/profil-clsm.schema.json');
    expect(yaml).toMatch(/presidence:\n {4}fonction: maire/);
    expect(yaml).toContain('region: "32"');
    expect(yaml).toContain('departement: "59"');

    await tabTo(page, 'Enregistrer le YAML');
    const saved = await download(page, () => page.keyboard.press('Enter'));
    expect(saved).toBe(yaml);
    const savedFile = path.join(dir, 'profil-clsm.yaml');
    fs.writeFileSync(savedFile, saved);

    // Opened again: the page's JSON report is the command line's.
    await page.getByLabel('Ouvrir des profils').setInputFiles(savedFile);
    await page.waitForSelector('tr[data-path="profil-clsm.yaml"]');
    const json = await download(page, () => page.getByRole('button', { name: 'Rapport JSON' }).click());
    expect(json).toBe(clsm(['check', 'profil-clsm.yaml', '-f', 'json', '--today', TODAY], dir));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers an intercommunality covered whole in the commune search: its SIREN, région and département are written', async () => {
    const { page, errors } = await open();
    await setToday(page, TODAY);
    await page.getByRole('button', { name: 'Nouveau profil' }).click();
    await page.getByLabel('Rechercher une commune ou une intercommunalité par son nom').fill('Douaisis');
    await page.getByRole('button', { name: 'CA Douaisis Agglo — intercommunalité entière, 35 communes' }).click();
    await expect.poll(() => page.getByLabel('Profil YAML').inputValue()).toContain('epci: "200044618"');
    const yaml = await page.getByLabel('Profil YAML').inputValue();
    expect(yaml).toContain('region: "32"');
    expect(yaml).toContain('departement: "59"');
    await expect.poll(() => page.locator('#annonces').textContent()).toBe('Intercommunalité «\u00a0CA Douaisis Agglo\u00a0» indiquée\u00a0: ses communes forment le territoire.');
    expect(await page.locator('#formulaire [data-field="clsm.territoire.epci"]').inputValue()).toBe('200044618');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps what a person typed: an unreadable value stays with its reason, a dérogation is written whole, an unsaved profile can be taken back', async () => {
    const { page, errors } = await open();
    await setToday(page, TODAY);
    await page.getByRole('button', { name: 'Nouveau profil' }).click();
    const population = page.locator('#formulaire [data-field="clsm.territoire.population"]');
    await population.fill('environ 80');
    await population.press('Tab');
    await expect.poll(() => population.getAttribute('aria-invalid')).toBe('true');
    // The form is rebuilt (a commune found by its code is added): the text typed and its reason are still there.
    await page.getByLabel('Rechercher une commune ou une intercommunalité par son nom').fill('59350');
    await page.getByRole('button', { name: /^Lille \(59350\)/ }).click();
    await expect.poll(() => page.getByLabel('Profil YAML').inputValue()).toContain('code_insee: "59350"');
    expect(await population.inputValue()).toBe('environ 80');
    expect(await population.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Profil YAML').inputValue()).not.toContain('population');
    await population.fill('232 787');
    await population.press('Tab');
    await expect.poll(() => page.getByLabel('Profil YAML').inputValue()).toContain('population: 232787');

    // A dérogation asked from a finding: written once whole, the finding then moves under « dérogation ».
    await page.getByLabel('Nom', { exact: true }).fill('CLSM de Lille');
    await page.getByLabel('Nom', { exact: true }).press('Tab');
    await page.getByLabel('Identifiant').fill('lille');
    await page.getByLabel('Identifiant').press('Tab');
    await page.getByLabel('Statut').selectOption('actif');
    const presidence = page.locator('#rapport [data-rule-id="presidence-elu"]');
    await presidence.waitFor();
    await presidence.getByRole('button', { name: /Demander une dérogation/ }).click();
    expect(await page.getByLabel('Règle concernée').inputValue()).toBe('presidence-elu');
    await page.getByRole('button', { name: 'Ajouter cette dérogation' }).click();
    expect(await page.locator('#nouvelle-derogation-probleme').textContent()).toContain('la dérogation n’est ajoutée qu’entière');
    expect(await page.getByLabel('Profil YAML').inputValue()).not.toContain('derogations');
    await page.getByLabel(/^Justification/).fill('Élections municipales : la présidence sera désignée en juin.');
    await page.getByLabel(/^Jusqu’au/).fill('31/12/2026');
    await page.getByRole('button', { name: 'Ajouter cette dérogation' }).click();
    await expect.poll(() => page.locator('#rapport [data-rule-id="presidence-elu"]').count()).toBe(0);
    expect(await page.locator('#rapport [data-waived-rule-id="presidence-elu"]').count()).toBe(1);
    expect(await page.getByLabel('Profil YAML').inputValue()).toContain('derogations:\n  - regle: presidence-elu\n    justification: "Élections municipales : la présidence sera désignée en juin."\n    jusqu_au: 2026-12-31');

    // Another file opened: the unsaved profile is kept aside, one button brings it back.
    const typed = await page.getByLabel('Profil YAML').inputValue();
    await page.getByLabel('Ouvrir des profils').setInputFiles(path.join(root, 'examples', 'complet.yaml'));
    await expect.poll(() => page.locator('#titre-profil').textContent()).toContain('Villeneuve');
    await page.getByRole('button', { name: /Reprendre le profil non enregistré/ }).click();
    await expect.poll(() => page.getByLabel('Profil YAML').inputValue()).toBe(typed);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a Latin-1 profile as such, says so, and saves it as UTF-8', async () => {
    const { page } = await open();
    const latin1 = path.join(dir, 'sete.yaml');
    const text = fs.readFileSync(path.join(root, 'examples', 'complet.yaml'), 'utf8').replace(/^ {2}nom: .*$/m, '  nom: CLSM de Sète');
    fs.writeFileSync(latin1, Buffer.from(text, 'latin1'));
    await page.getByLabel('Ouvrir des profils').setInputFiles(latin1);
    await page.waitForSelector('tr[data-path="sete.yaml"][data-status="invalid"]');
    expect(await page.locator('#profil .notice').textContent()).toContain('n’est pas enregistré en UTF-8');
    expect(await page.locator('#formulaire [data-field="clsm.nom"]').inputValue()).toBe('CLSM de Sète');
    const saved = await download(page, () => page.getByRole('button', { name: 'Enregistrer le YAML' }).click());
    expect(saved).toContain('  nom: CLSM de Sète\n');
    await page.context().close();
  });

  it('gives the command line’s JSON report, byte for byte, for every example and every fixture', async () => {
    const { page, errors } = await open();
    await setToday(page, TODAY);
    const folders = [path.join(root, 'examples'), path.join(root, 'tests', 'fixtures', 'valid'), path.join(root, 'tests', 'fixtures', 'invalid')];
    for (const folder of folders) {
      const names = fs
        .readdirSync(folder)
        .filter((name) => /\.ya?ml$/.test(name) && !/\.regles\.ya?ml$/.test(name))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      await page.getByLabel('Ouvrir des profils').setInputFiles(names.map((name) => path.join(folder, name)));
      await page.waitForSelector(`tr[data-path="${names[names.length - 1]}"]`);
      const json = await download(page, () => page.getByRole('button', { name: 'Rapport JSON' }).click());
      expect(json, folder).toBe(clsm(['check', ...names, '-f', 'json', '--today', TODAY], folder));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('opens an example: each finding at its line:column, leading to the YAML view and to its field', async () => {
    const { page } = await open();
    await setToday(page, TODAY);
    await page.getByLabel('Ouvrir des profils').setInputFiles(path.join(root, 'examples', 'avec-ecarts.yaml'));
    await page.waitForSelector('#rapport [data-rule-id]');
    const cli = JSON.parse(clsm(['check', 'avec-ecarts.yaml', '-f', 'json', '--today', TODAY], path.join(root, 'examples'))) as {
      files: Array<{ findings: Array<{ ruleId: string; severity: string; line: number; column: number }> }>;
    };
    const shown = await page
      .locator('#rapport [data-rule-id]')
      .evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-rule-id')} ${node.getAttribute('data-severity')} ${node.getAttribute('data-line')}:${node.getAttribute('data-column')}`));
    expect(shown.sort()).toEqual(cli.files[0]!.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`).sort());
    expect(await page.locator('[data-strength]').count()).toBeGreaterThan(0);

    // « ligne 38, colonne 5 » selects that place in the YAML view.
    const copil = page.locator('#rapport [data-rule-id="copil-reunions"]');
    await copil.getByRole('button', { name: 'Aller à la ligne 38, colonne 5' }).click();
    expect(await page.evaluate(`(() => { const t = document.activeElement; return t.id + ' ' + t.value.slice(0, t.selectionStart).split('\\n').length; })()`)).toBe('profil-yaml 38');
    // « Aller au champ » focuses the form's control, which says what is wrong.
    await page.locator('#rapport [data-rule-id="coordination-formation"]').getByRole('button', { name: 'Aller au champ' }).click();
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('data-field')).toBe('coordination.coordonnateurs[0].formation_nationale');
    expect(await focused.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await focused.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(texts.join(' ')).toContain('formation');
    await page.context().close();
  });

  it('opens a YAML slip: its problem at its line, the form waits, and a fix in the YAML view brings the report back', async () => {
    const { page } = await open();
    const file = path.join(root, 'tests', 'fixtures', 'invalid', 'yaml-syntaxe_indentation.yaml');
    await page.getByLabel('Ouvrir des profils').setInputFiles(file);
    const slip = page.locator('#rapport [data-rule-id="yaml-syntaxe"]');
    await slip.waitFor();
    const expected = JSON.parse(fs.readFileSync(file.replace(/\.yaml$/, '.expected.json'), 'utf8')) as { findings?: Array<{ ruleId: string; line: number }> };
    const line = expected.findings?.find((f) => f.ruleId === 'yaml-syntaxe')?.line ?? Number(await slip.getAttribute('data-line'));
    expect(Number(await slip.getAttribute('data-line'))).toBe(line);
    await expect.poll(() => page.locator('#formulaire').textContent()).toContain('Le YAML ne peut pas être lu');
    await page.getByLabel('Profil YAML').fill(fs.readFileSync(path.join(root, 'examples', 'complet.yaml'), 'utf8'));
    await expect.poll(() => page.locator('#rapport [data-rule-id="yaml-syntaxe"]').count()).toBe(0);
    await expect.poll(() => page.locator('#formulaire [data-field="clsm.nom"]').inputValue()).toBe("CLSM de Villeneuve-d'Ascq");
    await page.context().close();
  });

  it('checks the examples with the ARS ruleset: rows, indicators, and downloads identical to the command line’s', async () => {
    const { page, requests, errors } = await open();
    await setToday(page, TODAY);
    const examples = path.join(root, 'examples');
    const names = fs.readdirSync(examples).sort();
    await page.getByLabel('Ouvrir des profils').setInputFiles(names.map((name) => path.join(examples, name)));
    await page.waitForSelector('tr[data-path]');
    const profiles = names.filter((name) => !name.endsWith('.regles.yaml'));
    expect(await page.locator('tr[data-path]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-path')))).toEqual(profiles);
    expect(await page.locator('#regles-etat').textContent()).toContain('ARS Île-de-France');
    expect(await page.locator('#lot .indicators').evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('Hauts-de-France');

    const ruleset = ['--ruleset', 'ars-idf-2026.regles.yaml', '--today', TODAY];
    const downloads: Array<[string, string[]]> = [
      ['Rapport JSON', ['check', ...profiles, '-f', 'json', ...ruleset]],
      ['Rapport HTML', ['check', ...profiles, '-f', 'html', ...ruleset]],
      ['Rapport CSV', ['check', ...profiles, '-f', 'csv', ...ruleset]],
      ['Indicateurs JSON', ['stats', ...profiles, '-f', 'json']],
      ['Indicateurs HTML', ['stats', ...profiles, '-f', 'html']],
      ['Indicateurs CSV', ['stats', ...profiles, '-f', 'csv']],
    ];
    for (const [button, args] of downloads) {
      expect(await download(page, () => page.getByRole('button', { name: button, exact: true }).click()), button).toBe(clsm(args, examples));
    }
    // One row per département, as `clsm stats --per departement`: shown, and downloaded identical.
    await page.getByRole('radio', { name: 'département (dans sa région)' }).check();
    await expect.poll(() => page.locator('#lot .indicators').evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('Nord (59)');
    expect(await page.getByRole('radio', { name: 'département (dans sa région)' }).evaluate((el) => el === document.activeElement)).toBe(true);
    for (const [button, format] of [['Indicateurs JSON', 'json'], ['Indicateurs CSV', 'csv']]) {
      expect(await download(page, () => page.getByRole('button', { name: button!, exact: true }).click()), button).toBe(clsm(['stats', ...profiles, '-f', format!, '--per', 'departement'], examples));
    }
    // A click on a row opens that CLSM's report.
    await page.getByRole('button', { name: 'Ouvrir le rapport de en-sommeil.yaml' }).click();
    await expect.poll(() => page.locator('#titre-profil').textContent()).toContain('Val-de-Sambre');
    expect(await page.locator('#rapport [data-rule-id]').count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('opens a folder as `clsm check FOLDER/` walks it: the ruleset file inside is passed by and said so', async () => {
    const { page } = await open();
    await setToday(page, TODAY);
    await page.getByLabel('Ouvrir un dossier de profils').setInputFiles(path.join(root, 'examples'));
    await page.waitForSelector('tr[data-path="examples/avec-ecarts.yaml"]');
    expect(await page.locator('[data-quality="passed-by"]').textContent()).toContain('examples/ars-idf-2026.regles.yaml');
    const json = await download(page, () => page.getByRole('button', { name: 'Rapport JSON' }).click());
    expect(json).toBe(clsm(['check', 'examples/', '-f', 'json', '--today', TODAY]));
    await page.context().close();
  });

  it('speaks English by its switch, with the command line’s English messages', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Display the page in English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('clsm — check a local mental health council');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByLabel('Open profiles').setInputFiles(path.join(root, 'examples', 'avec-ecarts.yaml'));
    const first = page.locator('#rapport [data-rule-id="copil-reunions"] .message');
    await first.waitFor();
    const cli = JSON.parse(clsm(['check', 'avec-ecarts.yaml', '-f', 'json', '--lang', 'en'], path.join(root, 'examples'))) as { files: Array<{ findings: Array<{ ruleId: string; message: string }> }> };
    expect(await first.textContent()).toBe(cli.files[0]!.findings.find((f) => f.ruleId === 'copil-reunions')!.message);
    await page.context().close();
  });

  it('keeps a draft only when asked, and forgets it on « Effacer le brouillon »', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Nouveau profil' }).click();
    await page.getByLabel('Nom', { exact: true }).fill('CLSM de Lens');
    await page.getByLabel('Nom', { exact: true }).press('Tab');
    expect(await page.evaluate('localStorage.length')).toBe(0);
    await page.getByLabel('Garder un brouillon sur cet ordinateur').check();
    await expect.poll(() => page.evaluate('localStorage.getItem("clsm-brouillon")')).toContain('CLSM de Lens');
    await page.getByRole('button', { name: 'Effacer le brouillon' }).click();
    expect(await page.evaluate('localStorage.length')).toBe(0);
    await page.context().close();
  });

  it('has no accessibility violation (axe-core) and fits 1280 and 400 px wide', async () => {
    const axe = fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const shots = path.join(os.tmpdir(), 'clsm-web-screens');
    fs.mkdirSync(shots, { recursive: true });
    for (const width of [1280, 400]) {
      // axe is injected by the test: the page's own policy would (rightly) refuse its script.
      const { page } = await open(width, { bypassCSP: true });
      const violations = async (where: string) => {
        await page.evaluate(axe);
        const result = (await page.evaluate('axe.run(document).then((r) => r.violations.map((v) => v.id + " : " + v.nodes.map((n) => n.target.join(" ")).join(", ")))')) as string[];
        expect(result, `${where} à ${width} px`).toEqual([]);
        expect(await page.evaluate('document.documentElement.scrollWidth'), `${where} à ${width} px`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(shots, `${where}-${width}.png`), fullPage: true });
      };
      await violations('accueil');
      await page.getByLabel('Ouvrir des profils').setInputFiles(path.join(root, 'examples', 'avec-ecarts.yaml'));
      await page.waitForSelector('#rapport [data-rule-id]');
      await page.evaluate(`document.querySelectorAll('details.block').forEach((block) => (block.open = true))`);
      await violations('profil');
      const examples = path.join(root, 'examples');
      await page.getByLabel('Ouvrir des profils').setInputFiles(fs.readdirSync(examples).map((name) => path.join(examples, name)));
      await page.waitForSelector('tr[data-path="en-sommeil.yaml"]');
      await violations('lot');
      await page.context().close();
    }
  }, 120_000);
});
