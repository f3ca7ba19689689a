// Seeded mutations of the examples, checked in batches through the command line: never a stack trace nor an
// internal error, an exit code of 0, 1 or 2, a JSON report valid against schemas/report.schema.json, and the
// same bytes twice. CLSM_FUZZ_RUNS=5000 (and CLSM_FUZZ_SEED) run it longer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };
import { runCli } from './helpers/run-cli.js';

const RUNS = Number(process.env.CLSM_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.CLSM_FUZZ_SEED ?? 20261124);
const BATCH = 50;
const examples = fs.readdirSync(path.join(import.meta.dirname, '..', 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => fs.readFileSync(path.join(import.meta.dirname, '..', 'examples', name), 'utf8'));
const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

const nasty = fc.constantFrom(
  '&a [*a]', '*a', '&a x', '!!binary aGk=', '!!js/undefined', '? { a: 1 }', '{ a: 1, a: 2 }', '[[[[[[', '"\\u001b[2J"',
  '"\\u202e"', 'constructor', '__proto__', 'toString', '0,5', '12 000', '"30 000 €"', '-1', '1e400', '.nan', '~', '""',
  '2025-02-30', '9999-12-31', "'", '"', '|', '>-', '---', '...', '%YAML 1.2', '\t', 'é\u0301', '\ud800',
);

/** One mutation: replace a value, delete or duplicate a line, insert a hostile line, or cut the text. */
const mutation = fc.oneof(
  fc.tuple(fc.nat(), nasty).map(([n, value]) => (text: string) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines[i] = /:\s/.test(lines[i]!) ? lines[i]!.replace(/:\s.*$/, `: ${value}`) : `${lines[i]} ${value}`;
    return lines.join('\n');
  }),
  fc.nat().map((n) => (text: string) => text.split('\n').filter((_, i, all) => i !== n % all.length).join('\n')),
  fc.nat().map((n) => (text: string) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), nasty).map(([n, value]) => (text: string) => {
    const lines = text.split('\n');
    lines.splice(n % lines.length, 0, `${' '.repeat(n % 7)}${value}: ${value}`);
    return lines.join('\n');
  }),
  fc.nat().map((n) => (text: string) => text.slice(0, n % text.length)),
);

const profile = fc.tuple(fc.nat(examples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([which, steps]) => steps.reduce((text, step) => step(text), examples[which]!));

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-fuzz-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const report0 = (stdout: string) => JSON.parse(stdout) as { summary: { error: number } };

describe(`fuzz: ${RUNS} mutated profiles (seed ${SEED})`, () => {
  it('never crash, always answer with a valid, reproducible report', async () => {
    const profiles = fc.sample(profile, { numRuns: RUNS, seed: SEED });
    for (let start = 0; start < profiles.length; start += BATCH) {
      const folder = path.join(dir, `lot-${start}`);
      fs.mkdirSync(folder);
      profiles.slice(start, start + BATCH).forEach((text, i) => fs.writeFileSync(path.join(folder, `p${String(i).padStart(3, '0')}.yaml`), text));
      const args = ['check', folder, '-f', 'json', '--today', '2026-01-15'];
      const first = await runCli(args, { cwd: dir });
      const second = await runCli(args, { cwd: dir });
      // Every file is readable: the exit code follows the report (an error finding in a valid or invalid file).
      expect(first.code).toBe(report0(first.stdout).summary.error > 0 ? 1 : 0);
      expect(first.stderr, first.stderr).not.toMatch(/\n\s+at |erreur interne/);
      const report = JSON.parse(first.stdout);
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
      expect(report.summary.files).toBe(Math.min(BATCH, profiles.length - start));
      expect(second.stdout).toBe(first.stdout);
      expect(second.code).toBe(first.code);
      const text = await runCli(['check', folder, '--today', '2026-01-15'], { cwd: dir });
      expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  }, 120_000);
});

const rulesetText = fs.readFileSync(path.join(import.meta.dirname, '..', 'examples', 'ars-idf-2026.regles.yaml'), 'utf8');
const baselineText = JSON.stringify(
  { schemaVersion: 1, ruleset: 'referentiel-2025', files: { 'avec-ecarts.yaml': { 'copil-reunions': 1, 'copil-composition-minimale': 1 }, 'en-sommeil.yaml': { 'assemblee-pleniere': 1 } } },
  null,
  2,
);
const ruleset = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((steps) => steps.reduce((text, step) => step(text), rulesetText));
const baseline = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((steps) => steps.reduce((text, step) => step(text), baselineText));
const RULESET_RUNS = Math.max(20, Math.round(RUNS / 5));

describe(`fuzz: ${RULESET_RUNS} mutated rulesets and baselines (seed ${SEED})`, () => {
  it('a ruleset or a baseline, however broken, is used or refused in one sentence (exit 2), never a crash', async () => {
    const examplesDir = path.join(import.meta.dirname, '..', 'examples');
    const rulesets = fc.sample(ruleset, { numRuns: RULESET_RUNS, seed: SEED });
    const baselines = fc.sample(baseline, { numRuns: RULESET_RUNS, seed: SEED + 1 });
    for (let i = 0; i < RULESET_RUNS; i++) {
      fs.writeFileSync(path.join(dir, 'fuzz.regles.yaml'), rulesets[i]!);
      fs.writeFileSync(path.join(dir, 'fuzz-baseline.json'), baselines[i]!);
      for (const args of [
        ['check', examplesDir, '--ruleset', 'fuzz.regles.yaml', '-f', 'json', '--today', '2026-01-15'],
        ['check', examplesDir, '--baseline', 'fuzz-baseline.json', '-f', 'json', '--today', '2026-01-15'],
      ]) {
        const result = await runCli(args, { cwd: dir });
        expect([0, 1, 2], result.stderr).toContain(result.code);
        expect(result.stderr, result.stderr).not.toMatch(/\n\s+at |erreur interne|TypeError/);
        if (result.code === 2) {
          expect(result.stdout).toBe('');
          expect(result.stderr).toMatch(/^clsm\u00a0: /);
        } else expect(validateReport(JSON.parse(result.stdout)), JSON.stringify(validateReport.errors)).toBe(true);
      }
    }
  }, 120_000);
});
