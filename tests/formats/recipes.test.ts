// The CI recipes of the README, run as they are written: every `clsm …` line of their code blocks, on the examples.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Intégration continue'), readme.indexOf('## Utiliser clsm comme bibliothèque'));
const commands = [...section.matchAll(/^\s*(?:- run: |- )?clsm (check .+)$/gm)].map((match) => match[1]!.trim());
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-recipes-'));
  fs.mkdirSync(path.join(dir, 'profils'));
  for (const name of ['avec-ecarts.yaml', 'complet.yaml']) fs.copyFileSync(path.join(root, 'examples', name), path.join(dir, 'profils', name));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the README’s CI recipes', () => {
  it('show the GitHub and GitLab commands', () => {
    expect(commands).toEqual([
      'check profils/ --format github --report sarif:clsm.sarif',
      'check profils/ --report gitlab:gl-code-quality.json --report junit:clsm-junit.xml',
    ]);
  });

  it.each(commands)('clsm %s runs and writes the files the CI reads', async (command) => {
    const args = command.split(/\s+/);
    const { code, stderr } = await runCli([...args, '--today', '2026-01-15'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    for (const spec of args.filter((_, i) => args[i - 1] === '--report')) {
      const file = path.join(dir, spec.split(':')[1]!);
      expect(fs.statSync(file).size).toBeGreaterThan(100);
    }
  });

  it('ship a pre-commit hook that runs clsm check on YAML files', () => {
    const hook = fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hook).toContain('id: clsm-check');
    expect(hook).toContain('entry: clsm check');
  });
});
