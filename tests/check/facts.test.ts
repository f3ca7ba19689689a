// What a file report keeps of its profile for `clsm stats`: identity, status, population, COPIL categories,
// plenary meetings; nothing for an invalid profile.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index.js';

const example = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'examples', name), 'utf8');

describe('facts of a report', () => {
  it('hold what the indicators read from a valid profile', () => {
    const report = checkText(example('complet.yaml'), { today: '2026-01-15' });
    expect(report.clsm).toEqual({ identifiant: 'villeneuve-dascq', nom: "CLSM de Villeneuve-d'Ascq", region: '32', annee: 2025 });
    expect(report.facts).toEqual({
      statut: 'actif',
      departement: '59',
      population: 62000,
      copilCategories: ['elu', 'psychiatrie_chefferie', 'personne_concernee', 'aidant', 'ars', 'social_medico_social'],
      plenaryDates: ['2025-11-20'],
      // Villeneuve-d’Ascq (59009) in the Code officiel géographique 2026, legal population 2023.
      territory: { population: 62868, vintage: 2023, units: ['59009'] },
    });
  });

  it('count each COPIL category once, and say when the population is missing', () => {
    const text = example('complet.yaml').replace('    population: 62000\n', '').replace('categorie: ars,', 'categorie: aidant,');
    const report = checkText(text, { today: '2026-01-15', year: 2024 });
    expect(report.clsm?.annee).toBe(2024);
    expect(report.facts?.population).toBeNull();
    expect(report.facts?.copilCategories).toEqual(['elu', 'psychiatrie_chefferie', 'personne_concernee', 'aidant', 'social_medico_social']);
  });

  it('are null for an invalid profile, whose identity is still read', () => {
    const report = checkText(example('complet.yaml').replace('region: "32"', 'region: 32'), { today: '2026-01-15' });
    expect(report.invalid).toBe(true);
    expect(report.facts).toBeNull();
    expect(report.clsm?.identifiant).toBe('villeneuve-dascq');
  });

  it('are not written in the JSON report, whose keys stay those of the contract (plus the communes’ population, SPEC §11)', async () => {
    const { formatReport } = await import('../../src/index.js');
    const json = JSON.parse(await formatReport([checkText(example('complet.yaml'), { today: '2026-01-15' })], 'json'));
    expect(Object.keys(json.files[0])).toEqual(['path', 'status', 'clsm', 'findings', 'waived', 'territory', 'counts']);
    expect(json.files[0].territory).toEqual({ population: 62868, vintage: 2023 });
    const withoutCommunes = JSON.parse(await formatReport([checkText(example('en-creation.yaml'), { today: '2026-01-15' })], 'json'));
    expect(Object.keys(withoutCommunes.files[0])).toEqual(['path', 'status', 'clsm', 'findings', 'waived', 'counts']);
  });
});

describe('profile text', () => {
  it('is normalised to NFC on read: an accent typed as a combining mark equals the precomposed one', () => {
    const decomposed = 'CLSM de Se\u0301lestat';
    const report = checkText(example('complet.yaml').replace("nom: CLSM de Villeneuve-d'Ascq", `nom: ${decomposed}`), { today: '2026-01-15' });
    expect(report.clsm?.nom).toBe('CLSM de Sélestat');
    expect(report.clsm?.nom).toBe(decomposed.normalize('NFC'));
  });
});
