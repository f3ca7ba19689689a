// The page's pure parts, without a browser: French habits read from inputs, form edits that keep the person's
// comments, and a batch of dropped files checked in the order and with the findings of `clsm check FOLDER/`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, sortInputFiles } from '../../src/check/check-files.js';
import { createSession } from '../../src/core.js';
import { catalogue } from '../../src/i18n/index.js';
import { resolveRuleset } from '../../src/core.js';
import { addItem, readProfile, removeItem, setValue, withModeline } from '../../src/web/profile-document.js';
import { readDate, readNumber, showDate, showNumber } from '../../src/web/values.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('French habits in the form', () => {
  it.each([
    ['42 000', true, 42000],
    ['42\u202f000', true, 42000],
    ['0,5', false, 0.5],
    ['12 000 €', false, 12000],
    ['', true, undefined],
  ])('reads « %s » as %s', (text, integer, value) => {
    expect(readNumber(text, integer)).toEqual({ ok: true, value });
  });
  it.each([['0,5', true], ['abc', false], ['1.2.3', false], ['4 2x', false]])('refuses « %s » (integer: %s)', (text, integer) => {
    expect(readNumber(text, integer)).toEqual({ ok: false });
  });
  it('reads 14/03/2026, 1/3/2026 and 2026-03-14, refuses 31/02/2026', () => {
    expect(readDate('14/03/2026')).toEqual({ ok: true, value: '2026-03-14' });
    expect(readDate('1/3/2026')).toEqual({ ok: true, value: '2026-03-01' });
    expect(readDate('2026-03-14')).toEqual({ ok: true, value: '2026-03-14' });
    expect(readDate('31/02/2026')).toEqual({ ok: false });
    expect(readDate('mars 2026')).toEqual({ ok: false });
  });
  it('shows numbers and dates as a French reader writes them', () => {
    expect(showNumber(42000, 'fr-FR')).toBe('42\u202f000');
    expect(showNumber(0.5, 'fr-FR')).toBe('0,5');
    expect(showDate('2026-03-14')).toBe('14/03/2026');
  });
});

describe('form edits on the YAML text', () => {
  const text = '# Mon CLSM\nversion: 1 # toujours 1\nclsm:\n  nom: CLSM de Lille # le nom usuel\n';

  it('changes one value and keeps every comment', () => {
    const edited = setValue(text, ['clsm', 'nom'], 'CLSM de Lille-Hellemmes');
    expect(edited).toBe('# Mon CLSM\nversion: 1 # toujours 1\nclsm:\n  nom: CLSM de Lille-Hellemmes # le nom usuel\n');
  });
  it('creates the blocks on the way, writes codes as strings, and removes a block left empty', () => {
    const edited = setValue(setValue(text, ['clsm', 'region'], '32'), ['portage', 'collectivite', 'type'], 'commune');
    expect(edited).toContain('  region: "32"\n');
    expect(edited).toContain('portage:\n  collectivite:\n    type: commune\n');
    expect(setValue(edited, ['portage', 'collectivite', 'type'], undefined)).not.toContain('portage');
  });
  it('adds and removes list items', () => {
    const added = addItem(text, ['gouvernance', 'copil', 'membres'], { categorie: 'elu' });
    expect(readProfile(added).data).toMatchObject({ gouvernance: { copil: { membres: [{ categorie: 'elu' }] } } });
    expect(removeItem(added, ['gouvernance', 'copil', 'membres'], 0)).not.toContain('membres');
  });
  it('reads a YAML slip as no data (the form waits) and saves with the schema modeline once', () => {
    expect(readProfile('clsm:\n  nom: a\n   id: b\n').data).toBeNull();
    const saved = withModeline(text);
    expect(saved.split('\n')[0]).toBe('# yaml-language-server: $schema=https://clsm.dev/schemas/profil-clsm.schema.json');
    expect(withModeline(saved)).toBe(saved);
  });
});

describe('a batch of dropped files', () => {
  it('is checked in the walk’s order, ruleset files and other names passed by, with the CLI’s findings', async () => {
    const examples = path.join(root, 'examples');
    const files = fs
      .readdirSync(examples)
      .reverse()
      .map((name) => ({ path: `examples/${name}`, bytes: new Uint8Array(fs.readFileSync(path.join(examples, name))) }));
    files.push({ path: 'examples/notes.txt', bytes: new Uint8Array([104, 105]) }, { path: 'examples/.cache/x.yaml', bytes: new Uint8Array() });
    const sorted = sortInputFiles(files);
    expect(sorted.profiles.map((file) => file.path)).toEqual(['examples/avec-ecarts.yaml', 'examples/complet.yaml', 'examples/en-creation.yaml', 'examples/en-sommeil.yaml']);
    expect(sorted.passedBy.map((file) => file.path).sort()).toEqual(['examples/.cache/x.yaml', 'examples/ars-idf-2026.regles.yaml', 'examples/notes.txt']);
    const options = { ruleset: resolveRuleset(undefined), lang: 'fr' as const, catalogue: catalogue('fr'), today: '2026-01-15' };
    const reports = checkFiles(sorted.profiles, options, createSession());
    const cli = await runCli(['check', 'examples/', '-f', 'json', '--today', '2026-01-15'], { cwd: root });
    const expected = JSON.parse(cli.stdout) as { files: Array<{ path: string; findings: unknown[] }> };
    expect(reports.map((report) => [report.path, report.findings])).toEqual(expected.files.map((file) => [file.path, file.findings]));
  });
});
