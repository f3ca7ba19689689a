// `clsm check --split DIR`: one report per CLSM, named after its identifiant, equal to the report of that file
// checked alone; nothing replaced without --force, and then nothing written at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const TODAY = ['--today', '2026-03-14'];
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-split-'));
  fs.cpSync(path.join(root, 'examples'), path.join(dir, 'profils'), { recursive: true });
  // Same identifiant twice: the second file gets a name of its own.
  fs.writeFileSync(path.join(dir, 'profils', 'zz-copie.yaml'), fs.readFileSync(path.join(root, 'examples', 'complet.yaml')));
  fs.mkdirSync(path.join(dir, 'rapports'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('clsm check --split', () => {
  it('writes one report per CLSM, each equal to that file checked alone', async () => {
    const result = await runCli(['check', 'profils', '--split', 'rapports', '-f', 'html', ...TODAY], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('5 rapports écrits dans rapports, un par CLSM.\n');
    expect(fs.readdirSync(path.join(dir, 'rapports')).sort()).toEqual(['pays-de-morlaix.html', 'saint-flour.html', 'val-de-sambre.html', 'villeneuve-dascq-2.html', 'villeneuve-dascq.html']);
    for (const [name, file] of [
      ['pays-de-morlaix.html', 'profils/avec-ecarts.yaml'],
      ['villeneuve-dascq.html', 'profils/complet.yaml'],
    ]) {
      const alone = await runCli(['check', file!, '-f', 'html', ...TODAY], { cwd: dir });
      expect(fs.readFileSync(path.join(dir, 'rapports', name!), 'utf8'), name).toBe(alone.stdout);
    }
    // The copy is the second profile with that identifiant in the run: its report says so.
    expect(fs.readFileSync(path.join(dir, 'rapports', 'villeneuve-dascq-2.html'), 'utf8')).toContain('identifiant-doublon');
  });

  it('refuses to replace a report without --force, writing nothing; replaces them all with it; markdown too', async () => {
    fs.writeFileSync(path.join(dir, 'rapports', 'saint-flour.html'), 'ancien');
    const refused = await runCli(['check', 'profils', '--split', 'rapports', '-f', 'html', ...TODAY], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('«\u00a0rapports/saint-flour.html\u00a0» existe déjà\u00a0: aucun rapport n’a été écrit. Ajoutez --force');
    expect(fs.readdirSync(path.join(dir, 'rapports'))).toEqual(['saint-flour.html']);
    expect((await runCli(['check', 'profils', '--split', 'rapports', '-f', 'html', '--force', ...TODAY], { cwd: dir })).code).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'rapports', 'saint-flour.html'), 'utf8')).toContain('<!DOCTYPE html>');
    await runCli(['check', 'profils', '--split', 'rapports', '-f', 'markdown', ...TODAY], { cwd: dir });
    expect(fs.readdirSync(path.join(dir, 'rapports')).filter((name) => name.endsWith('.md'))).toHaveLength(5);
  });

  it('says what to do with another format, a missing folder or a file', async () => {
    const cases: Array<[string[], string]> = [
      [['--split', 'rapports'], '--split écrit un rapport par CLSM en html ou en markdown, pas en text\u00a0: ajoutez -f html ou -f markdown.'],
      [['--split', 'absent', '-f', 'html'], 'le dossier «\u00a0absent\u00a0» de --split n’existe pas\u00a0: créez-le d’abord.'],
      [['--split', 'profils/complet.yaml', '-f', 'html'], '«\u00a0profils/complet.yaml\u00a0» n’est pas un dossier\u00a0: --split attend le dossier où écrire un rapport par CLSM.'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['check', 'profils', ...args], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`clsm\u00a0: ${message}\n`);
    }
  });
});
