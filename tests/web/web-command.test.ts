// `clsm web [-o FILE]`: the shipped page, written where asked, never over a file that is not a clsm page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const shipped = fs.readFileSync(path.join(root, 'dist', 'clsm.html'), 'utf8');
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-web-cmd-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('clsm web', () => {
  it('writes clsm.html by default, the page the package ships, and says how to open it', async () => {
    const result = await runCli(['web'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'clsm.html'), 'utf8')).toBe(shipped);
    expect(result.stderr).toBe('Page écrite\u00a0: clsm.html. Ouvrez-la dans votre navigateur (double-clic)\u202f; elle fonctionne hors ligne et n’envoie aucune donnée.\n');
  });
  it('writes to standard output with -o -', async () => {
    const result = await runCli(['web', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(shipped);
  });
  it('replaces an earlier clsm page, never another file', async () => {
    fs.writeFileSync(path.join(dir, 'old.html'), shipped.replace('</body>', '<!-- ancienne version --></body>'));
    expect((await runCli(['web', '-o', 'old.html'], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'old.html'), 'utf8')).toBe(shipped);
    fs.writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><title>Notre site</title>');
    const refused = await runCli(['web', '-o', 'index.html'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refus de remplacer «\u00a0index.html\u00a0»\u00a0: ce fichier n’est pas une page écrite par clsm');
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<!DOCTYPE html><title>Notre site</title>');
    const english = await runCli(['web', '-o', 'profil.yaml', '--lang', 'en'], { cwd: dir });
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('this file is a profile');
  });
});
