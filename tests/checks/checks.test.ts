// Each check function on its own: tables of (profile, options) → problems (path and arguments).
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import type { CheckContext, CheckProblem, DerogationState } from '../../src/checks/types.js';
import { checkOptionValidators } from '../../src/ruleset/ruleset-validators.js';
import { TERRITORY_META, TERRITORY_TABLE } from '../../src/generated/territory-data.js';
import { resolveTerritory } from '../../src/territory/resolve.js';
import { parseTerritoryTable } from '../../src/territory/table.js';

const context: CheckContext = { year: 2025, today: '2026-01-15', derogations: [] };

/** The checks the tables below ran: every registered check must be among them. */
const exercised = new Set<string>();
afterAll(() => expect([...CHECKS.keys()].filter((name) => !exercised.has(name))).toEqual([]));

/** Runs a check with options its own schema accepts (a table with invalid options would test nothing real). */
function run(check: string, profile: unknown, options: Record<string, unknown>, ctx: CheckContext = context): CheckProblem[] {
  exercised.add(check);
  const validate = checkOptionValidators()[check]!;
  expect(validate(options), JSON.stringify(validate.errors)).toBe(true);
  return CHECKS.get(check)!.run(profile, options as never, ctx);
}

describe('disallowed-value', () => {
  const options = { path: 'a.b', values: ['autre'], fire_when_missing: true };
  it.each([
    [{ a: { b: 'maire' } }, []],
    [{ a: { b: 'autre' } }, [{ path: ['a', 'b'], args: { value: 'autre' } }]],
    [{ a: {} }, [{ path: ['a', 'b'] }]],
    [{ a: { b: null } }, [{ path: ['a', 'b'] }]],
  ])('%j', (profile, expected) => expect(run('disallowed-value', profile, options)).toEqual(expected));
  it('ignores a missing value unless asked', () => expect(run('disallowed-value', {}, { ...options, fire_when_missing: false })).toEqual([]));
});

describe('required-values', () => {
  const members = (...categories: string[]) => ({ m: categories.map((categorie) => ({ categorie })) });
  it('names every missing value in one problem', () => {
    expect(run('required-values', members('a'), { path: 'm', field: 'categorie', values: ['a', 'b', 'c'] })).toEqual([
      { path: ['m'], args: { missing: ['b', 'c'] } },
    ]);
  });
  it('gives one problem per missing value when asked', () => {
    expect(run('required-values', members('b'), { path: 'm', field: 'categorie', values: ['a', 'b', 'c'], one_finding_per_value: true })).toEqual([
      { path: ['m'], args: { value: 'a' } },
      { path: ['m'], args: { value: 'c' } },
    ]);
  });
  it('flattens list fields and filters items with where', () => {
    const profile = { s: [{ f: ['x', 'y'], n: 1 }, { f: ['z'], n: 0 }] };
    expect(run('required-values', profile, { path: 's', field: 'f', values: ['x', 'z'], where: [{ field: 'n', gt: 0 }] })).toEqual([
      { path: ['s'], args: { missing: ['z'] } },
    ]);
  });
  it('treats a single block as a list of one', () => {
    const profile = { c: { signee: true, signataires: ['collectivite', 'psychiatrie'] } };
    const options = { path: 'c', field: 'signataires', values: ['collectivite', 'psychiatrie'], where: [{ field: 'signee', equals: true }] };
    expect(run('required-values', profile, options)).toEqual([]);
    expect(run('required-values', { c: { ...profile.c, signee: false } }, options)).toEqual([{ path: ['c'], args: { missing: ['collectivite', 'psychiatrie'] } }]);
  });
  it('reports everything missing when the list is absent', () => {
    expect(run('required-values', {}, { path: 'm', field: 'categorie', values: ['a'] })).toEqual([{ path: ['m'], args: { missing: ['a'] } }]);
  });
});

describe('min-distinct', () => {
  const options = { path: 'm', field: 'k', exclude: ['skip'], min: 2 };
  it.each([
    [{ m: [{ k: 'a' }, { k: 'b' }] }, []],
    [{ m: [{ k: 'a' }, { k: 'a' }, { k: 'skip' }] }, [{ path: ['m'], args: { count: 1, min: 2 } }]],
    [{}, [{ path: ['m'], args: { count: 0, min: 2 } }]],
  ])('%j', (profile, expected) => expect(run('min-distinct', profile, options)).toEqual(expected));
});

describe('min-count', () => {
  const options = { path: 'r', where: [{ field: 'date', in_year: true }], min: 2 };
  it.each([
    [{ r: [{ date: '2025-01-01' }, { date: '2025-12-31' }] }, []],
    [{ r: [{ date: '2025-01-01' }, { date: '2024-12-31' }] }, [{ path: ['r'], args: { count: 1, min: 2 } }]],
    [{ r: 'not a list' }, [{ path: ['r'], args: { count: 0, min: 2 } }]],
    [{}, [{ path: ['r'], args: { count: 0, min: 2 } }]],
  ])('%j', (profile, expected) => expect(run('min-count', profile, options)).toEqual(expected));
  it('compares numbers with gte', () => {
    expect(run('min-count', { g: [{ n: 0 }, { n: 1 }] }, { path: 'g', where: [{ field: 'n', gte: 1 }], min: 1 })).toEqual([]);
    expect(run('min-count', { g: [{ n: 0 }] }, { path: 'g', where: [{ field: 'n', gte: 1 }], min: 1 })).toHaveLength(1);
  });
});

describe('each-item', () => {
  const options = { path: 'g', require: { field: 'ok', equals: true }, label_field: 'nom' };
  it('reports each failing item at its field, named or numbered', () => {
    expect(run('each-item', { g: [{ nom: 'A', ok: true }, { nom: 'B', ok: false }, { ok: false }] }, options)).toEqual([
      { path: ['g', 1, 'ok'], args: { item: { quoted: 'B' } } },
      { path: ['g', 2, 'ok'], args: { item: { ordinal: 3 } } },
    ]);
  });
  it('has nothing to say about a missing list', () => expect(run('each-item', {}, options)).toEqual([]));
});

describe('min-sum', () => {
  const options = { path: 'c', field: 'etp', min: 1 };
  it.each([
    [{ c: [{ etp: 0.5 }, { etp: 0.5 }] }, []],
    [{ c: [{ etp: 0.1 }, { etp: 0.2 }, { etp: 0.7 }] }, []],
    [{ c: [{ etp: 0.8 }] }, [{ path: ['c'], args: { total: 0.8 } }]],
    [{ c: [{}] }, [{ path: ['c'], args: { total: 0 } }]],
  ])('%j', (profile, expected) => expect(run('min-sum', profile, options)).toEqual(expected));
});

describe('truthy', () => {
  it.each([
    [{ a: true, b: true }, 'all', []],
    [{ a: true, b: false }, 'all', [{ path: ['b'] }]],
    [{}, 'all', [{ path: ['a'] }]],
    [{ a: false, b: true }, 'any', []],
    [{ a: 0, b: false }, 'any', [{ path: ['a'] }]],
    [{ a: 3 }, 'any', []],
  ])('%j (%s)', (profile, mode, expected) => expect(run('truthy', profile, { paths: ['a', 'b'], mode })).toEqual(expected));
});

describe('year-window', () => {
  it.each([
    [{ y: 2025 }, { min_offset: -1, max_offset: 0 }, []],
    [{ y: 2024 }, { min_offset: -1, max_offset: 0 }, []],
    [{ y: 2023 }, { min_offset: -1, max_offset: 0 }, [{ path: ['y'], args: { value: 2023 } }]],
    [{ y: 2026 }, { min_offset: -1, max_offset: 0 }, [{ path: ['y'], args: { value: 2026 } }]],
    [{}, { min_offset: -1, fire_when_missing: true }, [{ path: ['y'] }]],
    [{}, { min_offset: -1, fire_when_missing: false }, []],
    [{ y: '2020-01-01' }, { max_age: 5 }, []],
    [{ y: '2019-12-31' }, { max_age: 5 }, [{ path: ['y'], args: { value: '2019-12-31' } }]],
  ])('%j %j', (profile, options, expected) => expect(run('year-window', profile, { path: 'y', ...options })).toEqual(expected));
});

describe('range', () => {
  it.each([
    [{ p: 10000 }, []],
    [{ p: 9999 }, [{ path: ['p'], args: { value: 9999 } }]],
    [{ p: 500001 }, [{ path: ['p'], args: { value: 500001 } }]],
    [{}, []],
  ])('%j', (profile, expected) => expect(run('range', profile, { path: 'p', min: 10000, max: 500000 })).toEqual(expected));
});

describe('dates-not-after-today', () => {
  it('reports every date after today, through list wildcards', () => {
    const profile = { r: [{ date: '2026-01-15' }, { date: '2026-01-16' }], c: { date: '2027-01-01' } };
    expect(run('dates-not-after-today', profile, { paths: ['r[*].date', 'c.date', 'missing.date'] })).toEqual([
      { path: ['r', 1, 'date'], args: { value: '2026-01-16' } },
      { path: ['c', 'date'], args: { value: '2027-01-01' } },
    ]);
  });
});

describe('derogation-status', () => {
  const derogation = (status: DerogationState['status'], suggestion: string | null = null): DerogationState => ({
    index: 0,
    rule: 'r',
    justification: 'j',
    until: '2025-01-01',
    status,
    suggestion,
  });
  it('reports the derogations in the asked state, at the right field', () => {
    const ctx = { ...context, derogations: [derogation('expired'), { ...derogation('unknown', 'rule'), index: 1 }] };
    expect(run('derogation-status', {}, { status: 'expired' }, ctx)).toEqual([
      { path: ['derogations', 0, 'jusqu_au'], args: { value: 'r', until: '2025-01-01', suggestion: '' } },
    ]);
    expect(run('derogation-status', {}, { status: 'unknown' }, ctx)).toEqual([
      { path: ['derogations', 1, 'regle'], args: { value: 'r', until: '2025-01-01', suggestion: { suggestion: 'rule' } } },
    ]);
    expect(run('derogation-status', {}, { status: 'unused' }, ctx)).toEqual([]);
  });
  it('reports a derogation to a rule that cannot be waived as unused, saying why', () => {
    const ctx = { ...context, derogations: [{ ...derogation('unwaivable'), rule: 'schema' }] };
    expect(run('derogation-status', {}, { status: 'unused' }, ctx)).toEqual([
      { path: ['derogations', 0, 'regle'], args: { value: 'schema', until: '2025-01-01', suggestion: '' }, messageId: 'unwaivable' },
    ]);
  });
});

describe('truthy, mode each', () => {
  it('gives one finding per value not set, naming its field', () => {
    expect(run('truthy', { a: { x: true, y: false } }, { paths: ['a.x', 'a.y', 'a.z'], mode: 'each' })).toEqual([
      { path: ['a', 'y'], args: { field: 'y' } },
      { path: ['a', 'z'], args: { field: 'z' } },
    ]);
  });
});

describe('any-value', () => {
  const options = { any: [{ path: 'p.h', equals: true }, { path: 'm[*].c', equals: 'habitant' }], at: 'p' };
  it.each([
    [{ p: { h: true } }, []],
    [{ p: { h: false }, m: [{ c: 'elu' }, { c: 'habitant' }] }, []],
    [{ p: { h: false }, m: [{ c: 'elu' }] }, [{ path: ['p'] }]],
    [{}, [{ path: ['p'] }]],
  ])('%j', (profile, expected) => expect(run('any-value', profile, options)).toEqual(expected));
});

describe('present', () => {
  it.each([
    [{ a: { b: 0 } }, []],
    [{ a: {} }, [{ path: ['a', 'b'] }]],
    [{ a: { b: null } }, [{ path: ['a', 'b'] }]],
  ])('%j', (profile, expected) => expect(run('present', profile, { path: 'a.b' })).toEqual(expected));
});

describe('unique-in-run', () => {
  it('claims the value at its path; the run compares the claims (tests/run/run-scope.test.ts, tests/cli.test.ts)', () => {
    expect(run('unique-in-run', { clsm: { identifiant: 'a' } }, { path: 'clsm.identifiant' })).toEqual([{ path: ['clsm', 'identifiant'], args: { value: 'a' } }]);
    expect(run('unique-in-run', { clsm: { numero: 12 } }, { path: 'clsm.numero' })).toEqual([{ path: ['clsm', 'numero'], args: { value: '12' } }]);
    expect(run('unique-in-run', { clsm: {} }, { path: 'clsm.identifiant' })).toEqual([]);
    expect(run('unique-in-run', { clsm: { identifiant: ['a'] } }, { path: 'clsm.identifiant' })).toEqual([]);
  });
});

describe('required-values, match any', () => {
  it('fires only when none of the values is present', () => {
    const options = { path: 's', field: 'r', values: ['processus', 'resultats'], match: 'any' };
    expect(run('required-values', { s: { r: ['impact'] } }, options)).toEqual([{ path: ['s'], args: { missing: ['processus', 'resultats'] } }]);
    expect(run('required-values', { s: { r: ['resultats'] } }, options)).toEqual([]);
  });
});

describe('min-distinct with where and when_items', () => {
  it('counts only the matching items, and is silent without any', () => {
    const options = { path: 's', where: [{ field: 'm', gt: 0 }], when_items: true, field: 'o', exclude: ['coordination'], min: 1 };
    expect(run('min-distinct', { s: [{ m: 0, o: ['actions'] }] }, options)).toEqual([]);
    expect(run('min-distinct', { s: [{ m: 10, o: ['coordination'] }, { m: 0, o: ['actions'] }] }, options)).toEqual([{ path: ['s'], args: { count: 0, min: 1 } }]);
    expect(run('min-distinct', { s: [{ m: 10, o: ['coordination', 'actions'] }] }, options)).toEqual([]);
  });
});

describe('numbers in messages', () => {
  it.each([
    [0.5, '0,5', '0.5'],
    [2025, '2025', '2025'],
    [10000, '10\u202f000', '10,000'],
    [500000, '500\u202f000', '500,000'],
    [1.25, '1,25', '1.25'],
    [0.1 + 0.2, '0,3', '0.3'],
  ])('%d', async (value, french, english) => {
    const { catalogue } = await import('../../src/i18n/index.js');
    expect(catalogue('fr').number(value)).toBe(french);
    expect(catalogue('en').number(value)).toBe(english);
  });
});

describe('check options', () => {
  it.each([
    ['min-count', { path: 'a', min: '2' }, 'min'],
    ['min-count', { path: 'a' }, 'min'],
    ['required-values', { path: 'a', field: 'b', values: [] }, 'values'],
    ['truthy', { paths: ['a'], mode: 'some' }, 'mode'],
    ['disallowed-value', { path: 'A.b', values: ['x'] }, 'path'],
    ['each-item', { path: 'a', require: { field: 'x', gt: 'one' } }, 'gt'],
    ['range', { path: 'a', maximum: 3 }, 'maximum'],
  ])('%s refuses %j', (check, options, word) => {
    const validate = checkOptionValidators()[check]!;
    expect(validate(options)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain(word);
  });

  it('has a validator for every check, and a check for every validator', () => {
    expect(Object.keys(checkOptionValidators()).sort()).toEqual([...CHECKS.keys()].sort());
  });
});

describe('personal-data', () => {
  const options = { members: 'g.membres', categories: ['personne_concernee', 'aidant'], name_field: 'nom', except: ['c.contact'] };
  it('names each member of a sensitive category who carries a name, at the name', () => {
    const profile = { g: { membres: [{ categorie: 'elu', nom: 'Jeanne Martin' }, { categorie: 'aidant', nom: 'Paul' }, { categorie: 'personne_concernee', nom: '  ' }, { categorie: 'personne_concernee' }] } };
    expect(run('personal-data', profile, options)).toEqual([{ path: ['g', 'membres', 1, 'nom'], args: { value: 'aidant' } }]);
  });
  it.each([
    ['écrire à jean.dupont@example.org', 'courriel'],
    ['appeler le 06 12 34 56 78', 'telephone'],
    ['tél. 06.12.34.56.78', 'telephone'],
    ['+33 6 12 34 56 78', 'telephone'],
    ['0033 (0)6 12 34 56 78', 'telephone'],
  ])('finds contact details in %j (%s), one finding per field', (text, kind) => {
    expect(run('personal-data', { x: [{ y: text }] }, options)).toEqual([{ path: ['x', 0, 'y'], args: { kind }, messageId: 'contact' }]);
  });
  it.each([['code INSEE 59009, 62000 habitants'], ['SIREN 200093201'], ['2025-03-14'], ['12 000 € en 2025'], ['secteurs 59G21 et 59G22']])('leaves %j alone', (text) => {
    expect(run('personal-data', { x: text }, options)).toEqual([]);
  });
  it('leaves the paths in `except` alone', () => {
    expect(run('personal-data', { c: { contact: { email: 'clsm@example.fr', tel: '03 20 00 00 00' } } }, options)).toEqual([]);
  });
});

describe('territory', () => {
  const table = parseTerritoryTable(TERRITORY_TABLE, TERRITORY_META);
  const withTerritory = (profile: unknown): CheckContext => ({ ...context, territory: { table, resolution: resolveTerritory(profile, table) } });
  const profile = (communes: Array<Record<string, string>>, extra: Record<string, unknown> = {}) => ({ clsm: { region: '32', territoire: { communes, ...extra } } });
  it('finds unknown, former and misnamed communes, at the code or the name', () => {
    const p = profile([{ nom: 'Lille', code_insee: '59009' }, { code_insee: '59020' }, { nom: 'Roubaix', code_insee: '59999' }]);
    expect(run('territory', p, { finding: 'commune-name' }, withTerritory(p))).toEqual([{ path: ['clsm', 'territoire', 'communes', 0, 'nom'], args: { value: 'Lille', expected: 'Villeneuve-d’Ascq', code: '59009' } }]);
    expect(run('territory', p, { finding: 'former-commune' }, withTerritory(p))).toEqual([{ path: ['clsm', 'territoire', 'communes', 1, 'code_insee'], args: { value: '59020', current: 'Villeneuve-d’Ascq (59009)' } }]);
    expect(run('territory', p, { finding: 'unknown-commune' }, withTerritory(p))[0]).toMatchObject({ path: ['clsm', 'territoire', 'communes', 2, 'code_insee'], args: { value: '59999', suggestion: { suggestion: expect.stringMatching(/^Roubaix \(59512\)/) } } });
  });
  it('finds a commune or a département outside the région, the département without the table', () => {
    const p = { clsm: { region: '32', departement: '95', territoire: { communes: [{ code_insee: '75118' }] } } };
    expect(run('territory', p, { finding: 'outside-region' }, withTerritory(p))).toEqual([
      { path: ['clsm', 'territoire', 'communes', 0, 'code_insee'], args: { value: '75118', name: 'Paris 18e Arrondissement', other: 'Île-de-France', region: 'Hauts-de-France' } },
      { path: ['clsm', 'departement'], args: { value: '95', other: 'Île-de-France', region: 'Hauts-de-France' }, messageId: 'departement' },
    ]);
    expect(run('territory', { clsm: { region: '32', departement: '95' } }, { finding: 'outside-region' })).toHaveLength(1);
  });
  it('expands an EPCI, and compares the declared population with the communes’ (10 % by default)', () => {
    const unknown = profile([], { epci: '123456789' });
    expect(run('territory', unknown, { finding: 'unknown-epci' }, withTerritory(unknown))).toEqual([{ path: ['clsm', 'territoire', 'epci'], args: { value: '123456789' } }]);
    const far = profile([{ code_insee: '59009' }], { population: 70000 });
    expect(run('territory', far, { finding: 'population-gap', tolerance: 0.1 }, withTerritory(far))).toEqual([{ path: ['clsm', 'territoire', 'population'], args: { value: 70000, computed: 62868, vintage: '2023' } }]);
    const near = profile([{ code_insee: '59009' }], { population: 62000 });
    expect(run('territory', near, { finding: 'population-gap', tolerance: 0.1 }, withTerritory(near))).toEqual([]);
    expect(run('territory', profile([{ code_insee: '59009' }]), { finding: 'population-missing' }, withTerritory(profile([{ code_insee: '59009' }])))).toEqual([]);
    expect(run('territory', { clsm: {} }, { finding: 'population-missing' })).toEqual([{ path: ['clsm', 'territoire', 'population'] }]);
  });
});
