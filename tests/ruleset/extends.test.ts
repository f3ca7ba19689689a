// Rulesets that extend others: overrides key by key, new rules, chains of files, every broken file refused at its
// line and column; and the regional example end to end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const example = (name: string) => path.join(root, 'examples', name);
const TODAY = ['--today', '2026-01-15'];
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-extends-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  fs.mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
  fs.writeFileSync(path.join(tmp, name), text);
  return name;
}

type Finding = { ruleId: string; severity: string; message: string; line: number; column: number };

async function findings(profile: string, ruleset: string): Promise<{ code: number; ruleset: unknown; findings: Finding[] }> {
  const { code, stdout, stderr } = await runCli(['check', profile, '--ruleset', ruleset, '-f', 'json', ...TODAY], { cwd: tmp });
  expect(stderr).toBe('');
  const report = JSON.parse(stdout);
  return { code, ruleset: report.ruleset, findings: report.files[0].findings };
}

const head = (id: string, parent: string) => `id: ${id}\ntitle: { fr: Essai, en: Test }\nextends: ${parent}\nrules:\n`;

describe('the regional example', () => {
  it('changes the verdict of a profile the national referential passes', async () => {
    const national = await runCli(['check', example('complet.yaml'), ...TODAY], { cwd: tmp });
    expect(national.code).toBe(0);
    const regional = await findings(example('complet.yaml'), example('ars-idf-2026.regles.yaml'));
    expect(regional.code).toBe(1);
    expect(regional.ruleset).toEqual({ id: 'ars-idf-2026', extends: 'referentiel-2025' });
    expect(regional.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      ['copil-reunions', 'error', 46, 5, 'Le profil déclare 2\u00a0réunions du COPIL en 2025\u202f; le cahier des charges de l’ARS en prévoit au moins 3.'],
    ]);
  });

  it('turns a rule off, lowers a parameter and adds a rule', async () => {
    const profile = write(
      'partiel.yaml',
      fs
        .readFileSync(example('complet.yaml'), 'utf8')
        .replace('signataires: [collectivite, psychiatrie, ars]', 'signataires: [collectivite, psychiatrie]')
        .replace('animation_reseau: true', 'animation_reseau: false')
        .replace(/etp: 1\.0/, 'etp: 0.5'),
    );
    const national = await findings(profile, 'referentiel-2025');
    expect(national.findings.map((f) => f.ruleId).sort()).toEqual(['coordination-reseau', 'coordination-temps-plein']);
    const regional = await findings(profile, example('ars-idf-2026.regles.yaml'));
    expect(regional.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['ars-convention-tripartite', 'Le profil ne déclare aucune convention signée par : ARS.'],
      ['copil-reunions', 'Le profil déclare 2\u00a0réunions du COPIL en 2025\u202f; le cahier des charges de l’ARS en prévoit au moins 3.'],
    ]);
  });

  it('is shown by rules and explain as it applies', async () => {
    const rules = await runCli(['rules', '--ruleset', example('ars-idf-2026.regles.yaml'), '-f', 'json'], { cwd: tmp });
    const listed = JSON.parse(rules.stdout);
    expect(listed.ruleset).toMatchObject({ id: 'ars-idf-2026', extends: 'referentiel-2025' });
    expect(listed.rules.find((r: { id: string }) => r.id === 'coordination-reseau').severity).toBe('off');
    expect(listed.rules.find((r: { id: string }) => r.id === 'copil-reunions').params).toEqual({ min: 3 });
    const explain = await runCli(['explain', 'copil-reunions', '--ruleset', example('ars-idf-2026.regles.yaml')], { cwd: tmp, env: { COLUMNS: '200' } });
    expect(explain.stdout).toContain('Cahier des charges ARS Île-de-France 2026 (exemple), article 2');
    expect(explain.stdout).toContain('Paramètres : min = 3');
  });

  it('is not taken for a profile when its folder is checked', async () => {
    const { stdout } = await runCli(['check', path.join(root, 'examples'), '-f', 'json', ...TODAY], { cwd: tmp });
    expect(JSON.parse(stdout).files.map((f: { path: string }) => path.basename(f.path))).toEqual(['avec-ecarts.yaml', 'complet.yaml', 'en-creation.yaml', 'en-sommeil.yaml']);
  });
});

describe('a chain of ruleset files', () => {
  it('follows relative paths, each file changing what the one before left', async () => {
    write('regles/base.yaml', head('base', 'referentiel-2025') + '  - id: copil-reunions\n    params: { min: 3 }\n    message: { fr: "{count} réunions, {min} attendues." }\n');
    write('regles/departement.yaml', head('departement', 'base.yaml') + '  - id: copil-reunions\n    severity: warning\n');
    const { findings: found, ruleset } = await findings(example('complet.yaml'), 'regles/departement.yaml');
    expect(ruleset).toEqual({ id: 'departement', extends: 'base' });
    expect(found.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['copil-reunions', 'warning', '2 réunions, 3 attendues.']]);
    const english = await runCli(['check', example('complet.yaml'), '--ruleset', 'regles/departement.yaml', '-f', 'json', '--lang', 'en', ...TODAY], { cwd: tmp });
    // Only the French message was changed: the English one stays the referential's.
    expect(JSON.parse(english.stdout).files[0].findings[0].message).toBe('The profile declares 2 meetings of the steering committee in 2025 (the ruleset’s threshold: 3); the reference framework says the committee « se réunit deux fois par an » (meets twice a year).');
  });

  it.each([
    ['a cycle', { 'c/a.yaml': head('a', 'b.yaml') + '  - id: copil-reunions\n    severity: info\n', 'c/b.yaml': head('b', 'a.yaml') + '  - id: copil-reunions\n    severity: info\n' }, 'c/a.yaml', ['c/b.yaml:3:10 : jeu de règles invalide : les jeux de règles s’étendent en boucle (c/a.yaml → c/b.yaml → c/a.yaml) : retirez l’un des « extends ».']],
    ['a missing parent', { 'm.yaml': head('m', 'absent.yaml') + '  - id: copil-reunions\n    severity: info\n' }, 'm.yaml', ['m.yaml:3:10 : jeu de règles invalide : « extends: absent.yaml » : « absent.yaml » n’existe pas : vérifiez le chemin.']],
    ['a new rule that lacks fields (a misspelt id)', { 'n.yaml': head('n', 'referentiel-2025') + '  - id: copil-reunion\n    severity: info\n' }, 'n.yaml', ['n.yaml:5:5 : jeu de règles invalide : la règle « copil-reunion » n’existe pas dans le jeu étendu : c’est donc une règle nouvelle, à laquelle il manque « axis », « reference », « check », « options », « message », « remediation » ; vérifiez l’identifiant ou complétez la règle.']],
    ['a rule given twice', { 'd.yaml': head('d', 'referentiel-2025') + '  - id: copil-reunions\n    severity: info\n  - id: copil-reunions\n    severity: warning\n' }, 'd.yaml', ['d.yaml:7:9 : jeu de règles invalide : la règle « copil-reunions » est définie deux fois : gardez-en une seule.']],
    ['a parameter of the wrong type', { 'p.yaml': head('p', 'referentiel-2025') + '  - id: copil-reunions\n    params: { min: trois }\n' }, 'p.yaml', ['p.yaml:5:5 : jeu de règles invalide : rules[0].options.min : doit être un nombre.']],
    ['an unknown check in a new rule', { 'k.yaml': head('k', 'referentiel-2025') + '  - id: nouvelle\n    severity: info\n    axis: gouvernance\n    reference: { fr: x, en: x }\n    check: min-counts\n    options: { path: a, min: 1 }\n    message: { fr: m, en: m }\n    remediation: { fr: r, en: r }\n' }, 'k.yaml', ['k.yaml:9:12 : jeu de règles invalide : rules[0].check : valeur « min-counts » non reconnue — vouliez-vous dire « min-count » ? Valeurs possibles : disallowed-value, required-values, min-distinct, min-count, each-item, min-sum, truthy, year-window, range, dates-not-after-today, derogation-status, any-value, present, personal-data, territory, unique-in-run.']],
    ['bad options for a check', { 'o.yaml': head('o', 'referentiel-2025') + '  - id: nouvelle\n    severity: info\n    axis: gouvernance\n    reference: { fr: x, en: x }\n    check: min-count\n    options: { path: A.b, min: 1 }\n    message: { fr: m, en: m }\n    remediation: { fr: r, en: r }\n' }, 'o.yaml', ['o.yaml:10:22 : jeu de règles invalide : rules[0].options.path : « A.b » n’a pas la forme attendue : Chemin dans le profil, en notation pointée (`a.b.c`) ; `[*]` parcourt une liste.']],
    ['a problem in the file it extends', { 'e/enfant.yaml': head('enfant', 'parent.yaml') + '  - id: copil-reunions\n    severity: info\n', 'e/parent.yaml': head('parent', 'referentiel-2025') + '  - id: copil-reunions\n    severite: info\n' }, 'e/enfant.yaml', ['e/parent.yaml:6:5 : jeu de règles invalide : « severite » : clé inconnue — vouliez-vous dire « severity » ?']],
  ])('with %s is refused, exit 2, at the line and column of the problem', async (_case, files, ruleset, lines) => {
    for (const [name, text] of Object.entries(files)) write(name, text);
    const { code, stdout, stderr } = await runCli(['check', example('complet.yaml'), '--ruleset', ruleset], { cwd: tmp });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(lines.map((line) => `clsm : ${line}\n`).join(''));
  });
});
