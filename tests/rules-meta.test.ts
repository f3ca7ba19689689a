// The ruleset against SPEC §4, and every rule's companions: reference, fr/en wording, doc page, fixture.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rulesetSchema from '../schemas/ruleset.schema.json' with { type: 'json' };
import { CHECKS } from '../src/checks/index.js';
import { catalogue } from '../src/i18n/index.js';
import { rulePage } from '../src/explain/rule-page.js';
import { loadRuleset } from '../src/ruleset/load.js';

const root = path.join(import.meta.dirname, '..');
const ruleset = loadRuleset('referentiel-2025', catalogue('fr'), root);

// SPEC §4, §4.1 (revision 3) and §11, copied by hand: id, severity, axis, † (also checked for en_creation).
const SPEC: Array<[string, string, string, boolean]> = [
  ['presidence-elu', 'error', 'gouvernance', true],
  ['portage-convention', 'info', 'gouvernance', true],
  ['portage-engagement-conjoint', 'warning', 'gouvernance', true],
  ['copil-composition-minimale', 'error', 'gouvernance', true],
  ['copil-acteurs-cles', 'warning', 'gouvernance', false],
  ['copil-reunions', 'error', 'gouvernance', false],
  ['groupes-travail', 'error', 'gouvernance', false],
  ['groupes-travail-personnes-concernees', 'warning', 'gouvernance', false],
  ['assemblee-pleniere', 'error', 'gouvernance', false],
  ['participation-moyens', 'warning', 'gouvernance', false],
  ['participation-habitants', 'warning', 'gouvernance', false],
  ['coordination-poste', 'error', 'coordination', true],
  ['coordination-temps-plein', 'warning', 'coordination', false],
  ['coordination-fiche-de-poste', 'warning', 'coordination', false],
  ['coordination-formation', 'warning', 'coordination', false],
  ['coordination-reseau', 'warning', 'coordination', false],
  ['financement-tripartite', 'warning', 'financement', false],
  ['financement-hors-coordination', 'warning', 'financement', false],
  ['financement-participation', 'info', 'financement', false],
  ['financement-annee', 'warning', 'coherence', false],
  ['financement-declare', 'warning', 'financement', false],
  ['strategie-diagnostic', 'error', 'strategie', false],
  ['strategie-diagnostic-ancien', 'info', 'strategie', false],
  ['strategie-feuille-de-route', 'error', 'strategie', false],
  ['strategie-objectifs', 'warning', 'strategie', false],
  ['strategie-objectifs-operationnels', 'warning', 'strategie', false],
  ['strategie-publics', 'warning', 'strategie', false],
  ['territoire-prioritaire', 'info', 'territoire', false],
  ['territoire-taille', 'info', 'territoire', false],
  ['territoire-population', 'warning', 'territoire', false],
  ['territoire-commune-inconnue', 'error', 'coherence', true],
  ['territoire-commune-ancienne', 'info', 'coherence', true],
  ['territoire-commune-nom', 'warning', 'coherence', true],
  ['territoire-hors-region', 'error', 'coherence', true],
  ['territoire-epci-inconnu', 'error', 'coherence', true],
  ['territoire-population-ecart', 'info', 'coherence', true],
  ['suivi-bilan', 'warning', 'suivi', false],
  ['suivi-evaluation', 'warning', 'suivi', true],
  ['suivi-evaluation-realisee', 'warning', 'suivi', false],
  ['suivi-capitalisation', 'warning', 'suivi', false],
  ['articulation-ptsm', 'warning', 'articulations', false],
  ['articulation-cls', 'warning', 'articulations', false],
  ['statut-en-sommeil', 'warning', 'coherence', true],
  ['coherence-date-future', 'warning', 'coherence', true],
  ['donnees-personnelles', 'warning', 'coherence', true],
  ['identifiant-doublon', 'error', 'coherence', true],
  ['derogation-inconnue', 'warning', 'coherence', true],
  ['derogation-expiree', 'info', 'coherence', true],
  ['derogation-inutile', 'info', 'coherence', true],
];

function expectedRuleIds(): Set<string> {
  const ids = new Set<string>();
  const dir = path.join(root, 'tests', 'fixtures', 'invalid');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { findings: Array<{ ruleId: string }> };
    for (const finding of expected.findings) ids.add(finding.ruleId);
  }
  return ids;
}

describe('referentiel-2025', () => {
  it('holds exactly the rules of SPEC §4, in its order, with their severity, axis and statuses', () => {
    expect(ruleset.rules.map((r) => [r.id, r.severity, r.axis, r.appliesTo.includes('en_creation')])).toEqual(SPEC);
    for (const rule of ruleset.rules) expect(rule.appliesTo).toEqual(expect.arrayContaining(['actif', 'en_sommeil']));
  });

  const fired = expectedRuleIds();
  it.each(ruleset.rules.map((r) => [r.id, r] as const))('%s has its reference, fr/en wording, doc page and a fixture that fires it', (id, rule) => {
    expect(rule.description).toBeDefined();
    expect(rule.rationale).toBeDefined();
    for (const text of [rule.reference, rule.message, rule.remediation, rule.description!, rule.rationale!]) {
      expect(text.fr.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    for (const text of [rule.message, rule.remediation, rule.description!, rule.rationale!]) expect(text.fr).not.toBe(text.en);
    // SPEC §4 gives the consistency rules no section of the referential ("—").
    // clsm's own rules say so: no reference, or « Règle de clsm » and the text it rests on.
    if (rule.axis === 'coherence') expect(rule.reference.fr).toMatch(/^(—|Règle de clsm \(.+\)|Code officiel géographique \(INSEE\).*)$/);
    else expect(rule.reference.fr).toMatch(/§\d|annexe|section III/);
    expect(fs.existsSync(path.join(root, 'rules', 'docs', `${id}.md`))).toBe(true);
    // A rule of the run (a duplicate identifier) compares files: its test is in tests/cli.test.ts.
    if (rule.check.traits.scope !== 'run') expect(fired.has(id)).toBe(true);
  });

  it.each(ruleset.rules.map((r) => r.id))('%s: its doc page carries the ruleset’s own texts (scripts/rule-docs.mjs), then an example that fires and one that does not', (id) => {
    const page = fs.readFileSync(path.join(root, 'rules', 'docs', `${id}.md`), 'utf8');
    expect(page.startsWith(rulePage(ruleset.byId.get(id)!, ruleset.labels.fr, 'fr', catalogue('fr')))).toBe(true);
    expect(page).toMatch(/## Exemple qui relève l’écart\n```yaml\n[^`]+```\n\n## Exemple sans écart\n```yaml\n[^`]+```\n/);
    // The reason quotes or paraphrases its source with the section, or says the rule is clsm’s own.
    expect(ruleset.byId.get(id)!.rationale!.fr).toMatch(/\((§\d|section III)|L\. 3221-2|annexe 2|[Rr]ègle (de cohérence )?de clsm|Une dérogation/);
  });

  it('has no doc page for a rule that does not exist', () => {
    const pages = fs.readdirSync(path.join(root, 'rules', 'docs')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.filter((page) => !ruleset.byId.has(page))).toEqual([]);
  });

  it('speaks of gaps, never of violations or non-compliance', () => {
    const french = ruleset.rules.flatMap((r) => [r.message.fr, r.remediation.fr, r.description!.fr]).join('\n');
    expect(french).not.toMatch(/violation|non[- ]conform|infraction/i);
  });
});

describe('check functions', () => {
  it('each has an options schema in schemas/ruleset.schema.json, and each schema a function', () => {
    const documented = rulesetSchema.$defs.rule.allOf.map((branch) => branch.if.properties.check.const).sort();
    expect(documented).toEqual([...CHECKS.keys()].sort());
  });
});

describe('registries', () => {
  const sources = (folder: string) =>
    fs
      .readdirSync(path.join(root, 'src', folder))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.slice(0, -3));

  // That each check is exercised by its table of tests is asserted by tests/checks/checks.test.ts itself.
  it('register every check file', () => {
    const infrastructure = ['index', 'types', 'define-check', 'schema-type', 'option-schemas', 'conditions'];
    expect(sources('checks').filter((file) => !infrastructure.includes(file)).sort()).toEqual([...CHECKS.keys()].sort());
  });

  it('register every report format file', async () => {
    const { FORMAT_NAMES } = await import('../src/report/formats.js');
    const infrastructure = ['formats', 'model', 'table', 'fingerprint', 'html-template', 'xml', 'reading-axis', 'width', 'people-words'];
    expect(sources('report').filter((file) => !infrastructure.includes(file)).sort()).toEqual([...FORMAT_NAMES].sort());
  });
});

describe('profile schema', () => {
  it('explains every allowed value in the description editors show', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { enum?: unknown[]; description?: string; properties?: Record<string, unknown>; items?: unknown };
      if (n.enum) for (const value of n.enum) if (!n.description?.includes(`\`${String(value)}\``)) undocumented.push(`${at} ${String(value)}`);
      for (const [key, child] of Object.entries(n.properties ?? {})) walk(child, `${at}.${key}`);
      walk(n.items, `${at}[]`);
    };
    walk(JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'profil-clsm.schema.json'), 'utf8')), '');
    expect(undocumented).toEqual([]);
  });
});

describe('README', () => {
  it('lists every rule of the national ruleset, with its severity, once', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/`([a-z0-9-]+)`(?: †)? \((erreur|avertissement|information)\)/g)].map((m) => [m[1], m[2]]);
    const words = { error: 'erreur', warning: 'avertissement', info: 'information' } as Record<string, string>;
    expect(listed.sort()).toEqual(ruleset.rules.map((rule) => [rule.id, words[rule.severity]]).sort());
  });
});
