// French as a public institution publishes it, in every French text the tool prints or ships: no plain space
// before « : ; ? ! » nor inside « », curly apostrophes, no "(s)" plural, no "?.", no ISO date in a sentence.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/index.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { catalogue } from '../src/i18n/index.js';
import { runCli } from './helpers/run-cli.js';
import { initTexts } from '../src/init/texts.js';
import { frenchTypography } from '../src/i18n/typography.js';

const root = path.resolve(import.meta.dirname, '..');

/** The faults of a French text; code spans, « quoted » profile values and paths are left out. */
function faults(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/g, '')
    .replace(/«\u00a0[^»]*\u00a0»/g, '«»')
    .replace(/[a-z0-9_./-]+\.ya?ml/gi, '');
  const found: string[] = [];
  if (/ [:;?!](\s|$)/.test(prose)) found.push('espace ordinaire avant : ; ? !');
  if (/« | »/.test(prose)) found.push('espace ordinaire dans « »');
  if (/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(prose)) found.push('apostrophe droite');
  if (/\(s\)/.test(prose)) found.push('pluriel « (s) »');
  if (/\?\./.test(prose)) found.push('« ?. »');
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(prose)) found.push('date ISO');
  return found;
}

function expectClean(label: string, texts: Iterable<string>): void {
  const bad = [...texts].map((text) => [text, faults(text)] as const).filter(([, found]) => found.length > 0);
  expect(bad.map(([text, found]) => `${label} : ${found.join(', ')} — ${text}`)).toEqual([]);
}

describe('French typography', () => {
  it('in every finding of the fixtures and examples (message, remediation, reference)', () => {
    const texts: string[] = [];
    const dirs = ['tests/fixtures/valid', 'tests/fixtures/invalid', 'examples'];
    for (const dir of dirs) {
      for (const name of fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.yaml') && !f.includes('.regles.'))) {
        const report = checkText(fs.readFileSync(path.join(root, dir, name)), { today: '2026-01-15' });
        for (const finding of [...report.findings, ...report.waived]) {
          // Profile values quoted in a message are the profile's own text.
          texts.push(finding.message, finding.remediation, finding.reference);
        }
      }
    }
    expectClean('écart', texts);
  });

  it('in every text of the national ruleset', () => {
    const ruleset = loadRuleset('referentiel-2025', catalogue('fr'), '.');
    expectClean(
      'règle',
      ruleset.rules.flatMap((rule) => [rule.message.fr, rule.remediation.fr, rule.description?.fr ?? '', rule.rationale?.fr ?? '', rule.reference.fr]),
    );
    expectClean('libellé', ruleset.labels.fr.values());
  });

  it('in every rule doc page, outside code', () => {
    for (const name of fs.readdirSync(path.join(root, 'rules', 'docs'))) {
      const text = fs.readFileSync(path.join(root, 'rules', 'docs', name), 'utf8').replace(/```[\s\S]*?```/g, '');
      expectClean(name, text.split('\n').filter((line) => !/^\|?[-| ]+\|?$/.test(line)));
    }
  });

  it('in every title and description of the profile schema', () => {
    const texts: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'title' || key === 'description') && typeof value === 'string') texts.push(value);
          else walk(value);
        }
    };
    walk(JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'profil-clsm.schema.json'), 'utf8')));
    expectClean('schéma', texts);
  });

  it('in every help line', async () => {
    const lines: string[] = [];
    for (const command of ['check', 'stats', 'init', 'baseline', 'rules', 'explain', 'schema']) {
      const { stdout } = await runCli([command, '--help'], { cwd: root });
      lines.push(...stdout.split('\n'));
    }
    lines.push(...(await runCli([], { cwd: root })).stderr.split('\n'));
    expectClean('aide', lines.filter((line) => !/^ {2,}[-<[]/.test(line) || line.includes(' : ')));
  });

  it('in everything clsm init says or writes (after its typography pass)', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(frenchTypography(value));
      else if (typeof value === 'function') collect((value as (...args: unknown[]) => unknown)('x.yaml', 2));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(initTexts('fr'));
    expectClean('init', texts);
  });
});

