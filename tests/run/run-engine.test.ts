// The one run engine, as a library caller and a ruleset author meet it: checkPaths (stdin, unreadable paths,
// baselines), formatReport's refusals, rules of scope `run` under any id and path, rulesets read again when edited.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPaths, checkText, formatReport, loadRuleset, parseBaseline, statusOf, UserError, type FileReport, type RunSummary } from '../../src/index.js';
import { catalogue } from '../../src/i18n/index.js';
import { loadRuleset as loadRulesetCached, type RulesetCache } from '../../src/ruleset/load.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const example = (name: string) => fs.readFileSync(path.join(root, 'examples', name), 'utf8');
const TODAY = '2026-01-15';
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-run-'));
  fs.mkdirSync(path.join(dir, 'profils'));
  fs.writeFileSync(path.join(dir, 'profils', 'a.yaml'), example('avec-ecarts.yaml'));
  fs.writeFileSync(path.join(dir, 'profils', 'b.yaml'), example('complet.yaml'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect(batch: AsyncGenerator<FileReport, RunSummary>): Promise<{ files: FileReport[]; summary: RunSummary }> {
  const files: FileReport[] = [];
  for (;;) {
    const step = await batch.next();
    if (step.done) return { files, summary: step.value };
    files.push(step.value);
  }
}

describe('checkPaths', () => {
  it('reads `-` from the stdin it is given, and lists an unreadable path without stopping', async () => {
    const { files, summary } = await collect(checkPaths(['-', 'absent.yaml', 'profils/b.yaml'], { cwd: dir, today: TODAY, stdin: Readable.from([example('avec-ecarts.yaml')]) }));
    expect(files.map((file) => [file.path, statusOf(file, 'error')])).toEqual([
      ['<stdin>', 'fail'],
      ['profils/b.yaml', 'pass'],
    ]);
    expect(summary.errors).toEqual(['«\u00a0absent.yaml\u00a0» n’existe pas\u00a0: vérifiez le chemin.']);
    expect(summary).toMatchObject({ files: 2, pass: 1, fail: 1, invalid: 0, error: 4 });
  });

  it('gives the same findings as `clsm check` for the same files, and counts the summary at its threshold', async () => {
    const { files, summary } = await collect(checkPaths(['profils'], { cwd: dir, today: TODAY, failOn: 'warning' }));
    const cli = JSON.parse((await runCli(['check', 'profils', '-f', 'json', '--today', TODAY, '--fail-on', 'warning'], { cwd: dir })).stdout);
    expect(JSON.parse(await formatReport(files, 'json', { failOn: 'warning' }))).toEqual(cli);
    expect(summary).toMatchObject({ pass: cli.summary.pass, fail: cli.summary.fail });
  });

  it('moves what a baseline covers into `baselined` and says which entries matched nothing', async () => {
    const baseline = parseBaseline(JSON.stringify({ schemaVersion: 1, ruleset: 'referentiel-2025', files: { 'profils/a.yaml': { 'copil-reunions': 1, 'presidence-elu': 1 }, 'profils/parti.yaml': { 'copil-reunions': 1 } } }));
    if (!baseline.ok) throw new Error('baseline');
    const { files, summary } = await collect(checkPaths(['profils'], { cwd: dir, today: TODAY, baseline: baseline.baseline }));
    expect(files[0]!.baselined!.map((finding) => finding.ruleId)).toEqual(['copil-reunions']);
    expect(files[0]!.findings.some((finding) => finding.ruleId === 'copil-reunions')).toBe(false);
    // presidence-elu did not fire in a.yaml; profils/parti.yaml no longer exists.
    expect(summary.unusedBaselineEntries).toBe(2);
    expect(summary.baselined).toBe(1);
  });
});

describe('formatReport', () => {
  const report = checkText(example('avec-ecarts.yaml'), { path: 'a.yaml', today: TODAY });

  it('formats in the results’ own language and ruleset by default', async () => {
    expect(await formatReport([report], 'text')).toContain('Année de référence');
  });

  it.each([
    ['another language', () => formatReport([report], 'text', { lang: 'en' }), 'the result of a.yaml is worded in French: check the profile again with lang: \'en\', or format with lang: \'fr\'.'],
    [
      'another ruleset',
      () => formatReport([checkText(example('avec-ecarts.yaml'), { path: 'a.yaml', today: TODAY, ruleset: loadRuleset(path.join(root, 'examples', 'ars-idf-2026.regles.yaml')) })], 'sarif'),
      'le résultat de a.yaml a été vérifié avec le jeu de règles ars-idf-2026, pas referentiel-2025\u00a0: donnez à formatReport le jeu de règles de la vérification (option ruleset).',
    ],
    [
      'two rulesets in one batch',
      () => formatReport([report, checkText(example('avec-ecarts.yaml'), { ruleset: loadRuleset(path.join(root, 'examples', 'ars-idf-2026.regles.yaml')) })], 'json'),
      'les résultats ont été vérifiés avec deux jeux de règles (referentiel-2025 et ars-idf-2026)\u00a0: mettez en forme chaque lot à part, avec son jeu de règles.',
    ],
    [
      'a result read without rules',
      () => formatReport([{ ...report, ruleset: null }], 'json'),
      'le résultat de a.yaml a été lu sans règles (indicateurs)\u00a0: vérifiez le profil avec le jeu de règles referentiel-2025 avant de le mettre en forme.',
    ],
  ])('refuses %s, in one sentence', async (_case, format, message) => {
    const error = await format().then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(message);
  });

  it('counts with the threshold it is given, in every format: no JUnit failure with failOn never', async () => {
    expect(statusOf(report, 'never')).toBe('pass');
    expect(await formatReport([report], 'junit', { failOn: 'never' })).not.toContain('<failure');
    expect(await formatReport([report], 'junit')).toContain('<failure');
    expect(JSON.parse(await formatReport([report], 'json', { failOn: 'never' })).files[0].status).toBe('pass');
  });
});

describe('a regional rule of scope run, under another id and path', () => {
  const ruleset = `id: ars-test
title: { fr: Test, en: Test }
extends: referentiel-2025
rules:
  - id: contact-partage
    severity: warning
    axis: coherence
    reference: { fr: ARS, en: ARS }
    check: unique-in-run
    options: { path: clsm.contact.email }
    message: { fr: "L’adresse {value:code} est déjà celle du profil {other}.", en: "The address {value:code} is already that of {other}." }
    remediation: { fr: Donnez une adresse propre., en: Give an address of its own. }
`;
  // Two CLSMs that share one contact address; the second one tries to waive the finding.
  const second = example('complet.yaml')
    .replace('identifiant: villeneuve-dascq', 'identifiant: autre-clsm')
    .concat('\nderogations:\n  - regle: contact-partage\n    justification: Adresse commune décidée en COPIL.\n    jusqu_au: 2026-12-31\n');

  beforeAll(() => {
    fs.mkdirSync(path.join(dir, 'region'));
    fs.writeFileSync(path.join(dir, 'region', 'a.yaml'), example('complet.yaml'));
    fs.writeFileSync(path.join(dir, 'region', 'b.yaml'), second);
    fs.writeFileSync(path.join(dir, 'ars.regles.yaml'), ruleset);
  });

  it('fires on the second profile at the value’s line and column, naming the first, and no derogation covers it', async () => {
    const { stdout, code } = await runCli(['check', 'region', '--ruleset', 'ars.regles.yaml', '-f', 'json', '--today', TODAY, '--fail-on', 'warning'], { cwd: dir });
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files as Array<{ findings: Array<{ ruleId: string; line: number; column: number; message: string }>; waived: unknown[] }>;
    expect(files[0]!.findings).toEqual([]);
    const line = second.split('\n').findIndex((text) => text.includes('email:')) + 1;
    expect(files[1]!.findings.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual([
      { ruleId: 'derogation-inutile', line: second.split('\n').findIndex((text) => text.includes('regle: contact-partage')) + 1, column: 12, message: 'La dérogation à «\u00a0contact-partage\u00a0» vise une règle à laquelle on ne peut pas déroger (erreur de format, identifiant en double ou règle de dérogation).' },
      { ruleId: 'contact-partage', line, column: 12, message: 'L’adresse clsm@example.fr est déjà celle du profil «\u00a0region/a.yaml\u00a0».' },
    ].sort((a, b) => a.line - b.line));
    expect(files[1]!.waived).toEqual([]);
  });

  it('is never recorded by a baseline', async () => {
    const run = await runCli(['baseline', 'region', '--ruleset', 'ars.regles.yaml', '--today', TODAY, '-o', 'base.json'], { cwd: dir });
    expect(run.code).toBe(0);
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, 'base.json'), 'utf8'));
    // By identity (version 2): the second profile's run-scope finding is not recorded, only its own gap.
    const withGap = Object.values(recorded.profiles as Record<string, Record<string, string[]>>).filter((rules) => Object.keys(rules).length > 0);
    expect(withGap.map((rules) => Object.keys(rules))).toEqual([['derogation-inutile']]);
  });
});

describe('rulesets read from files', () => {
  const file = () => path.join(dir, 'edite.regles.yaml');
  const write = (min: number) => fs.writeFileSync(file(), `id: edite\ntitle: { fr: T, en: T }\nextends: referentiel-2025\nrules:\n  - id: copil-reunions\n    params: { min: ${min} }\n`);

  it('are read again when the file changed, and kept while it did not', () => {
    const cache: RulesetCache = new Map();
    const c = catalogue('fr');
    write(3);
    const first = loadRulesetCached(file(), c, dir, cache);
    expect(loadRulesetCached(file(), c, dir, cache)).toBe(first);
    write(40);
    const edited = loadRulesetCached(file(), c, dir, cache);
    expect(edited.byId.get('copil-reunions')!.params.min).toBe(40);
    // The library's loadRuleset keeps nothing: it reads the file at every call.
    write(5);
    expect(loadRuleset(file()).byId.get('copil-reunions')!.params.min).toBe(5);
  });
});

describe('clsm rules --checks', () => {
  it('lists each check with its options and the traits that set it apart', async () => {
    const { stdout, code } = await runCli(['rules', '--checks'], { env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    const block = stdout.split('\n\n').find((text) => text.startsWith('unique-in-run\n'))!;
    expect(block.split('\n').slice(2)).toEqual([
      '· compare les profils d’un même lot\u00a0: l’écart est relevé sur le second profil',
      '· aucune dérogation ne couvre ses écarts',
      '· aucune base de référence ne couvre ses écarts',
      'Options\u00a0:',
      '  path\u00a0: texte',
    ]);
    const json = JSON.parse((await runCli(['rules', '--checks', '-f', 'json', '--lang', 'en'])).stdout) as { checks: Array<{ name: string; summary: string; traits: Record<string, unknown> }> };
    expect(json.checks.find((check) => check.name === 'derogation-status')!.traits).toEqual({ scope: 'profile', afterOthers: true, waivable: false, baselinable: true });
    expect(json.checks.find((check) => check.name === 'truthy')!.traits).toEqual({ scope: 'profile', afterOthers: false, waivable: true, baselinable: true });
    expect(json.checks.find((check) => check.name === 'unique-in-run')!.summary).toMatch(/^Fires when a profile of the same run/);
  });
});

describe('the English catalogue', () => {
  it.each([
    [['check', 'nope.yaml'], 'clsm: “nope.yaml” does not exist: check the path.\n'],
    [['check', 'profils', '--fail-on', 'bad'], 'clsm: “bad” is not a possible value of --fail-on: choose among error, warning, info, never, erreur, avertissement, information, jamais.\n'],
    [['check', 'profils', '--ruleset', 'nope'], 'clsm: the ruleset “nope” does not exist: give “referentiel-2025”, “exemple-ars-idf” or the path of a ruleset file (.yaml).\n'],
    [['check', 'profils', '--baseline', 'nope.json'], 'clsm: cannot read the baseline “nope.json”: “nope.json” does not exist: check the path.\n'],
  ])('words %j in English', async (argv, expected) => {
    const { stderr, code } = await runCli([...argv, '--lang', 'en'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(expected);
  });
});

describe('a duplicate identity beside a copy', () => {
  it('says which of the two files looks like a copy', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-copy-'));
    const text = fs.readFileSync(path.join(root, 'examples', 'complet.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'complet.yaml'), text);
    fs.writeFileSync(path.join(dir, 'complet - copie.yaml'), text);
    const { stdout } = await runCli(['check', '.', '-f', 'json', '--today', '2026-01-15'], { cwd: dir });
    const findings = JSON.parse(stdout).files.flatMap((file: { findings: Array<{ ruleId: string; message: string }> }) => file.findings);
    expect(findings.filter((f: { ruleId: string }) => f.ruleId === 'identifiant-doublon').map((f: { message: string }) => f.message)).toEqual([
      'L’identifiant «\u00a0villeneuve-dascq\u00a0» est déjà celui du profil «\u00a0complet - copie.yaml\u00a0» pour 2025\u00a0: chaque CLSM a son propre identifiant. «\u00a0complet - copie.yaml\u00a0» ressemble à une copie\u00a0: retirez-la du dossier des profils (ou renommez-la sans .yaml).',
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

