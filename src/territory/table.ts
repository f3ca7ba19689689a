// The Code officiel géographique as clsm reads it (SPEC §11): current communes with their département, région,
// legal population and EPCI; municipal arrondissements of Paris, Lyon and Marseille; former codes; EPCI; départements.
// Built once from the generated text (src/generated/territory-data.ts), a line per entry; pure data, no file read.
import { closest } from '../closest.js';

export interface Commune {
  code: string;
  name: string;
  departement: string;
  /** The région of ARS: the COMs of Saint-Barthélemy and Saint-Martin belong to Guadeloupe's (SPEC §11). */
  region: string;
  population: number;
  epci: string | null;
  /** The municipal arrondissements of Paris, Lyon and Marseille: the units a coverage counts once. */
  arrondissements: readonly string[];
}

export interface TerritoryMeta {
  package: string;
  cog: number;
  vintage: number;
}

export interface TerritoryTable {
  meta: TerritoryMeta;
  /** A current commune, or a municipal arrondissement (with its own population). */
  commune(code: string): Commune | undefined;
  /** The current commune a former, delegated or associated commune's code leads to, and the old name. */
  former(code: string): { current: string; name: string } | undefined;
  epci(siren: string): { name: string; members: readonly string[] } | undefined;
  departementRegion(departement: string): string | undefined;
  /** The population of a région, the sum of its communes (same vintage). */
  regionPopulation(region: string): number;
  /** The population of a département, the sum of its communes (same vintage). */
  departementPopulation(departement: string): number;
  /** The units (communes, or the arrondissements of Paris, Lyon, Marseille) a commune or arrondissement covers, with their populations. */
  units(code: string): ReadonlyArray<{ code: string; population: number }>;
  /** Current communes whose name starts with `term` (accents, case and hyphens aside), exact names first, then by population. */
  search(term: string, limit?: number): Commune[];
  /**
   * The member that places an EPCI in a département and a région: the most populous commune of the département that
   * holds most of its population (89 EPCI span several départements, 13 of them two régions).
   */
  epciSeat(siren: string): Commune | undefined;
  /** EPCI with a word of their name starting with `term` (accents, case and hyphens aside), the most populous first. */
  searchEpci(term: string, limit?: number): Array<{ siren: string; name: string; members: number }>;
  /** Up to `count` current communes whose name is closest to `name`, and whose code is closest to `code`. */
  suggestions(name: string | null, code: string, count?: number): Commune[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Saint-Barthélemy (977) and Saint-Martin (978) are followed by ARS Guadeloupe. */
const ARS_REGION_OF: Readonly<Record<string, string>> = { '977': '01', '978': '01' };

export function normalisedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'\-\s]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .trim();
}

export function parseTerritoryTable(text: string, meta: TerritoryMeta): TerritoryTable {
  // One scan records where each line starts, by kind; a line is read only when its code is looked up (binary search:
  // the generated text is sorted by kind, then code). No index is built: a profile names a few communes.
  const starts: Record<string, number[]> = { A: [], C: [], D: [], E: [], F: [] };
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    starts[text.charAt(at)]?.push(at);
    at = end === -1 ? text.length : end + 1;
  }
  const lineAt = (start: number) => {
    const end = text.indexOf('\n', start);
    return text.slice(start, end === -1 ? text.length : end);
  };
  /** The line of `kind` whose code (after the kind letter, up to the tab) is `code`. */
  /**
   * The key at `start` (up to its tab) against `code`, as `<` compares strings, without slicing it: a batch looks
   * thousands of communes up, seventeen comparisons each.
   */
  const compareKey = (start: number, code: string): number => {
    for (let i = 0; ; i++) {
      const mine = text.charCodeAt(start + i);
      const ended = mine === 9 || Number.isNaN(mine);
      if (i === code.length) return ended ? 0 : 1;
      if (ended) return -1;
      const theirs = code.charCodeAt(i);
      if (mine !== theirs) return mine < theirs ? -1 : 1;
    }
  };
  /** Where the line of `kind` whose code is `code` starts, or -1. */
  const startOf = (kind: string, code: string): number => {
    const list = starts[kind]!;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = compareKey(list[middle]! + 1, code);
      if (order === 0) return list[middle]!;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };
  const find = (kind: string, code: string): string | undefined => {
    const start = startOf(kind, code);
    return start === -1 ? undefined : lineAt(start);
  };
  const codeAt = (start: number) => text.slice(start + 1, text.indexOf('\t', start));
  const departements = new Map<string, string>();
  for (const start of starts.D!) {
    const [code, region] = lineAt(start).slice(1).split('\t');
    departements.set(code!, ARS_REGION_OF[code!] ?? region!);
  }
  let arrondissementsOf: Map<string, string[]> | undefined;
  const arrondissements = (city: string) => {
    if (!arrondissementsOf) {
      arrondissementsOf = new Map();
      for (const start of starts.A!) {
        const [code, parent] = lineAt(start).slice(1).split('\t');
        (arrondissementsOf.get(parent!) ?? arrondissementsOf.set(parent!, []).get(parent!)!).push(code!);
      }
    }
    return arrondissementsOf.get(city) ?? NONE;
  };
  /** The tab-separated fields of a line after its kind letter, read without splitting (a batch reads ~100 000). */
  const fields = (line: string): string[] => {
    const cells: string[] = [];
    let from = 1;
    for (let tab = line.indexOf('\t', from); tab !== -1; tab = line.indexOf('\t', from)) {
      cells.push(line.slice(from, tab));
      from = tab + 1;
    }
    cells.push(line.slice(from));
    return cells;
  };
  // No cache: the communes of a region's CLSMs are mostly distinct, and a cache would keep the whole table alive.
  const commune = (code: string): Commune | undefined => {
    // A current commune's cells read in place (`C<code>\t<département>\t<name>\t<population>\t<EPCI>`): a batch
    // looks up ~100 000 of them.
    const city = startOf('C', code);
    if (city !== -1) {
      const t1 = text.indexOf('\t', city);
      const t2 = text.indexOf('\t', t1 + 1);
      const t3 = text.indexOf('\t', t2 + 1);
      const t4 = text.indexOf('\t', t3 + 1);
      const newline = text.indexOf('\n', t4 + 1);
      const departement = text.slice(t1 + 1, t2);
      const epci = text.slice(t4 + 1, newline === -1 ? text.length : newline);
      return {
        code,
        name: text.slice(t2 + 1, t3),
        departement,
        region: departements.get(departement) ?? '',
        population: t4 > t3 + 1 ? Number(text.slice(t3 + 1, t4)) : 0,
        epci: epci || null,
        arrondissements: arrondissements(code),
      };
    }
    const line = find('A', code);
    if (line === undefined) return undefined;
    const [, parent, name, population] = fields(line) as [string, string, string, string];
    const town = commune(parent)!;
    return { code, name, departement: town.departement, region: town.region, population: Number(population || 0), epci: town.epci, arrondissements: NONE };
  };
  const epciName = (siren: string) => {
    const line = find('E', siren);
    return line === undefined ? undefined : line.slice(line.indexOf('\t') + 1);
  };
  let members: Map<string, string[]> | undefined;
  let regionPopulations: Map<string, number> | undefined;
  let departementPopulations: Map<string, number> | undefined;
  /** The legal population per région or per département: the sum of the current communes (arrondissements are inside their city, counted once). */
  const populationsBy = (area: 'region' | 'departement'): Map<string, number> => {
    const totals = new Map<string, number>();
    for (const code of currentCodes()) {
      const found = commune(code)!;
      totals.set(found[area], (totals.get(found[area]) ?? 0) + found.population);
    }
    return totals;
  };
  let byDepartement: Map<string, string[]> | undefined;
  let named: Array<{ key: string; code: string }> | undefined;
  let epciNamed: Array<{ key: string; siren: string; name: string }> | undefined;
  const currentCodes = () => starts.C!.map(codeAt);
  const table: TerritoryTable = {
    meta,
    commune,
    former(code) {
      const line = find('F', code);
      if (!line) return undefined;
      const [, current, name] = fields(line);
      return { current: current!, name: name ?? '' };
    },
    epci(siren) {
      const name = epciName(siren);
      if (name === undefined) return undefined;
      if (!members) {
        members = new Map();
        for (const code of currentCodes()) {
          const epci = commune(code)!.epci;
          if (epci) (members.get(epci) ?? members.set(epci, []).get(epci)!).push(code);
        }
      }
      return { name, members: members.get(siren) ?? [] };
    },
    departementRegion: (departement) => departements.get(departement),
    regionPopulation(region) {
      return (regionPopulations ??= populationsBy('region')).get(region) ?? 0;
    },
    departementPopulation(departement) {
      return (departementPopulations ??= populationsBy('departement')).get(departement) ?? 0;
    },
    units(code) {
      const found = commune(code);
      if (!found) return [];
      if (found.arrondissements.length === 0) return [{ code, population: found.population }];
      return found.arrondissements.map((unit) => ({ code: unit, population: commune(unit)!.population }));
    },
    search(term, limit = 8) {
      const key = normalisedName(term);
      if (key === '') return [];
      named ??= currentCodes().map((code) => ({ key: normalisedName(commune(code)!.name), code }));
      return named
        .filter((entry) => entry.key.startsWith(key))
        .map((entry) => commune(entry.code)!)
        .sort((a, b) => Number(normalisedName(b.name) === key) - Number(normalisedName(a.name) === key) || b.population - a.population)
        .slice(0, limit);
    },
    epciSeat(siren) {
      const members = (table.epci(siren)?.members ?? []).map((code) => commune(code)!);
      const byDepartement = new Map<string, number>();
      for (const member of members) byDepartement.set(member.departement, (byDepartement.get(member.departement) ?? 0) + member.population);
      let main: string | undefined;
      for (const [departement, population] of byDepartement) if (main === undefined || population > byDepartement.get(main)!) main = departement;
      let seat: Commune | undefined;
      for (const member of members) if (member.departement === main && (!seat || member.population > seat.population)) seat = member;
      return seat;
    },
    searchEpci(term, limit = 4) {
      const key = normalisedName(term);
      if (key.length < 2) return [];
      epciNamed ??= starts.E!.map((start) => {
        const [siren, name] = fields(lineAt(start)) as [string, string];
        return { key: ` ${normalisedName(name)}`, siren, name };
      });
      const found = epciNamed.filter((entry) => entry.key.includes(` ${key}`)).map((entry) => ({ ...entry, known: table.epci(entry.siren)! }));
      const population = (members: readonly string[]) => members.reduce((sum, code) => sum + (commune(code)?.population ?? 0), 0);
      return found
        .map((entry) => ({ siren: entry.siren, name: entry.name, members: entry.known.members.length, population: population(entry.known.members) }))
        .sort((a, b) => b.population - a.population || (a.siren < b.siren ? -1 : 1))
        .slice(0, limit)
        .map(({ siren, name, members }) => ({ siren, name, members }));
    },
    suggestions(name, code, count = 3) {
      // Among the communes of the code's département (a few hundred): the closest name, then codes one character away.
      byDepartement ??= groupByDepartement(currentCodes());
      const prefix = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
      const candidates = byDepartement.get(prefix) ?? [];
      const found: Commune[] = [];
      if (name) {
        const key = normalisedName(name);
        const names = new Map(candidates.map((c) => [normalisedName(commune(c)!.name), c]));
        const near = names.has(key) ? key : closest(key, names.keys());
        if (near) found.push(commune(names.get(near)!)!);
      }
      for (const candidate of candidates) {
        if (found.length >= count) break;
        if ([...code].filter((ch, i) => ch !== candidate[i]).length === 1 && !found.some((c) => c.code === candidate)) found.push(commune(candidate)!);
      }
      return found.slice(0, count);
    },
  };
  return table;
}

function groupByDepartement(codes: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const prefix = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
    (groups.get(prefix) ?? groups.set(prefix, []).get(prefix)!).push(code);
  }
  return groups;
}
