// The indicators of the instruction's section III (SPEC §6), per year and region and per year for the country:
// active CLSMs and the share of the population they cover, the share whose COPIL includes personnes concernées
// and aidants, the share holding a plenary assembly in the year. Pure: reports in, figures out.
import { REGION_POPULATIONS } from '../generated/embedded.js';
import { departementName, departementOfReport, REGION_NAMES } from '../territory/regions.js';
import type { TerritoryTable } from '../territory/table.js';
import type { FileReport } from '../types.js';

export interface Share {
  count: number;
  /** Rounded to 4 decimals; null when there is no active CLSM. */
  share: number | null;
}

export interface Indicators {
  active: number;
  creating: number;
  dormant: number;
  /** The union of the communes of the active CLSMs (each once), plus populationDeclaredOnly. */
  populationCovered: number;
  /** The declared populations of the active CLSMs that list no commune (counted apart, SPEC §11). */
  populationDeclaredOnly: number;
  /** Active CLSMs whose profile gives neither communes nor a population (counted as 0 in populationCovered). */
  populationMissing: number;
  regionPopulation: number;
  coverage: number | null;
  /** COPIL with « représentants d’usagers et de leurs proches »: clsm's reading, a personne_concernee AND an aidant member. */
  copilUsersAndCarers: Share;
  /** Its parts, published beside it (SPEC §4.1): a personne_concernee member; an aidant member; either. */
  copilUsers: Share;
  copilCarers: Share;
  copilUsersOrCarers: Share;
  plenaryInYear: Share;
  /** The CLSMs behind the figures (identifiants, sorted): the active ones, and those each share counts. */
  clsms: { active: string[]; copilUsersAndCarers: string[]; plenaryInYear: string[] };
}

export interface StatsRow extends Indicators {
  year: number;
  region: { code: string; name: string };
  /** With `--per departement`: the row's département (its population is then in `regionPopulation`). */
  departement?: { code: string; name: string };
}

export interface StatsResult {
  schemaVersion: 1;
  tool: { name: string; version: string };
  population: { source: string; vintage: number };
  rows: StatsRow[];
  /** `regions`: how many régions sent at least one profile that year. */
  national: Array<Indicators & { year: number; regions: number }>;
  /** Each commune covered by two active CLSMs of one year, with both identifiants. */
  overlaps: Array<{ year: number; commune: { code: string; name: string }; identifiants: [string, string] }>;
  duplicates: Array<{ identifiant: string; year: number; files: string[] }>;
  excluded: Array<{ path: string; reason: 'invalid' }>;
}

const round = (value: number) => Math.round(value * 10000) / 10000;

/** The régions of the instruction's indicators: the country's population is their sum. */
const NATIONAL_REGIONS = REGION_POPULATIONS.map((region) => region.code);

/** The population figures' source and vintage, as every report names them (SPEC §11). */
export function populationSource(table: TerritoryTable): StatsResult['population'] {
  const { cog, vintage, package: from } = table.meta;
  return {
    source: `INSEE, Code officiel géographique ${cog}, populations légales ${vintage} (${from})\u202f; Mayotte\u00a0: recensement de 2017, dernière population légale disponible`,
    vintage,
  };
}

interface Entry {
  path: string;
  identifiant: string;
  year: number;
  region: string;
  statut: string;
  departement: string | null;
  population: number | null;
  /** Units (communes, arrondissements) from the Code officiel géographique, or null when the profile lists none. */
  units: readonly string[] | null;
  copilUsers: boolean;
  copilCarers: boolean;
  plenaryInYear: boolean;
}

function empty(regionPopulation: number): Indicators {
  return {
    active: 0,
    creating: 0,
    dormant: 0,
    populationCovered: 0,
    populationDeclaredOnly: 0,
    populationMissing: 0,
    regionPopulation,
    coverage: null,
    copilUsersAndCarers: { count: 0, share: null },
    copilUsers: { count: 0, share: null },
    copilCarers: { count: 0, share: null },
    copilUsersOrCarers: { count: 0, share: null },
    plenaryInYear: { count: 0, share: null },
    clsms: { active: [], copilUsersAndCarers: [], plenaryInYear: [] },
  };
}

/** The units an active CLSM covers are added to `covered` (each once); a declared population only is counted apart. */
function add(indicators: Indicators, entry: Entry, covered: Map<string, number>, table: TerritoryTable): void {
  if (entry.statut === 'en_creation') indicators.creating++;
  else if (entry.statut === 'en_sommeil') indicators.dormant++;
  else {
    indicators.active++;
    indicators.clsms.active.push(entry.identifiant);
    if (entry.copilUsers && entry.copilCarers) indicators.clsms.copilUsersAndCarers.push(entry.identifiant);
    if (entry.plenaryInYear) indicators.clsms.plenaryInYear.push(entry.identifiant);
    if (entry.units && entry.units.length > 0) for (const unit of entry.units) covered.set(unit, table.commune(unit)?.population ?? 0);
    else if (entry.population === null) indicators.populationMissing++;
    else indicators.populationDeclaredOnly += entry.population;
    if (entry.copilUsers && entry.copilCarers) indicators.copilUsersAndCarers.count++;
    if (entry.copilUsers) indicators.copilUsers.count++;
    if (entry.copilCarers) indicators.copilCarers.count++;
    if (entry.copilUsers || entry.copilCarers) indicators.copilUsersOrCarers.count++;
    if (entry.plenaryInYear) indicators.plenaryInYear.count++;
  }
}

function finish(indicators: Indicators, covered: ReadonlyMap<string, number>): void {
  let union = 0;
  for (const population of covered.values()) union += population;
  indicators.populationCovered = union + indicators.populationDeclaredOnly;
  indicators.coverage = indicators.regionPopulation > 0 ? round(indicators.populationCovered / indicators.regionPopulation) : null;
  const share = (count: number) => (indicators.active === 0 ? null : round(count / indicators.active));
  for (const key of ['copilUsersAndCarers', 'copilUsers', 'copilCarers', 'copilUsersOrCarers'] as const) indicators[key].share = share(indicators[key].count);
  indicators.plenaryInYear.share = share(indicators.plenaryInYear.count);
  for (const list of Object.values(indicators.clsms)) list.sort();
}

export interface StatsOptions {
  /** Rows per région (default), or per département within each région. */
  per?: 'region' | 'departement';
}

/**
 * The indicators over checked profiles (from `checkText` or `checkPaths`): invalid profiles are excluded and
 * listed; the same (identifiant, year) in several files counts once, for the first file in sorted path order.
 */
export function computeStats(reports: Iterable<FileReport>, tool: StatsResult['tool'], table: TerritoryTable, options: StatsOptions = {}): StatsResult {
  const perDepartement = options.per === 'departement';
  const entries: Entry[] = [];
  const excluded: StatsResult['excluded'] = [];
  for (const report of reports) {
    if (report.invalid || !report.facts || !report.clsm) {
      excluded.push({ path: report.path, reason: 'invalid' });
      continue;
    }
    const { facts, clsm } = report;
    const year = clsm.annee!;
    entries.push({
      path: report.path,
      identifiant: clsm.identifiant!,
      year,
      region: clsm.region!,
      statut: facts.statut,
      departement: departementOfReport(report),
      population: facts.population,
      units: facts.territory && facts.territory.units.length > 0 ? facts.territory.units : null,
      copilUsers: facts.copilCategories.includes('personne_concernee'),
      copilCarers: facts.copilCategories.includes('aidant'),
      plenaryInYear: facts.plenaryDates.some((date) => Number(date.slice(0, 4)) === year),
    });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  excluded.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const first = new Map<string, Entry>();
  const duplicates = new Map<string, StatsResult['duplicates'][number]>();
  const counted: Entry[] = [];
  for (const entry of entries) {
    const key = `${entry.identifiant}\u0000${entry.year}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry);
      counted.push(entry);
      continue;
    }
    const duplicate = duplicates.get(key) ?? { identifiant: entry.identifiant, year: entry.year, files: [earlier.path] };
    duplicate.files.push(entry.path);
    duplicates.set(key, duplicate);
  }

  const rows = new Map<string, StatsRow>();
  const rowUnits = new Map<string, Map<string, number>>();
  const national = new Map<number, Indicators & { year: number; regions: number }>();
  const nationalUnits = new Map<number, Map<string, number>>();
  const regionsOf = new Map<number, Set<string>>();
  const firstCover = new Map<string, string>();
  const overlaps: StatsResult['overlaps'] = [];
  const regionPopulation = (code: string) => table.regionPopulation(code);
  for (const entry of counted) {
    const departement = perDepartement ? (entry.departement ?? '') : null;
    const key = `${entry.year}\u0000${entry.region}\u0000${departement ?? ''}`;
    let row = rows.get(key);
    if (!row) {
      const area = departement === null ? regionPopulation(entry.region) : departement === '' ? 0 : table.departementPopulation(departement);
      row = {
        year: entry.year,
        region: { code: entry.region, name: REGION_NAMES.get(entry.region) ?? entry.region },
        ...(departement === null ? {} : { departement: { code: departement, name: departementName(departement) ?? departement } }),
        ...empty(area),
      };
      rows.set(key, row);
      rowUnits.set(key, new Map());
    }
    add(row, entry, rowUnits.get(key)!, table);
    let total = national.get(entry.year);
    if (!total) {
      national.set(entry.year, (total = { year: entry.year, ...empty(NATIONAL_REGIONS.reduce((sum, code) => sum + regionPopulation(code), 0)), regions: 0 }));
      nationalUnits.set(entry.year, new Map());
      regionsOf.set(entry.year, new Set());
    }
    add(total, entry, nationalUnits.get(entry.year)!, table);
    regionsOf.get(entry.year)!.add(entry.region);
    if (entry.statut === 'actif' && entry.units) {
      for (const unit of entry.units) {
        const coverKey = `${entry.year}\u0000${unit}`;
        const earlier = firstCover.get(coverKey);
        if (earlier === undefined) firstCover.set(coverKey, entry.identifiant);
        else if (earlier !== entry.identifiant) overlaps.push({ year: entry.year, commune: { code: unit, name: table.commune(unit)?.name ?? unit }, identifiants: [earlier, entry.identifiant] });
      }
    }
  }
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortedRows = [...rows.values()].sort(
    (a, b) => a.year - b.year || byCode(a.region.code, b.region.code) || byCode(a.departement?.code ?? '', b.departement?.code ?? ''),
  );
  for (const row of sortedRows) finish(row, rowUnits.get(`${row.year}\u0000${row.region.code}\u0000${row.departement?.code ?? ''}`)!);
  const sortedNational = [...national.values()].sort((a, b) => a.year - b.year);
  for (const row of sortedNational) {
    row.regions = regionsOf.get(row.year)!.size;
    finish(row, nationalUnits.get(row.year)!);
  }
  return {
    schemaVersion: 1,
    tool,
    population: populationSource(table),
    rows: sortedRows,
    national: sortedNational,
    overlaps: overlaps.sort((a, b) => a.year - b.year || (a.commune.code < b.commune.code ? -1 : a.commune.code > b.commune.code ? 1 : 0)),
    duplicates: [...duplicates.values()].sort((a, b) => a.year - b.year || (a.identifiant < b.identifiant ? -1 : 1)),
excluded,
  };
}
