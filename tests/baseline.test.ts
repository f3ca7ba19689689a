// Baselines (SPEC §4): adopt clsm on a repository with known gaps — today's gaps stop failing the run, every new
// one still does, a fixed one is reported as an entry to prune, and pruning never raises a count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };
import { pruneBaseline } from '../src/baseline/baseline.js';
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
  it('adopt, add a gap, fix a gap, prune', async () => {
    // Adopt: today's gaps are recorded, and the same run then passes.
    const adopt = await run(['baseline', 'profils', ...TODAY]);
    expect([adopt.code, adopt.stdout, adopt.stderr]).toEqual([0, 'Base de référence écrite dans « clsm-baseline.json » : 18 écarts dans 1 fichier.\n', '']);
    const baseline = readBaseline();
    expect(baseline.schemaVersion).toBe(1);
    expect(baseline.ruleset).toBe('referentiel-2025');
    expect(Object.keys(baseline.files)).toEqual(['profils/avec-ecarts.yaml']);
    expect(baseline.files['profils/avec-ecarts.yaml']['copil-reunions']).toBe(1);
    expect(Object.keys(baseline.files['profils/avec-ecarts.yaml'])).toEqual([...Object.keys(baseline.files['profils/avec-ecarts.yaml'])].sort());
    const clean = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', '-f', 'json', ...TODAY]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
    const report = JSON.parse(clean.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.summary).toEqual({ files: 2, pass: 2, fail: 0, invalid: 0, error: 0, warning: 0, info: 0, baselined: 18 });
    expect(report.files[0].baselined.find((f: { ruleId: string }) => f.ruleId === 'copil-reunions')).toMatchObject({ line: 38, column: 5 });

    // A new gap in a file of the baseline fails the run, and only it is counted.
    edit('complet.yaml', /fonction: maire/, 'fonction: autre');
    const newGap = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', '-f', 'json', ...TODAY]);
    expect(newGap.code).toBe(1);
    const files = JSON.parse(newGap.stdout).files;
    expect(files[1].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['presidence-elu']);
    expect(files[0].findings).toEqual([]);
    edit('complet.yaml', /fonction: autre/, 'fonction: maire');

    // Fixing a gap (a second COPIL meeting): the run passes and says the baseline can be pruned.
    edit('avec-ecarts.yaml', '      - date: 2025-06-19\n  groupes_travail', '      - date: 2025-06-19\n      - date: 2025-11-04\n  groupes_travail');
    const fixed = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', ...TODAY]);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe('1 entrée de la base de référence est devenue inutile : lancez `clsm baseline --prune`.\n');

    // Pruning lowers the counts to today's findings and drops the empty entries; it never raises one.
    edit('complet.yaml', /fonction: maire/, 'fonction: autre');
    const prune = await run(['baseline', 'profils', '--prune', ...TODAY]);
    expect([prune.code, prune.stdout]).toEqual([0, 'Base de référence « clsm-baseline.json » allégée : 1 entrée retirée, aucun nombre abaissé.\n']);
    const pruned = readBaseline();
    expect(pruned.files['profils/avec-ecarts.yaml']['copil-reunions']).toBeUndefined();
    expect(pruned.files['profils/complet.yaml']).toBeUndefined();
    const after = await run(['check', 'profils', '--baseline', 'clsm-baseline.json', ...TODAY]);
    expect(after.code).toBe(1);
    expect(after.stderr).toBe('');
  });

  it('is pruned to today’s counts, never above what it recorded', () => {
    const today = new Map<string, Record<string, number>>([
      ['a.yaml', { 'copil-reunions': 3, 'strategie-objectifs': 1 }],
      ['b.yaml', {}],
    ]);
    const old = { 'a.yaml': { 'copil-reunions': 1, 'strategie-objectifs': 4, 'suivi-bilan': 1 }, 'b.yaml': { 'suivi-bilan': 2 }, 'parti.yaml': { x: 1 }, 'ailleurs.yaml': { y: 2 } };
    expect(pruneBaseline(old, today, (file) => file === 'ailleurs.yaml')).toEqual({
      files: { 'a.yaml': { 'copil-reunions': 1, 'strategie-objectifs': 1 }, 'ailleurs.yaml': { y: 2 } },
      removed: 3,
      lowered: 1,
    });
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
    ['another version', '{ "schemaVersion": 2, "ruleset": "r", "files": {} }', /^clsm : la base de référence « b\.json » n’est pas valide à « schemaVersion » : il faut « "schemaVersion": 1 » ; écrivez-la de nouveau avec `clsm baseline --force`\.\n$/],
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
