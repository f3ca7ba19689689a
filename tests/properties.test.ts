// Property-based: random mutations of the example profiles never crash the tool; every file gets a report
// (or one clear error line), and the same input twice gives byte-identical output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkText, statusOf } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';

const examples = ['complet.yaml', 'avec-ecarts.yaml', 'en-creation.yaml', 'en-sommeil.yaml'].map((name) =>
  fs.readFileSync(path.join(import.meta.dirname, '..', 'examples', name), 'utf8'),
);

const scalar = fc.oneof(
  fc.integer({ min: -5, max: 300000 }).map(String),
  fc.constantFrom('true', 'false', '~', '""', '[]', '{}', '2025-13-45', '"32"', 'autre', '- x', '&a x', '*a', '!!str 1', '[a, b]', '{ a: 1 }'),
  fc.string({ maxLength: 12 }),
);

type Mutation = (text: string) => string | Uint8Array;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n): Mutation => (text) => {
    const lines = text.split('\n');
    lines.splice(n % lines.length, 1);
    return lines.join('\n');
  }),
  fc.nat().map((n): Mutation => (text) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines.splice(i, 0, lines[i]!);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), scalar).map(([n, value]): Mutation => (text) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines[i] = lines[i]!.replace(/:\s.*$/, `: ${value}`);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.stringMatching(/^[a-zA-Z_éè]{1,12}$/)).map(([n, key]): Mutation => (text) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines[i] = lines[i]!.replace(/^(\s*-?\s*)[a-z_]+:/, `$1${key}:`);
    return lines.join('\n');
  }),
  fc.nat().map((n): Mutation => (text) => text.slice(0, n % (text.length + 1))),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, bytes]): Mutation => (text) => {
    const buffer = Buffer.from(text);
    const at = n % (buffer.length + 1);
    return Buffer.concat([buffer.subarray(0, at), Buffer.from(bytes), buffer.subarray(at)]);
  }),
  fc.nat().map((n): Mutation => (text) => {
    const lines = text.split('\n');
    const i = n % lines.length;
    lines[i] = `\t${lines[i]}`;
    return lines.join('\n');
  }),
);

const mutated = fc
  .tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) => {
    let current: string | Uint8Array = text;
    for (const mutate of mutations) current = mutate(typeof current === 'string' ? current : Buffer.from(current).toString('latin1'));
    return typeof current === 'string' ? Buffer.from(current) : Buffer.from(current);
  });

describe('mutated profiles', () => {
  it('cover valid, failing and invalid profiles alike (the generator is not degenerate)', () => {
    const statuses = new Set(fc.sample(mutated, { numRuns: 200, seed: 1 }).map((bytes) => statusOf(checkText(bytes, { today: '2026-01-15' }), 'error')));
    expect([...statuses].sort()).toEqual(['fail', 'invalid', 'pass']);
  });

  it('always get a located, worded report and never throw', () => {
    fc.assert(
      fc.property(mutated, (bytes) => {
        const report = checkText(bytes, { today: '2026-01-15' });
        expect(['pass', 'fail', 'invalid']).toContain(statusOf(report, 'error'));
        if (report.invalid) {
          expect(report.findings.length).toBeGreaterThan(0);
          for (const finding of report.findings) expect(['yaml-syntaxe', 'schema']).toContain(finding.ruleId);
        }
        for (const finding of [...report.findings, ...report.waived]) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.column).toBeGreaterThanOrEqual(1);
          expect(finding.message).toMatch(/\S/);
          expect(finding.message).not.toMatch(/undefined|\[object Object\]|\{[a-z_]+\}|NaN/);
        }
        expect(JSON.stringify(checkText(bytes, { today: '2026-01-15' }))).toBe(JSON.stringify(report));
      }),
      { numRuns: 400, seed: 20250513 },
    );
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-prop-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('through the CLI: exit 0 or 1, nothing on stderr, the same bytes twice, the file untouched', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, fc.constantFrom('text', 'json'), async (bytes, format) => {
        const file = path.join(dir, 'profil.yaml');
        fs.writeFileSync(file, bytes);
        const args = ['check', file, '-f', format, '--today', '2026-01-15'];
        const first = await runCli(args, { cwd: dir });
        const second = await runCli(args, { cwd: dir });
        expect([0, 1]).toContain(first.code);
        expect(first.stderr).toBe('');
        expect(second.stdout).toBe(first.stdout);
        expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      }),
      { numRuns: 60, seed: 20250513 },
    );
  });
});
