// The indicators of the instruction's section III (SPEC §6), per year and region and per year for the country:
// active CLSMs and the share of the population they cover, the share whose COPIL includes personnes concernées
// and aidants, the share holding a plenary assembly in the year. Pure: reports in, figures out.
import { REGION_POPULATIONS } from '../generated/embedded.js';
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
  populationCovered: number;
  /** Active CLSMs whose profile gives no population (counted as 0 in populationCovered). */
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
}

export interface StatsRow extends Indicators {
  year: number;
  region: { code: string; name: string };
}

export interface StatsResult {
  schemaVersion: 1;
  tool: { name: string; version: string };
  population: { source: string; vintage: number };
  rows: StatsRow[];
  national: Array<Indicators & { year: number }>;
  duplicates: Array<{ identifiant: string; year: number; files: string[] }>;
  excluded: Array<{ path: string; reason: 'invalid' }>;
}

const round = (value: number) => Math.round(value * 10000) / 10000;

const POPULATIONS = new Map(REGION_POPULATIONS.map((region) => [region.code, region]));
const NATIONAL_POPULATION = REGION_POPULATIONS.reduce((sum, region) => sum + region.population, 0);

/** The population figures' source and census year, as every report names them. */
export function populationSource(): StatsResult['population'] {
  const vintages = new Map<number, string>();
  for (const region of REGION_POPULATIONS) if (!vintages.has(region.vintage)) vintages.set(region.vintage, region.source);
  const [main, ...others] = [...vintages.entries()].sort((a, b) => b[0] - a[0]);
  const exceptions = others.map(([, source]) => {
    const names = REGION_POPULATIONS.filter((region) => region.source === source).map((region) => region.name);
    return `${names.join(', ')}\u00a0: ${source}`;
  });
  return { source: [main![1], ...exceptions].join('\u202f; '), vintage: main![0] };
}

interface Entry {
  path: string;
  identifiant: string;
  year: number;
  region: string;
  statut: string;
  population: number | null;
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
    populationMissing: 0,
    regionPopulation,
    coverage: null,
    copilUsersAndCarers: { count: 0, share: null },
    copilUsers: { count: 0, share: null },
    copilCarers: { count: 0, share: null },
    copilUsersOrCarers: { count: 0, share: null },
    plenaryInYear: { count: 0, share: null },
  };
}

function add(indicators: Indicators, entry: Entry): void {
  if (entry.statut === 'en_creation') indicators.creating++;
  else if (entry.statut === 'en_sommeil') indicators.dormant++;
  else {
    indicators.active++;
    if (entry.population === null) indicators.populationMissing++;
    else indicators.populationCovered += entry.population;
    if (entry.copilUsers && entry.copilCarers) indicators.copilUsersAndCarers.count++;
    if (entry.copilUsers) indicators.copilUsers.count++;
    if (entry.copilCarers) indicators.copilCarers.count++;
    if (entry.copilUsers || entry.copilCarers) indicators.copilUsersOrCarers.count++;
    if (entry.plenaryInYear) indicators.plenaryInYear.count++;
  }
}

function finish(indicators: Indicators): void {
  indicators.coverage = indicators.regionPopulation > 0 ? round(indicators.populationCovered / indicators.regionPopulation) : null;
  const share = (count: number) => (indicators.active === 0 ? null : round(count / indicators.active));
  for (const key of ['copilUsersAndCarers', 'copilUsers', 'copilCarers', 'copilUsersOrCarers'] as const) indicators[key].share = share(indicators[key].count);
  indicators.plenaryInYear.share = share(indicators.plenaryInYear.count);
}

/**
 * The indicators over checked profiles (from `checkText` or `checkPaths`): invalid profiles are excluded and
 * listed; the same (identifiant, year) in several files counts once, for the first file in sorted path order.
 */
export function computeStats(reports: Iterable<FileReport>, tool: StatsResult['tool']): StatsResult {
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
      population: facts.population,
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
  const national = new Map<number, Indicators & { year: number }>();
  for (const entry of counted) {
    const key = `${entry.year}\u0000${entry.region}`;
    let row = rows.get(key);
    if (!row) {
      const region = POPULATIONS.get(entry.region);
      row = { year: entry.year, region: { code: entry.region, name: region?.name ?? entry.region }, ...empty(region?.population ?? 0) };
      rows.set(key, row);
    }
    add(row, entry);
    let total = national.get(entry.year);
    if (!total) national.set(entry.year, (total = { year: entry.year, ...empty(NATIONAL_POPULATION) }));
    add(total, entry);
  }
  const sortedRows = [...rows.values()].sort((a, b) => a.year - b.year || (a.region.code < b.region.code ? -1 : a.region.code > b.region.code ? 1 : 0));
  for (const row of sortedRows) finish(row);
  const sortedNational = [...national.values()].sort((a, b) => a.year - b.year);
  for (const row of sortedNational) finish(row);
  return {
    schemaVersion: 1,
    tool,
    population: populationSource(),
    rows: sortedRows,
    national: sortedNational,
    duplicates: [...duplicates.values()].sort((a, b) => a.year - b.year || (a.identifiant < b.identifiant ? -1 : 1)),
    excluded,
  };
}
