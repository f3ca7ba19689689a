import { describe, expect, it } from 'vitest';
import { numberFix } from '../../src/i18n/number-habits.js';
import { checkText } from '../../src/index.js';

describe('French number habits', () => {
  it.each([
    ['0,5', 'comma', '0.5'],
    ['12 000', 'spaces', '12000'],
    ['12\u202f000', 'spaces', '12000'],
    ['1 234 567', 'spaces', '1234567'],
    ['30 000 €', 'unit', '30000'],
    ['30000€', 'unit', '30000'],
    ['0,8 ETP', 'unit', '0.8'],
    ['62 000 habitants', 'unit', '62000'],
    ['30000', 'quoted', '30000'],
  ])('« %s » is written %s → %s', (value, habit, written) => {
    expect(numberFix(value)).toEqual({ habit, written });
  });

  it.each(['beaucoup', '1,2,3', '12 00', '', 'environ 30 000'])('« %s » gets no hint', (value) => {
    expect(numberFix(value)).toBeNull();
  });

  it('says how to write each one in the finding', () => {
    const text = [
      'version: 1',
      'annee_reference: 2025',
      'clsm:',
      '  nom: CLSM de Douai',
      '  identifiant: douai',
      '  statut: actif',
      '  region: "32"',
      '  territoire: { population: 12 000 }',
      'coordination:',
      '  coordonnateurs:',
      '    - etp: 0,5',
      'financement:',
      '  sources:',
      '    - { financeur: ars, montant: "30 000 €" }',
    ].join('\n');
    const report = checkText(text);
    expect(report.findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [8, 29, 'clsm.territoire.population\u00a0: doit être un nombre entier\u202f; écrivez 12000 (sans espace entre les milliers), et non «\u00a012 000\u00a0».'],
      [11, 12, 'coordination.coordonnateurs[0].etp\u00a0: doit être un nombre\u202f; écrivez 0.5 (avec un point décimal, sans virgule), et non «\u00a00,5\u00a0».'],
      [14, 34, 'financement.sources[0].montant\u00a0: doit être un nombre\u202f; écrivez 30000 (sans unité ni symbole), et non «\u00a030 000 €\u00a0».'],
    ]);
  });
});
