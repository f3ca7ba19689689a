// JUnit output validated against the XSD of Jenkins' xUnit plugin by xmllint (Debian libxml2-utils), including
// profiles whose text holds `<`, `&`, `]]>` and control characters.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const xsd = path.join(root, 'tests', 'formats', 'official', 'junit-10.xsd');
const HOSTILE = '<b>x</b> & ]]> \u0001\u0008 "q" \'a\' fin';
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-junit-'));
  const example = (name: string) => fs.readFileSync(path.join(root, 'examples', name), 'utf8');
  fs.mkdirSync(path.join(dir, 'profils'));
  fs.writeFileSync(path.join(dir, 'profils', 'a.yaml'), example('avec-ecarts.yaml').replace('- nom: Jeunesse', `- nom: ${JSON.stringify(HOSTILE)}`));
  fs.writeFileSync(path.join(dir, 'profils', 'b.yaml'), example('complet.yaml'));
  fs.writeFileSync(path.join(dir, 'profils', 'c <&>.yaml'), example('complet.yaml').replace('region: "32"', 'region: 32'));
  fs.writeFileSync(path.join(dir, 'profils', 'd.yaml'), 'version: 1\nclsm: [\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function xmllint(file: string) {
  return spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
}

it.each([['error'], ['warning'], ['never']])('validates against the JUnit XSD (--fail-on %s), with hostile text kept as text', async (failOn) => {
  const { code, stdout } = await runCli(['check', 'profils', '-f', 'junit', '--fail-on', failOn, '--today', '2026-01-15'], { cwd: dir });
  expect([0, 1]).toContain(code);
  const file = path.join(dir, `r-${failOn}.xml`);
  fs.writeFileSync(file, stdout);
  const result = xmllint(file);
  expect(result.stderr).toBe(`${file} validates\n`);
  expect(result.status).toBe(0);
  expect(stdout).toContain('&lt;b&gt;x&lt;/b&gt; &amp; ]]&gt;  &quot;q&quot; &apos;a&apos; fin');
  expect(stdout).not.toMatch(/[\u0001\u0008]/);
  const failures = failOn === 'never' ? 0 : 1;
  expect(stdout).toContain(`<testsuite name="profils/c &lt;&amp;&gt;.yaml" tests="1" failures="${failures}" errors="0" skipped="0">`);
  expect(stdout).toMatch(failOn === 'never' ? /name="yaml-syntaxe">\n {6}<system-out>/ : /<testcase classname="profils\/d\.yaml" name="yaml-syntaxe">\n {6}<failure message="Le crochet/);
  if (failOn === 'never') expect(stdout).not.toContain('<failure');
  if (failOn === 'warning') expect(stdout).toMatch(/name="coordination-formation">\n {6}<failure/);
  if (failOn === 'error') expect(stdout).toMatch(/name="coordination-formation">\n {6}<system-out>/);
  // The waived rule of the example is skipped.
  expect(stdout).toMatch(/name="coordination-temps-plein">\n {6}<skipped message="écart couvert par une dérogation ou la base de référence"\/>/);
});
