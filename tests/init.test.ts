// `clsm init` without questions: the template, next year's profile, the refusal without a terminal; each written
// file passes the schema and keeps its comments. The questionnaire in a real terminal: tests/system/init-terminal.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '../src/index.js';
import { nextYearName } from '../src/commands/init.js';
import { dateAnswer, identifierFrom, numberAnswer } from '../src/init/questionnaire.js';
import { runCli } from './helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = ['--today', '2026-01-15'];
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-init-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('clsm init without a terminal', () => {
  it('says which option to use', async () => {
    const { code, stderr } = await runCli(['init', 'x.yaml'], { cwd: tmp });
    expect(code).toBe(2);
    expect(stderr).toContain('utilisez --template pour écrire un profil commenté à compléter, ou --from PROFIL');
    expect(fs.existsSync(path.join(tmp, 'x.yaml'))).toBe(false);
  });

  it('--template writes every block with comments; the profile passes the schema; never replaces a file without --force', async () => {
    const first = await runCli(['init', '--template', 'modele.yaml', ...TODAY], { cwd: tmp });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('Profil écrit dans «\u00a0modele.yaml\u00a0».\nComplétez-le dans un éditeur (les valeurs sont des exemples), puis vérifiez-le\u00a0: clsm check modele.yaml\n');
    const text = fs.readFileSync(path.join(tmp, 'modele.yaml'), 'utf8');
    expect(checkText(text, { today: '2026-01-15' }).invalid).toBe(false);
    for (const block of ['clsm', 'portage', 'gouvernance', 'participation', 'coordination', 'financement', 'strategie', 'suivi', 'articulations'])
      expect(text).toMatch(new RegExp(`\\n# [^\\n]+\\n${block}:\\n`));
    fs.writeFileSync(path.join(tmp, 'modele.yaml'), 'mon travail\n');
    const again = await runCli(['init', '--template', 'modele.yaml'], { cwd: tmp });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('clsm\u00a0: le fichier «\u00a0modele.yaml\u00a0» existe déjà\u00a0: choisissez un autre nom, ou ajoutez --force pour le remplacer.\n');
    expect(fs.readFileSync(path.join(tmp, 'modele.yaml'), 'utf8')).toBe('mon travail\n');
    expect((await runCli(['init', '--template', 'modele.yaml', '--force'], { cwd: tmp })).code).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'modele.yaml'), 'utf8')).toBe(text);
  });

  it('--from starts next year’s profile: same comments, year moved on, old meetings gone, groups at 0, expired waivers gone', async () => {
    const source = fs.readFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'), 'utf8');
    fs.writeFileSync(path.join(tmp, 'morlaix-2025.yaml'), source);
    const { code, stdout } = await runCli(['init', '--from', 'morlaix-2025.yaml', ...TODAY], { cwd: tmp });
    expect(code).toBe(0);
    expect(stdout).toContain('Profil écrit dans «\u00a0morlaix-2026.yaml\u00a0».');
    expect(stdout).toContain('Année de référence\u00a0: 2026');
    const text = fs.readFileSync(path.join(tmp, 'morlaix-2026.yaml'), 'utf8');
    expect(fs.readFileSync(path.join(tmp, 'morlaix-2025.yaml'), 'utf8')).toBe(source);
    const comments = (t: string) => t.split('\n').filter((line) => line.trimStart().startsWith('#'));
    // The person's comments kept; one more above the funding: last year's amounts are kept, to be confirmed.
    expect(comments(text).filter((line) => !line.includes('à confirmer'))).toEqual(comments(source));
    expect(text).toContain('annee_reference: 2026\n');
    expect(text).toMatch(/financement:\n {2}annee: 2026\n {2}# Montants de 2025\u00a0: à confirmer pour cette année\.\n {2}sources:\n/);
    // What changed is said, one line each.
    expect(stdout).toContain('Ce qui a changé\u00a0:\n- Année de référence\u00a0: 2025 → 2026.\n- Financement\u00a0: année 2026\u202f; les 2\u00a0montants sont gardés'.replace('2\u00a0montants', '2 montants'));
    expect(stdout).toContain('- gouvernance.copil.reunions\u00a0: 1 réunion d’une année passée retirée.');
    expect(text).not.toMatch(/date: 2025-/);
    expect(text).not.toMatch(/nombre_reunions: [1-9]/);
    expect(checkText(text, { today: '2026-01-15' }).invalid).toBe(false);
    const refused = await runCli(['init', '--from', 'morlaix-2025.yaml', 'morlaix-2025.yaml', '--force'], { cwd: tmp });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('est le profil de départ');
  });

  it('--from adds the schema modeline to a profile that had none', async () => {
    const source = fs.readFileSync(path.join(root, 'examples', 'complet.yaml'), 'utf8').replace(/^# yaml-language-server.*\n/, '');
    fs.writeFileSync(path.join(tmp, 'sans-ligne.yaml'), source);
    expect((await runCli(['init', '--from', 'sans-ligne.yaml', '--year', '2026', ...TODAY], { cwd: tmp })).code).toBe(0);
    const text = fs.readFileSync(path.join(tmp, 'sans-ligne-2026.yaml'), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=https://clsm.dev/schemas/profil-clsm.schema.json', source.split('\n')[0]]);
  });

  it('names next year’s file, reads dates and numbers as people type them, proposes an identifier', () => {
    expect(nextYearName('profils/douai-2025.yaml', 2026)).toBe('douai-2026.yaml');
    expect(nextYearName('douai.yaml', 2026)).toBe('douai-2026.yaml');
    expect(nextYearName('douai', 2026)).toBe('douai-2026.yaml');
    expect([dateAnswer('14/03/2025'), dateAnswer('4/3/2025'), dateAnswer('2025-03-14'), dateAnswer('31/02/2025'), dateAnswer('mars')]).toEqual(['2025-03-14', '2025-03-04', '2025-03-14', null, null]);
    expect([numberAnswer('0,5'), numberAnswer('42 000'), numberAnswer('30 000 €'), numberAnswer('beaucoup')]).toEqual([0.5, 42000, 30000, null]);
    expect([identifierFrom('CLSM de Villeneuve-d’Ascq'), identifierFrom('CLSM du Pays de Morlaix'), identifierFrom('Été')]).toEqual(['villeneuve-d-ascq', 'pays-de-morlaix', 'ete']);
  });
});
