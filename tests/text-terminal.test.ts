// The text report as a coordinator sees it in a real terminal: a pseudo-terminal of 60, 80, 100 and 200 columns
// (`script`: util-linux's on Linux, BSD's on macOS and the BSDs), the built CLI, colours on. No line may be wider than
// the terminal. Windows has no `script` program nor pseudo-terminal a test can open without a native module: the
// suite is skipped there, and says so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widestLine } from '../src/report/text.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'bin', 'clsm.js');
let tmp: string;

/** Runs the CLI in a pseudo-terminal of that width; returns what the terminal received, colours removed. */
function inTerminal(columns: number, args: string[]): { screen: string; raw: string } {
  const command = `stty cols ${columns} rows 60; ${[process.execPath, cli, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')}`;
  // The report's exit code (1: errors found) is not this helper's concern; what the terminal shows is.
  // util-linux: script -qfec COMMAND FILE; BSD (macOS): script -q FILE COMMAND...
  const scriptArgs = process.platform === 'linux' ? ['-qfec', command, '/dev/null'] : ['-q', '/dev/null', '/bin/sh', '-c', command];
  const raw = spawnSync('script', scriptArgs, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } }).stdout;
  return { raw, screen: raw.replace(/\r/g, '').replace(/\u001b\[[0-9;]*m/g, '') };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-terminal-'));
  // Text a terminal shows two columns wide, a long unbroken word, a combining accent: still within the width.
  const base = fs.readFileSync(path.join(root, 'examples', 'avec-ecarts.yaml'), 'utf8');
  fs.writeFileSync(
    path.join(tmp, 'large.yaml'),
    base.replace(/^ {2}nom: .*$/m, '  nom: "心理健康委员会 🧠 CLSM_sans_espace_aucune_coupure_possible_dans_ce_nom_très_long e\u0301"'),
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const PSEUDO_TERMINAL = process.platform !== 'win32';

describe.skipIf(!PSEUDO_TERMINAL)('text report in a terminal (skipped on Windows: no pseudo-terminal without a native module)', () => {
  const args = ['check', 'examples', 'tests/fixtures/invalid/yaml-syntaxe_tabulation.yaml', '--today', '2026-01-15'];

  it.each([60, 80, 100])('at %i columns, prints findings as blocks and no line wider than the terminal', (columns) => {
    const { screen, raw } = inTerminal(columns, [...args, path.join(tmp, 'large.yaml')]);
    expect(raw).toContain('\u001b['); // a terminal: colours on
    expect(widestLine(screen)).toBeLessThanOrEqual(columns);
    expect(screen).not.toContain('┌');
    expect(screen).toContain('À traiter en premier — 4 erreurs\n33:5  erreur  copil-composition-minimale\n  Le profil ne déclare au COPIL aucun membre de la catégorie');
  });

  it('at 80×24, the last screen lists every error of the profile, one line each, then the totals', () => {
    const { screen } = inTerminal(80, ['check', 'examples/en-sommeil.yaml', '--today', '2026-01-15']);
    const last = screen.trimEnd().split('\n').slice(-24);
    const json = JSON.parse(spawnSync(process.execPath, [cli, 'check', 'examples/en-sommeil.yaml', '--today', '2026-01-15', '-f', 'json'], { cwd: root, encoding: 'utf8' }).stdout);
    const errors = json.files[0].findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(3);
    expect(last).toContain(`À traiter en premier, en résumé\u00a0: ${errors.length} erreurs`);
    for (const error of errors) expect(last.some((line) => line.startsWith(`  ${error.line}:${error.column}  ${error.message.slice(0, 30)}`)), error.ruleId).toBe(true);
    expect(last[last.length - 1]).toBe('1 fichier vérifié\u00a0: 0 sans écart bloquant, 1 avec écarts à combler, 0 invalide.');
    expect(widestLine(screen)).toBeLessThanOrEqual(80);
  });

  it('at 200 columns, uses tables, still within the width', () => {
    const { screen } = inTerminal(200, [...args, path.join(tmp, 'large.yaml')]);
    expect(widestLine(screen)).toBeLessThanOrEqual(200);
    expect(screen).toMatch(/À traiter en premier — 4 erreurs\n┌─+┬/);
    expect(screen).toMatch(/│ Fichier +│ CLSM +│ Région +│ Résultat +│ erreurs +│ avertissements +│ informations +│/);
    expect(screen).toMatch(/│ examples\/avec-ecarts\.yaml +│ CLSM du Pays de Morlaix +│ Bretagne +│ écarts à combler +│ 4 +│ 13 +│ 1 +│/);
  });

  it('puts errors first, then warnings, then infos, each group by line', () => {
    const { screen } = inTerminal(80, ['check', 'examples/avec-ecarts.yaml', '--today', '2026-01-15']);
    const headings = [...screen.matchAll(/^(À traiter en premier|Ensuite|Pour information) — .*$/gm)].map((m) => m[0]);
    expect(headings).toEqual([
      'À traiter en premier — 4 erreurs',
      'Ensuite — 13 avertissements (préconisations et contrôles de cohérence)',
      'Pour information — 1 information (repères et bonnes pratiques)',
    ]);
    const errorLines = [...screen.split('Ensuite')[0]!.matchAll(/^(\d+):\d+ {2}erreur {2}/gm)].map((m) => Number(m[1]));
    expect(errorLines).toEqual([33, 38, 50, 73]);
  });

  it('with --quiet, shows errors only, and only the files that have some, summary included', () => {
    const { screen } = inTerminal(80, ['check', 'examples', '--quiet', '--today', '2026-01-15']);
    expect(screen).not.toMatch(/avertissement {2}|Ensuite|Pour information/);
    expect(screen).not.toContain('complet.yaml');
    expect(screen).toContain('examples/avec-ecarts.yaml — CLSM du Pays de Morlaix · Bretagne\n  écarts à combler · 4 erreurs');
    expect(screen).toContain('examples/en-sommeil.yaml — CLSM de Val-de-Sambre · Hauts-de-France');
  });
});
