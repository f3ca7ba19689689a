// The command line, run in-process: exit codes, formats and options as a user sees them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };
import { runCli } from './helpers/run-cli.js';

const root = path.join(import.meta.dirname, '..');
const fixture = (name: string) => path.join('tests', 'fixtures', name);
const at = { cwd: root };
const TODAY = ['--today', '2026-01-15'];

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-cli-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('exit codes', () => {
  it.each([
    [['check', 'examples/complet.yaml'], 0],
    [['check', 'examples/'], 1],
    [['check', fixture('invalid/coordination-formation_absente.yaml')], 0],
    [['check', fixture('invalid/coordination-formation_absente.yaml'), '--fail-on', 'warning'], 1],
    [['check', fixture('invalid/coordination-reseau_absent.yaml'), '--fail-on', 'error'], 0],
    [['check', fixture('invalid/coordination-reseau_absent.yaml'), '--fail-on', 'warning'], 1],
    [['check', fixture('invalid/territoire-prioritaire_aucun.yaml'), '--fail-on', 'warning'], 0],
    [['check', fixture('invalid/territoire-prioritaire_aucun.yaml'), '--fail-on', 'info'], 1],
    [['check', 'examples/', '--fail-on', 'never'], 0],
    [['check', fixture('invalid/schema_region-nombre.yaml')], 1],
    [['check', fixture('invalid/schema_region-nombre.yaml'), '--fail-on', 'never'], 0],
    [['check', 'nowhere.yaml'], 2],
    [['check', 'examples/complet.yaml', 'nowhere.yaml'], 2],
  ])('clsm %j → %i', async (argv, code) => {
    expect((await runCli([...argv, ...TODAY], at)).code).toBe(code);
  });
});

describe('text report', () => {
  it('shows the header, the findings by severity then line (blocks at 100 columns) and the counts per axis', async () => {
    const { stdout, code } = await runCli(['check', 'examples/avec-ecarts.yaml', ...TODAY], at);
    expect(code).toBe(1);
    expect(stdout).toContain('CLSM du Pays de Morlaix — examples/avec-ecarts.yaml');
    expect(stdout).toContain('Année de référence : 2025 · Référentiel : referentiel-2025 · Résultat : écarts à combler');
    expect(stdout).toMatch(/^38:5 {2}erreur {2}copil-reunions\n {2}Le profil déclare 1\u00a0réunion du COPIL en 2025 \(seuil du jeu de règles\u00a0: 2\)\u202f; le référentiel prévoit\n {2}que le COPIL «\u00a0se réunit deux fois par an\u00a0»\./m);
    for (const group of stdout.split(/^(?:Ensuite|Pour information) — /m)) {
      const lines = [...group.matchAll(/^(\d+):\d+ {2}/gm)].map((m) => Number(m[1]));
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
    expect(stdout).toContain('Par axe\u00a0: gouvernance (3 erreurs, 2 avertissements) · coordination (1 avertissement)');
    expect(stdout).toMatch(/Écarts couverts par une dérogation :\n {2}59:3 {2}coordination-temps-plein \(jusqu’au 31\/12\/2026\) : Territoire rural/);
    expect(stdout).toContain('1 fichier vérifié : 0 sans écart bloquant, 1 avec écarts à combler, 0 invalide.');
  });

  it('ends a batch with one summary: a table when it fits, a block per file when it does not', async () => {
    const { stdout } = await runCli(['check', 'examples', ...TODAY], { ...at, tty: true, columns: 200, env: { NO_COLOR: '1' } });
    expect(stdout).toContain('Synthèse');
    expect(stdout).toMatch(/│ examples\/complet\.yaml +│ CLSM de Villeneuve-d'Ascq +│ Hauts-de-France +│ sans écart bloquant +│ 0 +│ 0 +│ 0 +│/);
    const narrow = (await runCli(['check', 'examples', ...TODAY], at)).stdout;
    expect(narrow).toContain("examples/complet.yaml — CLSM de Villeneuve-d'Ascq · Hauts-de-France\n  sans écart bloquant · 0 erreur, 0 avertissement, 0 information");
    expect(stdout).toContain('4 fichiers vérifiés : 2 sans écart bloquant, 2 avec écarts à combler, 0 invalide.');
  });

  it('keeps only errors with --quiet', async () => {
    const { stdout } = await runCli(['check', 'examples', '--quiet', ...TODAY], at);
    const json = JSON.parse((await runCli(['check', 'examples', '-f', 'json', ...TODAY], at)).stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; severity: string; message: string }> }> };
    const findings = json.files.flatMap((file) => file.findings);
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(findings.length).toBeGreaterThan(errors.length);
    for (const finding of errors) expect(stdout).toContain(finding.message.slice(0, 40));
    for (const finding of findings) if (finding.severity !== 'error') expect(stdout).not.toContain(finding.message.slice(0, 40));
    // Files without errors are not listed at all.
    for (const file of json.files) if (!file.findings.some((finding) => finding.severity === 'error')) expect(stdout).not.toContain(file.path);
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await runCli(['check', 'examples/avec-ecarts.yaml', '--lang', 'en', ...TODAY], at);
    expect(stdout).toContain('Reference year: 2025 · Ruleset: referentiel-2025 · Result: gaps to close');
    // English quotes the referential in French, between « »; nothing else is French.
    expect(stdout.replace(/«[^»]*»/g, '')).not.toContain('réunion');
    const json = JSON.parse((await runCli(['check', 'examples/avec-ecarts.yaml', '--lang', 'en', '-f', 'json', ...TODAY], at)).stdout);
    expect(json.files[0].findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'copil-reunions',
        message: 'The profile declares 1 meeting of the steering committee in 2025 (the ruleset’s threshold: 2); the reference framework says the committee « se réunit deux fois par an » (meets twice a year).',
        reference: 'National CLSM reference framework (2025), §4',
      }),
    );
  });
});

describe('colours', () => {
  const red = '\u001b[31m';
  it.each([
    [{ tty: false, env: {} }, false],
    [{ tty: true, env: {} }, true],
    [{ tty: true, env: { NO_COLOR: '1' } }, false],
    [{ tty: false, env: { FORCE_COLOR: '1' } }, true],
  ])('%j → colour %s', async (options, coloured) => {
    const { stdout } = await runCli(['check', 'examples/avec-ecarts.yaml', ...TODAY], { ...at, ...options });
    expect(stdout.includes(red)).toBe(coloured);
  });
});

describe('JSON report', () => {
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(reportSchema);

  it('follows schemas/report.schema.json and SPEC §5', async () => {
    const { stdout } = await runCli(['check', 'examples', 'tests/fixtures/invalid/schema_cle-inconnue.yaml', '-f', 'json', ...TODAY], at);
    const report = JSON.parse(stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toEqual({ files: 5, pass: 2, fail: 2, invalid: 1, error: 11, warning: 37, info: 2 });
    const invalid = report.files.find((f: { status: string }) => f.status === 'invalid');
    expect(invalid.findings).toEqual([
      expect.objectContaining({ ruleId: 'schema', severity: 'error', path: 'gouvernance.copil.reunion', line: 45, column: 5, message: '« reunion » : clé inconnue — vouliez-vous dire « reunions » ?' }),
    ]);
    expect(invalid.clsm).toEqual({ identifiant: 'villeneuve-dascq', nom: "CLSM de Villeneuve-d'Ascq", region: '32', annee: 2025 });
  });

  it('lists waived findings with their justification', async () => {
    const { stdout } = await runCli(['check', 'examples/avec-ecarts.yaml', '-f', 'json', ...TODAY], at);
    expect(JSON.parse(stdout).files[0].waived).toEqual([
      expect.objectContaining({ ruleId: 'coordination-temps-plein', until: '2026-12-31', justification: expect.stringMatching(/^Territoire rural/), line: 59 }),
    ]);
  });

  it('gives the same bytes for the same input', async () => {
    const first = await runCli(['check', 'examples', '-f', 'json', ...TODAY], at);
    const second = await runCli(['check', 'examples', '-f', 'json', ...TODAY], at);
    expect(second.stdout).toBe(first.stdout);
  });

  it('reads the identity block line by line when a YAML slip elsewhere stops the parser, and sets clsm to null without one', async () => {
    const { stdout } = await runCli(['check', fixture('invalid/yaml-syntaxe_tabulation.yaml'), '-f', 'json'], at);
    expect(JSON.parse(stdout).files[0]).toMatchObject({
      status: 'invalid',
      clsm: { identifiant: 'villeneuve-dascq', nom: "CLSM de Villeneuve-d'Ascq", region: '32', annee: 2025 },
      findings: [{ ruleId: 'yaml-syntaxe', line: 17, column: 1 }],
    });
    const noBlock = await runCli(['check', '-', '-f', 'json'], { ...at, stdin: 'version: 1\n\tclsm: x\n' });
    expect(JSON.parse(noBlock.stdout).files[0]).toMatchObject({ status: 'invalid', clsm: null, findings: [{ ruleId: 'yaml-syntaxe' }] });
  });
});

describe('files that look like profiles', () => {
  it('names a profile saved as .yaml.txt (a mail attachment) on stderr, once, without changing the exit code', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-txt-'));
    fs.copyFileSync(path.join(root, 'examples', 'complet.yaml'), path.join(dir, 'complet.yaml'));
    fs.copyFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'), path.join(dir, 'profil.yaml.txt'));
    const result = await runCli(['check', '.', '--today', '2026-01-15'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('«\u00a0profil.yaml.txt\u00a0» n’a pas été vérifié\u00a0: son nom finit par .txt\u202f; renommez-le en «\u00a0profil.yaml\u00a0» pour le vérifier.\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('options', () => {
  it('--year replaces annee_reference', async () => {
    const { stdout } = await runCli(['check', 'examples/complet.yaml', '--year', '2026', '-f', 'json', ...TODAY], at);
    const file = JSON.parse(stdout).files[0];
    expect(file.clsm.annee).toBe(2026);
    expect(file.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(['copil-reunions', 'assemblee-pleniere', 'financement-annee']),
    );
  });

  it('words each file with its own reference year in a batch', async () => {
    // A message without arguments of its own is worded once per run: the year must still be each file's.
    const base = fs.readFileSync(path.join(root, fixture('valid/base.yaml')), 'utf8').replace(/^\s*bilan_activite:.*\n/m, '');
    fs.writeFileSync(path.join(tmp, 'a.yaml'), base);
    fs.writeFileSync(path.join(tmp, 'b.yaml'), base.replace(/^annee_reference: \d+/m, 'annee_reference: 2024'));
    const { stdout } = await runCli(['check', tmp, '-f', 'json', ...TODAY], at);
    const messages = JSON.parse(stdout).files.map((file: { findings: Array<{ ruleId: string; message: string }> }) =>
      file.findings.filter((f) => f.ruleId === 'suivi-bilan').map((f) => f.message),
    );
    expect(messages).toEqual([['Le profil ne déclare aucun bilan d’activité pour 2025 ou l’année précédente.'], ['Le profil ne déclare aucun bilan d’activité pour 2024 ou l’année précédente.']]);
  });

  it('--today decides which dates are in the future', async () => {
    const { stdout } = await runCli(['check', 'examples/complet.yaml', '--today', '2025-10-01', '-f', 'json'], at);
    const future = JSON.parse(stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'coherence-date-future');
    expect(future.map((f: { line: number; message: string }) => [f.line, f.message])).toEqual([
      [48, 'La date 09/10/2025 est postérieure à la date du jour (01/10/2025).'],
      [56, 'La date 20/11/2025 est postérieure à la date du jour (01/10/2025).'],
    ]);
  });

  it('reads a profile from stdin with -', async () => {
    const text = fs.readFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'));
    const { stdout, code } = await runCli(['check', '-', '-f', 'json', ...TODAY], { ...at, stdin: text });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ path: '<stdin>', status: 'fail' });
  });

  it('expands globs and walks folders recursively, in sorted order', async () => {
    const { stdout } = await runCli(['check', 'examples/*.yaml', '-f', 'json', ...TODAY], at);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual([
      'examples/avec-ecarts.yaml',
      'examples/complet.yaml',
      'examples/en-creation.yaml',
      'examples/en-sommeil.yaml',
    ]);
  });
});

describe('--output', () => {
  it('writes the report to the file, atomically, and nothing on stdout', async () => {
    const output = path.join(tmp, 'rapport.json');
    const { stdout, code } = await runCli(['check', 'examples', '-f', 'json', '-o', output, ...TODAY], at);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(output, 'utf8')).summary.files).toBe(4);
    expect(fs.readdirSync(tmp)).toEqual(['rapport.json']);
  });

  it('refuses a folder that does not exist, before any work', async () => {
    const { code, stderr } = await runCli(['check', 'examples', '-o', path.join(tmp, 'absent', 'r.txt')], at);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clsm : impossible d’écrire le rapport « .*r\.txt » : le dossier « .*absent » n’existe pas ; créez-le d’abord\.\n$/);
  });

  it('never overwrites a profile', async () => {
    const profile = path.join(tmp, 'profil.yaml');
    fs.copyFileSync(path.join(root, 'examples', 'complet.yaml'), profile);
    const before = fs.readFileSync(profile, 'utf8');
    const { code, stderr } = await runCli(['check', profile, '-o', profile], at);
    expect(code).toBe(2);
    expect(stderr).toContain('refus d’écrire le rapport');
    expect(fs.readFileSync(profile, 'utf8')).toBe(before);
  });
});

describe('usage errors', () => {
  it.each([
    [['check', '--nope'], 'clsm : option inconnue « --nope ». Voir `clsm --help`.'],
    [['check', 'examples', '--format', 'pdf'], 'clsm : « pdf » n’est pas une valeur possible de --format : choisissez parmi text, json, sarif, junit, github, gitlab, markdown, csv, html.'],
    [['check', 'examples', '--fail-on', 'all'], 'clsm : « all » n’est pas une valeur possible de --fail-on : choisissez parmi error, warning, info, never, erreur, avertissement, information, jamais.'],
    [['check', 'examples', '--year', '25'], 'clsm : « 25 » n’est pas une année valide pour --year : indiquez une année entre 2000 et 2100, par exemple 2025.'],
    [['check', 'examples', '--today', '2025-02-30'], 'clsm : « 2025-02-30 » n’est pas une date valide pour --today : indiquez-la au format AAAA-MM-JJ.'],
    [['check', 'examples', '--lang', 'de'], 'clsm : « de » n’est pas une valeur possible de --lang : choisissez parmi fr, en.'],
    [['chek'], 'clsm : commande inconnue « chek » — vouliez-vous dire « check » ? Voir `clsm --help`.'],
    [['check', 'nowhere.yaml'], 'clsm : « nowhere.yaml » n’existe pas : vérifiez le chemin.'],
    [['explain', 'copil-reunion'], 'clsm : la règle « copil-reunion » n’existe pas — vouliez-vous dire « copil-reunions » ? Voir `clsm rules`.'],
    [['check', '--ruleset', 'ars-bretagne'], 'clsm : le jeu de règles « ars-bretagne » n’existe pas : indiquez « referentiel-2025 », « exemple-ars-idf » ou le chemin d’un fichier de jeu de règles (.yaml).'],
  ])('clsm %j', async (argv, message) => {
    const { code, stderr, stdout } = await runCli(argv, at);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
    expect(stdout).toBe('');
  });

  it('prints the help in French on stderr when no command is given', async () => {
    const { code, stderr } = await runCli([], at);
    expect(code).toBe(2);
    expect(stderr).toContain('Utilisation : clsm [options] [commande]');
    expect(stderr).toContain('vérifie des profils');
  });

  it('prints the help of a command with --help and exits 0', async () => {
    const { code, stdout } = await runCli(['check', '--help'], at);
    expect(code).toBe(0);
    expect(stdout).toContain('--fail-on <gravité>');
  });
});

describe('rules, explain, schema', () => {
  it('lists the 49 rules with their severity, axis and reference, as a table when it fits, as blocks otherwise', async () => {
    const { stdout, code } = await runCli(['rules'], { ...at, env: { COLUMNS: '200' } });
    expect(code).toBe(0);
    expect(stdout).toContain('Jeu de règles referentiel-2025 : 49 règles');
    expect(stdout).toMatch(/│ presidence-elu † +│ erreur +│ gouvernance +│ Instruction du 13 mai 2025 \(contexte\) ; annexe 2 ;/);
    const narrow = (await runCli(['rules'], { ...at, env: { COLUMNS: '80' } })).stdout;
    expect(narrow).toContain('presidence-elu † — erreur · gouvernance\n  Instruction du 13 mai 2025 (contexte)');
    expect(Math.max(...narrow.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
    const json = JSON.parse((await runCli(['rules', '-f', 'json'], at)).stdout);
    expect(json.rules).toHaveLength(49);
  });

  it('explains a rule within 80 columns, words whole, with the doc page’s examples instead of a path', async () => {
    const { stdout } = await runCli(['explain', 'copil-reunions'], { ...at, env: { COLUMNS: '80' } });
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    const words = stdout.replace(/[ \n]+/g, ' ');
    expect(words).toContain('Le référentiel (§4)\u00a0: «\u00a0Le COPIL se réunit deux fois par an pour assurer la construction et le suivi de la feuille de route du CLSM.\u00a0»');
    expect(stdout).toContain('Exemple de profil qui relève l’écart\n  annee_reference: 2025\n  gouvernance:\n    copil:\n      reunions:\n');
    expect(stdout).toContain('Exemple de profil sans écart\n');
    expect(stdout).not.toContain('rules/docs/');
  });

  it('explains a rule: what, why, how', async () => {
    const { stdout, code } = await runCli(['explain', 'coordination-temps-plein'], at);
    expect(code).toBe(0);
    expect(stdout).toContain('coordination-temps-plein — avertissement · coordination · Référentiel national des CLSM (2025), §5');
    expect(stdout).toContain('Ce que la règle vérifie\nLa coordination représente au moins 1 ETP au total (le référentiel préconise un temps plein).');
    expect(stdout).toContain('Pourquoi\n');
    expect(stdout).toContain('Comment combler l’écart\nPortez le temps de coordination à 1 ETP');
    expect(stdout).toContain('Paramètres : etp_min = 1');
  });

  it('counts a YAML or schema error under the profile’s format, not under an axis of the referential', async () => {
    const { stdout } = await runCli(['check', 'tests/fixtures/invalid/schema_region-nombre.yaml'], at);
    expect(stdout).toContain('Par axe\u00a0: format du profil (1 erreur)');
    const json = JSON.parse((await runCli(['check', 'tests/fixtures/invalid/schema_region-nombre.yaml', '-f', 'json'], at)).stdout);
    expect(json.files[0].findings[0].axis).toBe('coherence'); // the JSON contract's value stays
  });

  it('prints a rule’s documentation page with --format markdown, and refuses another format', async () => {
    const { stdout, code } = await runCli(['explain', 'territoire-taille', '--format', 'markdown'], at);
    expect(code).toBe(0);
    expect(stdout).toContain('| information | territoire | Référentiel national des CLSM (2025), §3 | actif, en sommeil |');
    expect(stdout).toContain('- `population_min`\u00a0: 10\u202f000\n- `population_max`\u00a0: 500\u202f000\n\nUn jeu de règles régional peut les ajuster');
    const bad = await runCli(['explain', 'territoire-taille', '--format', 'pdf'], at);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('le format «\u00a0pdf\u00a0» n’existe pas pour clsm explain\u00a0: choisissez text ou markdown.\n');
  });

  it.each([
    ['yaml-syntaxe', 'yaml-syntaxe — erreur · format du profil · YAML 1.2', 'une espace oubliée après le deux-points'],
    ['schema', 'schema — erreur · format du profil · Format de profil CLSM, version 1 (clsm schema)', 'avec un point décimal et sans espace'],
    ['identifiant-doublon', 'identifiant-doublon — erreur · cohérence · —', 'Dans un même lot, deux profils ne portent pas le même identifiant'],
  ])('explains %s, an id the reports use', async (id, head, text) => {
    const { stdout, code } = await runCli(['explain', id], at);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]!.replace(/\u00a0/g, ' ')).toBe(head);
    expect(stdout.replace(/[\u00a0\u202f]/g, ' ')).toContain(text);
  });

  it.each([
    ['avertissement', 1],
    ['erreur', 1],
    ['information', 1],
    ['jamais', 0],
  ])('--fail-on accepts the French word %s', async (word, expected) => {
    const { code } = await runCli(['check', 'examples/avec-ecarts.yaml', '--fail-on', word, ...TODAY], at);
    expect(code).toBe(expected);
  });

  it('prints the profile schema', async () => {
    const { stdout, code } = await runCli(['schema'], at);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$id).toBe('https://clsm.dev/schemas/profil-clsm.schema.json');
    expect(schema.required).toEqual(['version', 'annee_reference', 'clsm']);
  });
});

describe('identifiant-doublon (a rule of the run)', () => {
  it('flags the second profile with the same identifier and year, naming the first', async () => {
    const base = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'valid', 'base.yaml'), 'utf8');
    fs.mkdirSync(path.join(tmp, 'profils'));
    fs.writeFileSync(path.join(tmp, 'profils', 'a.yaml'), base);
    fs.writeFileSync(path.join(tmp, 'profils', 'b.yaml'), base);
    fs.writeFileSync(path.join(tmp, 'profils', 'c.yaml'), base.replace('annee_reference: 2025', 'annee_reference: 2024').replace('annee: 2025', 'annee: 2024'));
    const { code, stdout } = await runCli(['check', 'profils', '-f', 'json', ...TODAY], { cwd: tmp });
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files as Array<{ path: string; status: string; findings: Array<{ ruleId: string; severity: string; line: number; column: number; message: string }> }>;
    // c.yaml has the same identifier for another year: no duplicate (its 2025 dates give it other gaps).
    expect(files.map((f) => [f.path, f.findings.some((x) => x.ruleId === 'identifiant-doublon')])).toEqual([
      ['profils/a.yaml', false],
      ['profils/b.yaml', true],
      ['profils/c.yaml', false],
    ]);
    expect(files[1]!.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      ['identifiant-doublon', 'error', 7, 16, 'L’identifiant « villeneuve-dascq » est déjà celui du profil « profils/a.yaml » pour 2025 : chaque CLSM a son propre identifiant.'],
    ]);
  });
});

describe('clsm schema --lang en', () => {
  it('gives the same schema with English titles and descriptions', async () => {
    const french = JSON.parse((await runCli(['schema'], at)).stdout);
    const english = JSON.parse((await runCli(['schema', '--lang', 'en'], at)).stdout);
    const strip = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(strip)
        : node && typeof node === 'object'
          ? Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'title' && key !== 'description').map(([key, value]) => [key, strip(value)]))
          : node;
    expect(strip(english)).toEqual(strip(french));
    expect(english.title).toBe('CLSM profile (version 1)');
    expect(english.properties.participation.properties.habitants.title).toBe('Inhabitants');
    expect(JSON.stringify(english)).not.toMatch(/Vrai si|Nom d|Date d|référentiel/);
  });
});
