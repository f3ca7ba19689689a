// A message never states a fact the profile does not give (SPEC §4.1): every rule runs on the complete example with
// each block and field removed or emptied in turn, and each finding about a missing node must say what the profile
// does not declare (« Le profil ne déclare… », « n’indique pas… »), and name no number, no person, no category and no
// date that neither the profile, the ruleset nor the referential gives.
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkText, createSession, loadRuleset } from '../src/index.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-01-15';
const base = jsYaml.load(fs.readFileSync(path.join(root, 'examples', 'complet.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
const ruleset = loadRuleset('referentiel-2025');
const referential = ['instruction-2025-8.md', 'annexe-2.txt'].map((name) => fs.readFileSync(path.join(root, 'tests', 'referentiel', name), 'utf8')).join('\n');

type Path = Array<string | number>;

function paths(node: unknown, at: Path = []): Path[] {
  if (node === null || typeof node !== 'object') return [at];
  const children = Array.isArray(node) ? node.map((item, i) => paths(item, [...at, i])) : Object.entries(node).map(([key, value]) => paths(value, [...at, key]));
  return [at, ...children.flat()];
}

function valueAt(node: unknown, at: Path): unknown {
  return at.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), node);
}

/** The profile with the node at `at` removed (`empty`: replaced by an empty block or list). */
function variant(at: Path, empty: boolean): unknown {
  const copy = structuredClone(base);
  const parent = valueAt(copy, at.slice(0, -1)) as Record<string | number, unknown>;
  const key = at[at.length - 1]!;
  if (empty) parent[key] = Array.isArray(parent[key]) ? [] : {};
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

const missing = (value: unknown) => value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/** The words a message may name without the profile giving them: the ruleset's labels and the referential's words. */
const known = [...ruleset.labels.fr.values()].join(' ') + referential;

function faults(profile: unknown, finding: { ruleId: string; message: string; path: string }): string[] {
  const found: string[] = [];
  const rule = ruleset.byId.get(finding.ruleId)!;
  const node = finding.path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), profile);
  const text = JSON.stringify(profile);
  const numbers = new Set(text.match(/\d+(?:\.\d+)?/g));
  if (missing(node) && !/profil|déclar|indiqu/i.test(finding.message)) found.push('states a fact about a node the profile does not give');
  // The ruleset's parameters, the reference year, and the numbers the rule's own sentence states.
  const templates = [rule.message.fr, ...Object.values(rule.messages).map((text) => text.fr)].join(' ');
  const allowedNumbers = new Set([...Object.values(rule.params).map(String), '2025', '2024', '2026', ...(templates.match(/\d+/g) ?? [])]);
  for (const match of finding.message.replace(/«[^»]*»/g, '').matchAll(/(?<![\w-])(\d+(?:[.,]\d+)?)(?![\w-])/g)) {
    const number = match[1]!;
    // A count of what the profile declares (« Le profil déclare 0 réunion… ») is a fact about the profile.
    const declared = /déclare[^.;:]*$/.test(finding.message.slice(0, match.index));
    if (!declared && !allowedNumbers.has(number) && !numbers.has(number.replace(',', '.'))) found.push(`names the number ${number}`);
  }
  for (const match of finding.message.matchAll(/«\u00a0([^»]*)\u00a0»/g)) {
    const quoted = match[1]!;
    if (!text.includes(JSON.stringify(quoted).slice(1, -1)) && !known.replace(/[’']/g, "'").includes(quoted.replace(/[’']/g, "'"))) found.push(`names « ${quoted} »`);
  }
  return found;
}

describe('messages when data is missing', () => {
  const session = createSession();
  const cases = paths(base)
    .filter((at) => at.length > 0 && at[0] !== 'version' && at[0] !== 'annee_reference')
    .flatMap((at) => [{ at, empty: false }, ...(typeof valueAt(base, at) === 'object' ? [{ at, empty: true }] : [])]);

  it('finds a fault in a message that states a fact, so that the check below can fail', () => {
    const profile = variant(['gouvernance', 'copil', 'reunions'], false);
    expect(faults(profile, { ruleId: 'copil-reunions', path: 'gouvernance.copil.reunions', message: 'Le COPIL s’est réuni 0 fois en 2025.' })).toEqual(['states a fact about a node the profile does not give', 'names the number 0']);
    expect(faults(profile, { ruleId: 'coordination-formation', path: 'coordination', message: 'La personne «\u00a0Paul Durand\u00a0» n’a pas de formation.' })).toEqual(['names « Paul Durand »']);
  });

  it(`holds for every finding of ${cases.length} profiles with one node removed or emptied`, () => {
    const bad: string[] = [];
    let checked = 0;
    for (const { at, empty } of cases) {
      const profile = variant(at, empty);
      const report = checkText(JSON.stringify(profile), { today: TODAY, session });
      if (report.invalid) continue;
      checked++;
      for (const finding of report.findings) for (const fault of faults(profile, finding)) bad.push(`${empty ? 'vidé' : 'retiré'} ${at.join('.')} → ${finding.ruleId} : ${fault} — ${finding.message}`);
    }
    expect(checked).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
});
