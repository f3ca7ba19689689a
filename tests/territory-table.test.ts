// The Code officiel géographique as the checks and `init` read it (SPEC §11): the real table, figures read from it.
import { describe, expect, it } from 'vitest';
import { TERRITORY_META, TERRITORY_TABLE } from '../src/generated/territory-data.js';
import { parseTerritoryTable } from '../src/territory/table.js';

const table = parseTerritoryTable(TERRITORY_TABLE, TERRITORY_META);

describe('the commune table', () => {
  it('reads a commune, an arrondissement and a former code with French apostrophes, the same on every lookup', () => {
    for (let round = 0; round < 2; round++) {
      expect(table.commune('59178')).toEqual({ code: '59178', name: 'Douai', departement: '59', region: '32', population: 40250, epci: '200044618', arrondissements: [] });
      expect(table.commune('75118')).toMatchObject({ name: 'Paris 18e Arrondissement', departement: '75', region: '11', epci: '200054781' });
    }
    expect(table.commune('95313')?.name).toBe('L’Isle-Adam');
    expect(table.former('01003')).toEqual({ current: '01165', name: '' });
    expect(table.commune('00000')).toBeUndefined();
  });

  it('finds an intercommunality by a word of its name, with its number of communes, for init', () => {
    expect(table.searchEpci('douaisis')).toEqual([{ siren: '200044618', name: 'CA Douaisis Agglo', members: 35 }]);
    expect(table.searchEpci('Morlaix')).toEqual([{ siren: '242900835', name: 'CA Morlaix Communauté', members: 26 }]);
    expect(table.searchEpci('d')).toEqual([]);
    expect(table.searchEpci('communaute').length).toBe(4);
  });

  it('places an intercommunality across départements where most of its people live', () => {
    // CA Agglo du Pays de Dreux: most of its people in Eure-et-Loir (28), a few communes in the Eure (27).
    const dreux = table.searchEpci('Dreux')[0]!;
    const departements = new Set(table.epci(dreux.siren)!.members.map((code) => table.commune(code)!.departement));
    expect(departements).toEqual(new Set(['27', '28']));
    expect(table.epciSeat(dreux.siren)).toMatchObject({ name: 'Dreux', departement: '28', region: '24' });
    expect(table.epciSeat('200044618')).toMatchObject({ name: 'Douai', departement: '59', region: '32' });
  });
});
