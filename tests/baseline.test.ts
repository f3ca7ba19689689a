// Baselines (SPEC §4): adopt clsm on a repository with known gaps — today's gaps stop failing the run, every new
// one still does, a fixed one is reported as an entry to prune, and pruning never raises a count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };
import { pruneProfiles } from '../src/baseline/baseline.js';
import { runCli } from './helpers/run-cli.js';

const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

const root = path.resolve(import.meta.dirname, '..');
const TODAY = ['--today', '2026-01-15'];
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-baseline-'));
  fs.mkdirSync(path.join(dir, 'profils'));
  for (const name of ['avec-ecarts.yaml', 'complet.yaml']) fs.copyFileSync(path.join(root, 'examples', name), path.join(dir, 'profils', name));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { cwd: dir });
const edit = (name: string, from: string | RegExp, to: string) => {
  const file = path.join(dir, 'profils', name);
  const text = fs.readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  fs.writeFileSync(file, changed);
};
const readBaseline = () => JSON.parse(fs.readFileSync(path.join(dir, 'clsm-baseline.json'), 'utf8'));

describe('a baseline', () => {
  it('adopt, add a gap, fix a gap, prune — keyed by profile identity and finding key', async () => {
    // Adopt: today's gaps are recorded, and the same run then passes.
    const adopt = await run(['baseline', 'profils', ...TODAY]);
    expect([adopt.code, adopt.stdout, adopt.stderr]).toEqual([0, 'Base de référence écrite dans «\u00a0clsm-baseline.json\u00a0»\u00a0: 18 écarts de 1 profil.\n', '']);
    const baseline = readBaseline();
    expect(baseline.schemaVersion).toBe(2);
    expect(baseline.ruleset).toBe('referentiel-2025');
    expect(Object.keys(baseline.profiles)).toEqual(['pays-de-morlaix-2025']);
    const entries = baseline.profiles['pays-de-morlaix-2025'];
    expect(entries['copil-reunions']).toEqual(['gouvernance.copil.reunions']);
    expect(entries['copil-composition-minimale']).toEqual(['gouvernance.copil.membres[aidant]']);
    expect(entries['strategie-objectifs']).toEqual(['strategie.actions[determinants]', 'strategie.actions[inclusion_droits]', 'strategie.actions[parcours_soins]', 'strategie.actions[prevention]']);
    expect(Object.keys(entries)).toEqual([...Object.keys(entries)].sort());
    expect(JSON.stringify(baseline)).not.toContain('.yaml');
    const clean = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', '-f', 'json', ...TODAY]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
    const report = JSON.parse(clean.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.summary).toEqual({ files: 2, pass: 2, fail: 0, invalid: 0, error: 0, warning: 0, info: 0, baselined: 18 });
    expect(report.files[0].baselined.find((f: { ruleId: string }) => f.ruleId === 'copil-reunions')).toMatchObject({ line: 38, column: 5 });

    // A new gap in a profile the baseline does not know fails the run, and only it is counted.
    edit('complet.yaml', /fonction: maire/, 'fonction: autre');
    const newGap = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', '-f', 'json', ...TODAY]);
    expect(newGap.code).toBe(1);
    const files = JSON.parse(newGap.stdout).files;
    expect(files[1].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['presidence-elu']);
    expect(files[0].findings).toEqual([]);
    edit('complet.yaml', /fonction: autre/, 'fonction: maire');

    // One gap swapped for another of the same rule (the carer added, the elected member removed): the new one fails.
    edit('avec-ecarts.yaml', '      - { categorie: elu, fonction: Vice-président santé }\n', '      - { categorie: aidant, structure: UNAFAM 29 }\n');
    const swapped = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', '-f', 'json', ...TODAY]);
    expect(swapped.code).toBe(1);
    const counted = JSON.parse(swapped.stdout).files[0].findings as Array<{ ruleId: string; message: string }>;
    expect(counted.map((f) => f.ruleId)).toContain('copil-composition-minimale');
    expect(counted.find((f) => f.ruleId === 'copil-composition-minimale')!.message).toContain('«\u00a0élu (maire');
    expect(swapped.stderr).toBe('1 entrée de la base de référence est devenue inutile\u00a0: lancez `clsm baseline --prune`.\n  pays-de-morlaix-2025 · copil-composition-minimale · gouvernance.copil.membres[aidant]\n');
    edit('avec-ecarts.yaml', '      - { categorie: aidant, structure: UNAFAM 29 }\n', '      - { categorie: elu, fonction: Vice-président santé }\n');

    // A renamed file keeps its baseline (the identity is the identifiant and the year).
    fs.renameSync(path.join(dir, 'profils', 'avec-ecarts.yaml'), path.join(dir, 'profils', 'morlaix.yaml'));
    expect((await run(['check', 'profils', '--baseline', 'clsm-baseline.json', ...TODAY])).code).toBe(0);

    // Fixing a gap (a second COPIL meeting): the run passes and names the entry to prune; pruning from a sub-folder
    // removes it alone and keeps every entry that still matches.
    edit('morlaix.yaml', '      - date: 2025-06-19\n  groupes_travail', '      - date: 2025-06-19\n      - date: 2025-11-04\n  groupes_travail');
    const fixed = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', ...TODAY]);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('pays-de-morlaix-2025 · copil-reunions · gouvernance.copil.reunions');
    const prune = await runCli(['baseline', '.', '--prune', '../clsm-baseline.json', ...TODAY], { cwd: path.join(dir, 'profils') });
    expect([prune.code, prune.stdout]).toEqual([0, 'Base de référence «\u00a0../clsm-baseline.json\u00a0» allégée\u00a0: 1 entrée retirée.\n']);
    const pruned = readBaseline();
    expect(pruned.profiles['pays-de-morlaix-2025']['copil-reunions']).toBeUndefined();
    expect(Object.values(pruned.profiles['pays-de-morlaix-2025']).flat()).toHaveLength(17);
    expect((await run(['check', 'profils', '--baseline', 'clsm-baseline.json', ...TODAY])).stderr).toBe('');
  });

  it('is pruned to today’s keys, never adds one, and keeps the profiles not checked now', () => {
    const today = new Map<string, Record<string, string[]>>([
      ['a-2025', { 'copil-reunions': ['gouvernance.copil.reunions'], 'strategie-objectifs': ['strategie.actions[prevention]', 'strategie.actions[nouvel]'] }],
      ['b-2025', {}],
    ]);
    const old = {
      'a-2025': { 'copil-reunions': ['gouvernance.copil.reunions'], 'strategie-objectifs': ['strategie.actions[prevention]', 'strategie.actions[determinants]'], 'suivi-bilan': ['suivi'] },
      'b-2025': { 'suivi-bilan': ['suivi'] },
      'ailleurs-2025': { y: ['z'] },
    };
    expect(pruneProfiles(old, today)).toEqual({
      profiles: { 'a-2025': { 'copil-reunions': ['gouvernance.copil.reunions'], 'strategie-objectifs': ['strategie.actions[prevention]'] }, 'ailleurs-2025': { y: ['z'] } },
      removed: 3,
    });
  });

  it('refuses to empty a baseline without --force, and reads a version 1 file with a sentence', async () => {
    await run(['baseline', 'profils/avec-ecarts.yaml', ...TODAY]);
    const empty = await run(['baseline', 'profils/complet.yaml', '--force', '-o', 'vide.json', ...TODAY]);
    expect(empty.code).toBe(0);
    fs.copyFileSync(path.join(dir, 'clsm-baseline.json'), path.join(dir, 'garde.json'));
    const over = await run(['baseline', 'profils/complet.yaml', '--prune', 'clsm-baseline.json', ...TODAY]);
    expect(over.code).toBe(0);
    fs.copyFileSync(path.join(dir, 'garde.json'), path.join(dir, 'clsm-baseline.json'));
    const refused = await run(['baseline', 'profils/complet.yaml', '-o', 'clsm-baseline.json', '--force', ...TODAY]);
    expect(refused.code).toBe(0);
    fs.copyFileSync(path.join(dir, 'garde.json'), path.join(dir, 'clsm-baseline.json'));
    // Pruning with the profile fixed: every entry would go: refused without --force.
    const text = fs.readFileSync(path.join(root, 'examples', 'complet.yaml'), 'utf8').replace(/identifiant: .*/, 'identifiant: pays-de-morlaix');
    fs.writeFileSync(path.join(dir, 'profils', 'avec-ecarts.yaml'), text.replace(/region: "32"/, 'region: "53"').replace(/departement: "59"/, 'departement: "29"'));
    const wouldEmpty = await run(['baseline', 'profils/avec-ecarts.yaml', '--prune', ...TODAY]);
    expect(wouldEmpty.code).toBe(2);
    expect(wouldEmpty.stderr).toMatch(/^clsm\u00a0: refus de vider la base de référence «\u00a0clsm-baseline\.json\u00a0»\u00a0: ses 18\u00a0entrées seraient retirées|^clsm\u00a0: refus de vider la base de référence «\u00a0clsm-baseline\.json\u00a0»\u00a0: ses 18 entrées seraient retirées/);
    expect(fs.readFileSync(path.join(dir, 'clsm-baseline.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'garde.json'), 'utf8'));
    // Version 1: still read, with the sentence that says why to regenerate it.
    fs.writeFileSync(path.join(dir, 'v1.json'), JSON.stringify({ schemaVersion: 1, ruleset: 'referentiel-2025', files: { 'profils/complet.yaml': { 'copil-reunions': 1 } } }));
    const v1 = await run(['check', 'profils/complet.yaml', '--baseline', 'v1.json', ...TODAY]);
    expect(v1.stderr).toContain('est au format 1\u00a0: elle compte les écarts par fichier et ne distingue pas un nouvel écart d’un ancien de la même règle');
  });

  it('shows the findings it covers apart in the text report', async () => {
    await run(['baseline', 'profils/avec-ecarts.yaml', ...TODAY]);
    const { stdout } = await run(['check', 'profils/avec-ecarts.yaml', '--baseline', 'clsm-baseline.json', ...TODAY]);
    expect(stdout).toContain('Aucun écart relevé.');
    expect(stdout).toContain('Écarts couverts par la base de référence (18) :\n  ');
    expect(stdout).toMatch(/ {2}38:5 {2}copil-reunions : Le profil déclare 1\u00a0réunion du COPIL en 2025/);
  });

  it('never hides a YAML or schema error', async () => {
    await run(['baseline', 'profils', ...TODAY]);
    edit('avec-ecarts.yaml', 'region: "53"', 'region: 53');
    const { code, stdout } = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', '-f', 'json', ...TODAY]);
    expect(code).toBe(1);
    const file = JSON.parse(stdout).files[0];
    expect([file.status, file.findings.map((f: { ruleId: string }) => f.ruleId), file.baselined]).toEqual(['invalid', ['schema'], []]);
  });

  it('is not replaced without --force, and a missing one cannot be pruned', async () => {
    await run(['baseline', 'profils', ...TODAY]);
    const before = fs.readFileSync(path.join(dir, 'clsm-baseline.json'), 'utf8');
    const again = await run(['baseline', 'profils', ...TODAY]);
    expect([again.code, again.stderr]).toEqual([2, 'clsm : la base de référence « clsm-baseline.json » existe déjà : ajoutez --force pour la remplacer, ou --prune pour seulement l’alléger.\n']);
    expect(fs.readFileSync(path.join(dir, 'clsm-baseline.json'), 'utf8')).toBe(before);
    expect((await run(['baseline', 'profils', '--force', ...TODAY])).code).toBe(0);
    const prune = await run(['baseline', 'profils', '--prune', 'autre.json', ...TODAY]);
    expect([prune.code, prune.stderr]).toEqual([2, 'clsm : la base de référence « autre.json » n’existe pas : écrivez-la d’abord avec `clsm baseline`.\n']);
  });

  it.each([
    ['not JSON', '{ "schemaVersion": 1, ', /^clsm : la base de référence « b\.json » n’est pas un JSON valide \(ligne 1, colonne 23\) : écrivez-la de nouveau avec `clsm baseline --force`\.\n$/],
    ['another version', '{ "schemaVersion": 3, "ruleset": "r", "files": {} }', /^clsm\u00a0: la base de référence «\u00a0b\.json\u00a0» n’est pas valide à «\u00a0schemaVersion\u00a0»\u00a0: il faut «\u00a0"schemaVersion": 2\u00a0» \(ou 1, l’ancien format\)\u202f; écrivez-la de nouveau avec `clsm baseline --force`\.\n$/],
    ['a count of zero', '{ "schemaVersion": 1, "ruleset": "r", "files": { "a.yaml": { "copil-reunions": 0 } } }', /^clsm : la base de référence « b\.json » n’est pas valide à « files\.a\.yaml\.copil-reunions » : il faut un nombre entier supérieur ou égal à 1/],
    ['missing', null, /^clsm : impossible de lire la base de référence « b\.json » : « b\.json » n’existe pas : vérifiez le chemin\.\n$/],
  ])('that is %s stops check with exit 2 and nothing on stdout', async (_case, text, message) => {
    if (text !== null) fs.writeFileSync(path.join(dir, 'b.json'), text);
    const { code, stdout, stderr } = await run(['check', 'profils', '--baseline', 'b.json', ...TODAY]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
