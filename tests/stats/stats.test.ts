// clsm stats (SPEC §6, §11): the instruction's indicators, checked against figures computed by hand from the Code
// officiel géographique 2026 (@etalab/decoupage-administratif 6.0.0, populations légales 2023): Villeneuve-d’Ascq
// (59009) 62 868; the Métropole européenne de Lille (SIREN 200093201, 95 communes, Villeneuve-d’Ascq among them)
// 1 195 234; Paris 18e (75118) 183 127; régions: Hauts-de-France 5 992 194, Île-de-France 12 463 067, La Réunion
// 889 679, Corse 355 486, all eighteen 68 392 618 (Saint-Barthélemy and Saint-Martin with Guadeloupe).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import statsSchema from '../../schemas/stats.schema.json' with { type: 'json' };
import { checkText, computeStats } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';

const base = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'valid', 'base.yaml'), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(statsSchema);

/** base.yaml: actif, region 32, population 62 000, COPIL with personne_concernee and aidant, plenary 2025-11-20. */
const profile = (changes: Array<[string | RegExp, string]>) => changes.reduce((text, [from, to]) => text.replace(from, to), base);

const noCommunes: [RegExp, string] = [/ {4}communes:\n(?: {6}.*\n| {8}.*\n)+/, ''];
const PROFILES: Record<string, string> = {
  // 2025, Hauts-de-France: Villeneuve-d’Ascq; the MEL (which includes it: counted once, listed as an overlap); a
  // CLSM without communes whose declared population is counted apart; one being set up, one dormant.
  'a.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: a']]),
  'b.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: b'], noCommunes, ['    population: 62000', '    epci: "200093201"'], [/ {6}- \{ categorie: aidant.*\n/, ''], ['- date: 2025-11-20', '- date: 2024-11-20']]),
  'c.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: c'], ['statut: actif', 'statut: en_creation']]),
  'd.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: d'], ['statut: actif', 'statut: en_sommeil']]),
  'j.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: j'], noCommunes, ['population: 62000', 'population: 30000']]),
  // 2025, La Réunion: one active CLSM with neither communes nor population.
  'e.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: e'], ['region: "32"', 'region: "04"'], ['departement: "59"', 'departement: "974"'], noCommunes, [/ {4}population: 62000\n/, '']]),
  // 2024, Île-de-France: Paris 18e, plenary not in 2024.
  'f.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: f'], ['annee_reference: 2025', 'annee_reference: 2024'], ['region: "32"', 'region: "11"'], ['departement: "59"', 'departement: "75"'], ["nom: Villeneuve-d'Ascq\n        code_insee: \"59009\"", 'nom: Paris 18e Arrondissement\n        code_insee: "75118"'], ['annee: 2025', 'annee: 2024']]),
  // The same CLSM as a.yaml in 2025: counted once, listed.
  'g.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: a']]),
  // Invalid: excluded, listed.
  'h.yaml': profile([['region: "32"', 'region: 32']]),
  // 2025, Corse: no active CLSM, so no share.
  'i.yaml': profile([['identifiant: villeneuve-dascq', 'identifiant: i'], ['statut: actif', 'statut: en_creation'], ['region: "32"', 'region: "94"'], ['departement: "59"', 'departement: "2A"'], noCommunes]),
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clsm-stats-'));
  fs.mkdirSync(path.join(dir, 'profils'));
  for (const [name, text] of Object.entries(PROFILES)) fs.writeFileSync(path.join(dir, 'profils', name), text);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ratio = (count: number, active: number) => (active === 0 ? null : Math.round((count / active) * 10000) / 10000);
/** `parts`: active CLSMs whose COPIL has a personne_concernee member, an aidant member, either. */
/** `clsms`: the identifiants behind the figures (active, COPIL with both, plenary in the year). */
const indicators = (active: number, creating: number, dormant: number, covered: number, declaredOnly: number, missing: number, population: number, coverage: number | null, copil: [number, number | null], plenary: [number, number | null], parts: [number, number, number], clsms: [string[], string[], string[]]) => ({
  active,
  creating,
  dormant,
  populationCovered: covered,
  populationDeclaredOnly: declaredOnly,
  populationMissing: missing,
  regionPopulation: population,
  coverage,
  copilUsersAndCarers: { count: copil[0], share: copil[1] },
  copilUsers: { count: parts[0], share: ratio(parts[0], active) },
  copilCarers: { count: parts[1], share: ratio(parts[1], active) },
  copilUsersOrCarers: { count: parts[2], share: ratio(parts[2], active) },
  plenaryInYear: { count: plenary[0], share: plenary[1] },
  clsms: { active: clsms[0], copilUsersAndCarers: clsms[1], plenaryInYear: clsms[2] },
});

const EXPECTED_ROWS = [
  // 183 127 / 12 463 067
  { year: 2024, region: { code: '11', name: 'Île-de-France' }, ...indicators(1, 0, 0, 183127, 0, 0, 12463067, 0.0147, [1, 1], [0, 0], [1, 1, 1], [['f'], ['f'], []]) },
  { year: 2025, region: { code: '04', name: 'La Réunion' }, ...indicators(1, 0, 0, 0, 0, 1, 889679, 0, [1, 1], [1, 1], [1, 1, 1], [['e'], ['e'], ['e']]) },
  // (1 195 234 + 30 000) / 5 992 194: Villeneuve-d’Ascq once, inside the MEL.
  { year: 2025, region: { code: '32', name: 'Hauts-de-France' }, ...indicators(3, 1, 1, 1225234, 30000, 0, 5992194, 0.2045, [2, 0.6667], [2, 0.6667], [3, 2, 3], [['a', 'b', 'j'], ['a', 'j'], ['a', 'j']]) },
  { year: 2025, region: { code: '94', name: 'Corse' }, ...indicators(0, 1, 0, 0, 0, 0, 355486, 0, [0, null], [0, null], [0, 0, 0], [[], [], []]) },
];
const EXPECTED_NATIONAL = [
  { year: 2024, ...indicators(1, 0, 0, 183127, 0, 0, 68392618, 0.0027, [1, 1], [0, 0], [1, 1, 1], [['f'], ['f'], []]), regions: 1 },
  { year: 2025, ...indicators(4, 2, 1, 1225234, 30000, 1, 68392618, 0.0179, [3, 0.75], [3, 0.75], [4, 3, 4], [['a', 'b', 'e', 'j'], ['a', 'e', 'j'], ['a', 'e', 'j']]), regions: 3 },
];

describe('clsm stats', () => {
  it('computes the indicators per year and region and for the country, as the JSON contract says', async () => {
    const { code, stdout, stderr } = await runCli(['stats', 'profils', '-f', 'json'], { cwd: dir });
    expect([code, stderr]).toEqual([0, '']);
    const stats = JSON.parse(stdout);
    expect(validate(stats), JSON.stringify(validate.errors)).toBe(true);
    expect(stats.rows).toEqual(EXPECTED_ROWS);
    expect(stats.national).toEqual(EXPECTED_NATIONAL);
    expect(stats.duplicates).toEqual([{ identifiant: 'a', year: 2025, files: ['profils/a.yaml', 'profils/g.yaml'] }]);
    expect(stats.excluded).toEqual([{ path: 'profils/h.yaml', reason: 'invalid' }]);
    expect(stats.overlaps).toEqual([{ year: 2025, commune: { code: '59009', name: 'Villeneuve-d’Ascq' }, identifiants: ['a', 'b'] }]);
    expect(stats.population).toEqual({
      source: 'INSEE, Code officiel géographique 2026, populations légales 2023 (@etalab/decoupage-administratif 6.0.0)\u202f; Mayotte\u00a0: recensement de 2017, dernière population légale disponible',
      vintage: 2023,
    });
  });

  it('counts a profile in the year given by --year', async () => {
    const stats = JSON.parse((await runCli(['stats', 'profils/f.yaml', '-f', 'json', '--year', '2025'], { cwd: dir })).stdout);
    expect(stats.rows.map((r: { year: number; region: { code: string } }) => [r.year, r.region.code])).toEqual([[2025, '11']]);
    expect(stats.rows[0].plenaryInYear).toEqual({ count: 1, share: 1 });
  });

  it('gives the same figures in the library, in CSV and in text', async () => {
    const reports = Object.entries(PROFILES).map(([name, text]) => checkText(text, { path: `profils/${name}`, today: '2026-01-15' }));
    const library = computeStats(reports.reverse());
    expect(library.rows).toEqual(EXPECTED_ROWS);
    expect(library.national).toEqual(EXPECTED_NATIONAL);

    const { stdout } = await runCli(['stats', 'profils', '-f', 'csv'], { cwd: dir });
    expect(stdout.startsWith('\ufeffannée;région;CLSM actifs;CLSM en création;CLSM en sommeil;population couverte;dont population déclarée par des CLSM sans communes;CLSM actifs sans population connue;population de la région;part de la population couverte;COPIL avec personnes concernées et aidants;part des COPIL avec personnes concernées et aidants;')).toBe(true);
    const rows = parse(stdout, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
    // Year by year: the régions, then the country; a région named with its code, never a bare « 04 ».
    expect(rows.map((r) => [r.année, r.région, r['CLSM actifs'], r['population couverte'], r['part de la population couverte'], r['part des COPIL avec personnes concernées et aidants']])).toEqual([
      ['2024', 'Île-de-France (11)', '1', '183127', '0,0147', '1'],
      ['2024', 'France entière', '1', '183127', '0,0027', '1'],
      ['2025', 'La Réunion (04)', '1', '0', '0', '1'],
      ['2025', 'Hauts-de-France (32)', '3', '1225234', '0,2045', '0,6667'],
      ['2025', 'Corse (94)', '0', '0', '0', ''],
      ['2025', 'France entière', '4', '1225234', '0,0179', '0,75'],
    ]);

    const text = (await runCli(['stats', 'profils'], { cwd: dir })).stdout;
    expect(text).toContain('Hauts-de-France (32)');
    expect(text).toContain('Année 2025\n\nLa Réunion (04)\n');
    expect(text).toMatch(/\nFrance entière\n {2}CLSM actifs\u00a0: 4\n {2}En création\u00a0: 2\n {2}En sommeil\u00a0: 1\n {2}Population couverte\u00a0: 1\u202f225\u202f234 \(dont/);
    // The figures fit 100 columns (blocks when the table would not); the notes below are sentences a terminal wraps.
    const figures = text.slice(text.indexOf('Année 2024'), text.indexOf('Population des régions'));
    expect(Math.max(...figures.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(text).toContain('En 2025, la commune Villeneuve-d’Ascq (59009) est couverte par «\u00a0a\u00a0» et par «\u00a0b\u00a0»\u00a0: elle n’est comptée qu’une fois.');
    expect(text).toContain('France entière 2025\u00a0: 3\u00a0régions ont envoyé au moins un profil.');
    expect(text).toContain('Le CLSM « a » (2025) figure dans plusieurs fichiers : seul profils/a.yaml est compté (profils/g.yaml écarté).');
    expect(text).toContain('Profil invalide écarté : profils/h.yaml.');
    expect(text).toContain('France entière 2025\u00a0: COPIL avec des personnes concernées 4, avec des aidants 3, avec l’une ou l’autre catégorie 4.');
    expect(text).toContain('«\u00a0Assemblée générale\u00a0» (instruction, section III)\u00a0: clsm compte l’assemblée plénière du référentiel (§4), réunie dans l’année.');
  });

  it('--per departement: rows per département within each région, their population, the same totals', async () => {
    const byRegion = JSON.parse((await runCli(['stats', 'profils', '-f', 'json'], { cwd: dir })).stdout) as { rows: Array<{ year: number; region: { code: string }; active: number }> };
    const stats = JSON.parse((await runCli(['stats', 'profils', '-f', 'json', '--per', 'departement'], { cwd: dir })).stdout);
    expect(validate(stats), JSON.stringify(validate.errors)).toBe(true);
    for (const row of byRegion.rows) {
      const parts = stats.rows.filter((r: { year: number; region: { code: string } }) => r.year === row.year && r.region.code === row.region.code);
      expect(parts.every((r: { departement?: unknown }) => r.departement !== undefined)).toBe(true);
      expect(parts.reduce((sum: number, r: { active: number }) => sum + r.active, 0)).toBe(row.active);
    }
    const nord = stats.rows.find((r: { departement: { code: string } }) => r.departement.code === '59');
    expect(nord.departement.name).toBe('Nord');
    // The Nord's legal population 2023, from its communes.
    expect(nord.regionPopulation).toBeGreaterThan(2_500_000);
    expect(nord.regionPopulation).toBeLessThan(2_700_000);
    const csv = (await runCli(['stats', 'profils', '-f', 'csv', '--per', 'departement'], { cwd: dir })).stdout;
    expect(csv).toContain(';Hauts-de-France (32);Nord (59);');
    expect(csv.split('\r\n')[0]).toMatch(/^\ufeffannée;région;département;CLSM actifs;/);
    // The reference population of a row is its département's, and its columns say so.
    expect(csv.split('\r\n')[0]).toContain(';CLSM actifs sans population connue;population du département;part de la population couverte;');
    const page = (await runCli(['stats', 'profils', '-f', 'html', '--per', 'departement'], { cwd: dir })).stdout;
    expect(page).toContain('<table><thead><tr><th scope="col">Département</th><th scope="col">CLSM actifs</th>');
    expect(page).toContain('<tr><td>Nord (59)</td>');
  });

  it('writes its reports with --output and --report, and exits 2 when nothing could be read', async () => {
    const { code } = await runCli(['stats', 'profils', '-o', 'stats.json', '-f', 'json', '--report', 'html:stats.html', '--report', 'csv:stats.csv'], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'stats.json'), 'utf8')).rows).toEqual(EXPECTED_ROWS);
    const page = fs.readFileSync(path.join(dir, 'stats.html'), 'utf8');
    expect(page).toContain('<svg role="img"');
    expect(page).toContain('INSEE, Code officiel géographique 2026, populations légales 2023');
    expect((await runCli(['stats', 'absent'], { cwd: dir })).code).toBe(2);
  });
});

describe('clsm stats with the communes of Paris', () => {
  it('counts a city listed whole and one of its arrondissements once, and names the overlap (figures of the COG 2026)', () => {
    const paris = (identifiant: string, code: string, nom: string) =>
      checkText(
        profile([
          ['identifiant: villeneuve-dascq', `identifiant: ${identifiant}`],
          ['region: "32"', 'region: "11"'],
          ['departement: "59"', 'departement: "75"'],
          ["nom: Villeneuve-d'Ascq\n        code_insee: \"59009\"", `nom: ${nom}\n        code_insee: "${code}"`],
        ]),
        { path: `${identifiant}.yaml`, today: '2026-01-15' },
      );
    const stats = computeStats([paris('paris', '75056', 'Paris'), paris('paris-18', '75118', 'Paris 18e Arrondissement')]);
    // Paris 2 103 778 inhabitants, the sum of its twenty arrondissements; the 18e (183 127) is among them.
    expect(stats.rows.map((row) => [row.region.code, row.active, row.populationCovered])).toEqual([['11', 2, 2103778]]);
    expect(stats.overlaps).toEqual([{ year: 2025, commune: { code: '75118', name: 'Paris 18e Arrondissement' }, identifiants: ['paris-18', 'paris'] }]);
  });
});
