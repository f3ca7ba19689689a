// An unexpected failure while checking one file names that file; the other files are still checked, exit 2.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { runCli } from './helpers/run-cli.js';

vi.mock('../src/check/check-source.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/check/check-source.js')>();
  return {
    ...original,
    checkSource: (display: string, ...rest: Parameters<typeof original.checkSource> extends [string, ...infer R] ? R : never) => {
      if (display.endsWith('panne.yaml')) throw new RangeError('Maximum call stack size exceeded');
      return original.checkSource(display, ...rest);
    },
  };
});

const base = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'valid', 'base.yaml'), 'utf8');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-internal-'));
  for (const name of ['a.yaml', 'panne.yaml', 'z.yaml']) fs.writeFileSync(path.join(dir, name), base.replace('identifiant: villeneuve-dascq', `identifiant: ${name.slice(0, -5)}`));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('names the file, checks the others, keeps the JSON whole and exits 2', async () => {
  const { code, stdout, stderr } = await runCli(['check', '.', '-f', 'json', '--today', '2026-01-15'], { cwd: dir });
  expect(code).toBe(2);
  expect(stderr).toBe(
    'clsm : erreur interne inattendue en vérifiant « panne.yaml » (Maximum call stack size exceeded) : les autres fichiers sont vérifiés ; signalez-la à l’équipe de clsm avec ce fichier.\n',
  );
  expect(JSON.parse(stdout).files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
    ['a.yaml', 'pass'],
    ['z.yaml', 'pass'],
  ]);
});
