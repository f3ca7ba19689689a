// Every fixture profile gets exactly the findings written beside it (rule id, severity, line, column, French message).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, statusOf } from '../src/index.js';

export const FIXTURE_TODAY = '2026-01-15';
const root = path.join(import.meta.dirname, 'fixtures');

interface Expected {
  status: string;
  findings: Array<{ ruleId: string; severity: string; line: number; column: number; message: string }>;
  waived?: Array<{ ruleId: string; line: number; column: number }>;
}

function fixtures(kind: 'valid' | 'invalid') {
  const files = fs.readdirSync(path.join(root, kind));
  return {
    profiles: files.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)),
    expectations: files.filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -14)),
  };
}

for (const kind of ['valid', 'invalid'] as const) {
  describe(`${kind} fixtures`, () => {
    const { profiles, expectations } = fixtures(kind);

    it('pairs every profile with its expectation and every expectation with its profile', () => {
      expect(profiles.filter((p) => !expectations.includes(p))).toEqual([]);
      expect(expectations.filter((e) => !profiles.includes(e))).toEqual([]);
    });

    it.each(profiles)('%s', (name) => {
      const bytes = fs.readFileSync(path.join(root, kind, `${name}.yaml`));
      const expected = JSON.parse(fs.readFileSync(path.join(root, kind, `${name}.expected.json`), 'utf8')) as Expected;
      const report = checkText(bytes, { today: FIXTURE_TODAY });
      expect(statusOf(report, 'error')).toBe(expected.status);
      expect(report.findings.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }))).toEqual(expected.findings);
      expect(report.waived.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual(expected.waived ?? []);
      if (kind === 'valid') expect(report.findings).toEqual([]);
      else expect(report.findings.length).toBeGreaterThan(0);
    });
  });
}
