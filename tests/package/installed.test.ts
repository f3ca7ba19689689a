// The package as a user installs it: `npm pack`, then `npm install -g` into a temporary prefix, run from another
// folder; and `import … from 'clsm'` from a project that installed the tarball (with its types checked).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let installed: string;
let tarball: string;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function must(command: string, args: string[], cwd: string) {
  const result = run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} → ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-package-'));
  // The tests' global setup has just built dist/: pack it as it is.
  const packed = must(npm, ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], root);
  tarball = path.join(work, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  must(npm, ['install', '--global', '--prefix', path.join(work, 'prefix'), tarball, '--ignore-scripts', '--no-audit', '--no-fund', '--offline'], work);
  installed = path.join(work, 'prefix', 'bin', 'clsm');
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the installed command', () => {
  it('ships what the commands read and nothing of the sources', () => {
    const list = must('tar', ['-tzf', tarball], work).stdout.split('\n');
    for (const file of ['package/bin/clsm.js', 'package/dist/clsm.cjs', 'package/dist/index.js', 'package/dist/types/index.d.ts', 'package/examples/avec-ecarts.yaml', 'package/rules/docs/copil-reunions.md', 'package/schemas/profil-clsm.schema.json', 'package/schemas/ruleset.schema.json']) {
      expect(list).toContain(file);
    }
    expect(list.filter((file) => file.startsWith('package/src/') || file.startsWith('package/tests/'))).toEqual([]);
  });

  it('prints, from another folder, the same reports as the clone, in text and JSON', () => {
    const elsewhere = fs.mkdtempSync(path.join(work, 'elsewhere-'));
    fs.copyFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'), path.join(elsewhere, 'profil.yaml'));
    for (const format of ['text', 'json']) {
      const args = ['check', 'profil.yaml', '--format', format, '--today', '2026-01-15'];
      const fromPackage = run(installed, args, elsewhere);
      const fromClone = run(process.execPath, [path.join(root, 'bin', 'clsm.js'), ...args], elsewhere);
      expect(fromPackage.code).toBe(1);
      expect(fromPackage.stderr).toBe('');
      expect(fromPackage.stdout).toBe(fromClone.stdout);
      expect(fromPackage.stdout).toContain('copil-reunions');
    }
  });

  it('checks its own shipped example and runs every command', () => {
    const example = path.join(work, 'prefix', 'lib', 'node_modules', 'clsm', 'examples', 'complet.yaml');
    expect(run(installed, ['check', example, '--today', '2026-01-15'], work).code).toBe(0);
    const rules = run(installed, ['rules'], work);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toContain('Jeu de règles referentiel-2025 : 49 règles');
    const explain = run(installed, ['explain', 'copil-reunions'], work);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('Comment combler l’écart');
    const schema = run(installed, ['schema'], work);
    expect(schema.stdout).toBe(fs.readFileSync(path.join(root, 'schemas', 'profil-clsm.schema.json'), 'utf8'));
    const version = run(installed, ['--version'], work);
    expect(version.stdout.trim()).toBe((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});

describe('the installed library', () => {
  it('is imported as `clsm` from a project that installed the tarball, with its types', () => {
    const project = fs.mkdtempSync(path.join(work, 'project-'));
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-clsm', private: true, type: 'module' }));
    must(npm, ['install', tarball, '--ignore-scripts', '--no-audit', '--no-fund', '--offline'], project);
    const program = `
      import fs from 'node:fs';
      import { checkText, checkPaths, loadRuleset, formatReport, statusOf, type FileReport } from 'clsm';
      const text = fs.readFileSync('node_modules/clsm/examples/avec-ecarts.yaml', 'utf8');
      const report: FileReport = checkText(text, { path: 'avec-ecarts.yaml', today: '2026-01-15' });
      const files: FileReport[] = [];
      const batch = checkPaths(['node_modules/clsm/examples'], { today: '2026-01-15' });
      let step = await batch.next();
      while (!step.done) { files.push(step.value); step = await batch.next(); }
      const ruleset = loadRuleset('referentiel-2025');
      const json = JSON.parse(await formatReport([report], 'json', { ruleset }));
      // The issue's three reproductions: a run formatted in another language, with another threshold, with another ruleset.
      const refusal = async (work: () => Promise<string>) => work().then(() => 'formatted', (error: Error) => error.message);
      const otherLang = await refusal(() => formatReport([report], 'text', { lang: 'en' }));
      const junitNever = await formatReport([report], 'junit', { failOn: 'never' });
      const ars = loadRuleset('node_modules/clsm/examples/ars-idf-2026.regles.yaml');
      const arsReport = checkText(text, { path: 'avec-ecarts.yaml', today: '2026-01-15', ruleset: ars });
      const sarifWithout = await refusal(() => formatReport([arsReport], 'sarif'));
      const sarif = JSON.parse(await formatReport([arsReport], 'sarif', { ruleset: ars }));
      const rules = sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
      const mapped = sarif.runs[0].results.every((result: { ruleId: string; ruleIndex: number }) => rules[result.ruleIndex] === result.ruleId);
      console.log(JSON.stringify({ status: statusOf(report, 'error'), never: statusOf(report, 'never'), first: report.findings[0]?.ruleId, files: files.length, summary: step.value.files, errors: step.value.errors, rules: ruleset.rules.length, json: json.summary,
        otherLang, junitFailures: (junitNever.match(/<failure/g) ?? []).length, sarifWithout, mapped }));
    `;
    fs.writeFileSync(path.join(project, 'main.ts'), program);
    // Type-checked, then compiled to main.js and run as a user's project would.
    const tsc = run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(root, 'node_modules', '@types'), 'main.ts'], project);
    expect(tsc.stdout + tsc.stderr).toBe('');
    const result = must(process.execPath, ['main.js'], project);
    expect(JSON.parse(result.stdout)).toEqual({
      status: 'fail',
      first: 'copil-composition-minimale',
      files: 4,
      summary: 4,
      errors: [],
      rules: 49,
      json: { files: 1, pass: 0, fail: 1, invalid: 0, error: 4, warning: 13, info: 1 },
      never: 'pass',
      otherLang: 'the result of avec-ecarts.yaml is worded in French: check the profile again with lang: \'en\', or format with lang: \'fr\'.',
      junitFailures: 0,
      sarifWithout: 'le résultat de avec-ecarts.yaml a été vérifié avec le jeu de règles ars-idf-2026, pas referentiel-2025\u00a0: donnez à formatReport le jeu de règles de la vérification (option ruleset).',
      mapped: true,
    });
  });
});
