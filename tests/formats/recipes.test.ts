// The CI recipes of the README, run as they are written: every `clsm …` line of their code blocks, on the examples.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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

/** A code block of the README's CI section, by the comment on its first line (`# .gitlab-ci.yml`). */
function block(first: string): string {
  const start = section.indexOf(`# ${first}\n`);
  expect(start, first).toBeGreaterThan(-1);
  return section.slice(start, section.indexOf('```', start));
}

describe('the README’s CI files, validated', () => {
  it('the GitHub workflow is complete (on: included): action-validator accepts it, and refuses it without on:', () => {
    const workflow = path.join(dir, 'clsm.yml');
    fs.writeFileSync(workflow, block('.github/workflows/clsm.yml'));
    const validator = path.join(root, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
    const valid = spawnSync(process.execPath, [validator, workflow], { encoding: 'utf8' });
    expect(valid.status, valid.stdout + valid.stderr).toBe(0);
    fs.writeFileSync(workflow, block('.github/workflows/clsm.yml').replace(/^on:\n(?: {2}.*\n)+/m, ''));
    expect(spawnSync(process.execPath, [validator, workflow], { encoding: 'utf8' }).status).not.toBe(0);
  });

  it('the GitLab job validates against GitLab’s own schema of .gitlab-ci.yml', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'formats', 'official', 'gitlab-ci.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const job = parse(block('.gitlab-ci.yml'));
    expect(validate(job), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ clsm: { script: 'clsm check', artifacts: { reports: { codequality: 42 } } } })).toBe(false);
  });

  it('the pre-commit recipe narrows the hook to the folder of profiles, and the hook never takes hidden files', () => {
    expect(parse(block('.pre-commit-config.yaml')).repos[0].hooks[0]).toMatchObject({ id: 'clsm-check', files: '^profils/' });
    const hook = parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8'))[0];
    const exclude = new RegExp(hook.exclude);
    for (const file of ['.gitlab-ci.yml', '.pre-commit-config.yaml', '.github/workflows/clsm.yml', 'profils/ars.regles.yaml']) expect(exclude.test(file), file).toBe(true);
    expect(exclude.test('profils/lille.yaml')).toBe(false);
  });
});
