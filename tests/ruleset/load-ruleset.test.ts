// The ruleset loading stage: a ruleset file is parsed with positions, validated against the generated
// schemas/ruleset.schema.json and each check's options schema, and built; each problem names file, line, column.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesetFromText, UserError } from '../../src/core.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-ruleset-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const rule = (id: string, check: string, options: string, extra = '') => `  - id: ${id}
    severity: error
    axis: gouvernance
    reference: { fr: "§4", en: "§4" }
${extra}    check: ${check}
    options: ${options}
    description: { fr: Décrit, en: Described }
    rationale: { fr: Pourquoi, en: Why }
    message: { fr: "Le COPIL s’est réuni {count} fois.", en: "{count} meetings." }
    remediation: { fr: Réunissez-le, en: Meet }
`;

const head = `id: mini
title: { fr: Mini, en: Mini }
rules:
`;

const VALID = head + rule('copil-trois-reunions', 'min-count', '{ path: gouvernance.copil.reunions, where: [{ field: date, in_year: true }], min: $min }', '    params: { min: 3 }\n');

describe('a ruleset file', () => {
  it('is loaded, its $param references resolved, and used by check', async () => {
    const ruleset = rulesetFromText(VALID, 'mini.yaml');
    expect(ruleset.rules.map((r) => [r.id, r.checkName, r.options])).toEqual([
      ['copil-trois-reunions', 'min-count', { path: 'gouvernance.copil.reunions', where: [{ field: 'date', in_year: true }], min: 3 }],
    ]);
    fs.writeFileSync(path.join(tmp, 'mini.yaml'), VALID);
    const { code, stdout } = await runCli(['check', path.join(root, 'examples', 'complet.yaml'), '--ruleset', path.join(tmp, 'mini.yaml'), '-f', 'json', '--today', '2026-01-15'], { cwd: tmp });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ruleset).toEqual({ id: 'mini' });
    expect(report.files[0].findings.map((f: { ruleId: string; message: string; line: number; column: number }) => [f.ruleId, f.message, f.line, f.column])).toEqual([
      ['copil-trois-reunions', 'Le COPIL s’est réuni 2 fois.', 46, 5],
    ]);
  });

  it.each([
    ['an unknown key', VALID.replace('    severity: error', '    severite: error'), 'mini.yaml:5:5 : jeu de règles invalide : « severite » : clé inconnue — vouliez-vous dire « severity » ?'],
    ['an unknown check', VALID.replace('check: min-count', 'check: min-counts'), 'mini.yaml:9:12 : jeu de règles invalide : rules[0].check : valeur « min-counts » non reconnue — vouliez-vous dire « min-count » ?'],
    ['options of the wrong type', VALID.replace('min: $min }', 'min: deux }'), 'mini.yaml:10:96 : jeu de règles invalide : rules[0].options.min : doit être un nombre.'],
    ['an option the check does not know', VALID.replace('min: $min }', 'min: $min, max: 4 }'), 'mini.yaml:10:102 : jeu de règles invalide : « max » : clé inconnue — vouliez-vous dire « min » ?'],
    ['a reference to a missing parameter', VALID.replace('min: $min }', 'min: $minimum }'), 'mini.yaml:10:96 : jeu de règles invalide : « $minimum » renvoie à un paramètre que la règle ne définit pas : ses paramètres sont min.'],
    ['a parameter of the wrong type', VALID.replace('params: { min: 3 }', 'params: { min: trois }'), 'mini.yaml:10:96 : jeu de règles invalide : rules[0].options.min : doit être un nombre.'],
    ['a YAML syntax error', VALID.replace('title: { fr: Mini, en: Mini }', 'title: { fr: Mini, en: Mini'), 'mini.yaml:3:1 : jeu de règles invalide : syntaxe YAML invalide : virgule manquante entre deux éléments entre crochets ou accolades.'],
    ['a list instead of a ruleset', '- a\n- b\n', 'mini.yaml:1:1 : jeu de règles invalide : le document n’est pas un bloc de clés : un jeu de règles commence par « id », « title » et « rules ».'],
  ])('with %s is refused at its line and column', (_case, text, message) => {
    expect(() => rulesetFromText(text, 'mini.yaml')).toThrow(UserError);
    expect(() => rulesetFromText(text, 'mini.yaml')).toThrow(message);
  });

  it('with a rule defined twice or a silencing rule that does not exist names each problem', () => {
    const twice = VALID + rule('copil-trois-reunions', 'truthy', '{ paths: [participation.retribution], mode: all }', '    unless_fired: [copil-trois-reunion]\n');
    let error: unknown;
    try {
      rulesetFromText(twice, 'mini.yaml');
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message.split('\n')).toEqual([
      'mini.yaml:15:9 : jeu de règles invalide : la règle « copil-trois-reunions » est définie deux fois : gardez-en une seule.',
      'mini.yaml:19:20 : jeu de règles invalide : la règle « copil-trois-reunion » n’existe pas dans ce jeu de règles — vouliez-vous dire « copil-trois-reunions » ?',
    ]);
  });

  it('that is invalid stops the command with exit code 2, one line per problem, and nothing on stdout', async () => {
    fs.writeFileSync(path.join(tmp, 'bad.yaml'), VALID.replace('min: $min }', 'min: deux }').replace('    severity: error', '    severite: error'));
    const { code, stdout, stderr } = await runCli(['check', path.join(root, 'examples', 'complet.yaml'), '--ruleset', 'bad.yaml'], { cwd: tmp });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'clsm : bad.yaml:5:5 : jeu de règles invalide : « severite » : clé inconnue — vouliez-vous dire « severity » ?\n' +
        'clsm : bad.yaml:10:96 : jeu de règles invalide : rules[0].options.min : doit être un nombre.\n',
    );
  });

  it('that does not exist is a usage error naming it', async () => {
    const { code, stderr } = await runCli(['rules', '--ruleset', 'absent.yaml'], { cwd: tmp });
    expect(code).toBe(2);
    expect(stderr).toBe('clsm : « absent.yaml » n’existe pas : vérifiez le chemin.\n');
  });

  it('lists its rules with clsm rules, in English too', async () => {
    fs.writeFileSync(path.join(tmp, 'mini.yaml'), VALID);
    const { code, stdout } = await runCli(['rules', '--ruleset', 'mini.yaml', '--format', 'json', '--lang', 'en'], { cwd: tmp });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rules.map((r: { id: string; params: object }) => [r.id, r.params])).toEqual([['copil-trois-reunions', { min: 3 }]]);
  });
});

describe('the built-in ruleset', () => {
  it('passes the stage a ruleset file goes through (the build embeds it only then)', () => {
    const text = fs.readFileSync(path.join(root, 'rules', 'referentiel-2025.yaml'), 'utf8');
    expect(rulesetFromText(text, 'referentiel-2025.yaml').rules).toHaveLength(49);
  });
});
