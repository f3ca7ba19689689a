// What a profile's territory says once read against the Code officiel géographique: each listed commune (current,
// former or unknown), the EPCI and its members, and the units covered with their population (SPEC §11). Pure.
import type { Commune, TerritoryTable } from './table.js';

export interface ListedCommune {
  index: number;
  code: string;
  name: string | null;
  status: 'current' | 'former' | 'unknown';
  /** The current commune (for a former code, the one it leads to). */
  commune?: Commune;
  /** For a former code: the name it had. */
  formerName?: string;
}

export interface Resolution {
  communes: ListedCommune[];
  epci: { siren: string; name: string | null; members: readonly string[] } | null;
  /** Units covered (communes, or arrondissements of Paris, Lyon, Marseille), each once, with their population. */
  units: ReadonlyMap<string, number>;
  /** The population of the units; null when no listed commune or EPCI is known. */
  population: number | null;
}

type Json = Record<string, unknown>;
const block = (value: unknown): Json | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);

/** Whether the profile lists communes with a code, or an EPCI: only then is the table needed. */
export function listsTerritory(profile: unknown): boolean {
  const territoire = block(block(block(profile)?.clsm)?.territoire);
  if (!territoire) return false;
  if (typeof territoire.epci === 'string') return true;
  return Array.isArray(territoire.communes) && territoire.communes.some((c) => typeof block(c)?.code_insee === 'string');
}

export function resolveTerritory(profile: unknown, table: TerritoryTable): Resolution {
  const territoire = block(block(block(profile)?.clsm)?.territoire) ?? {};
  const communes: ListedCommune[] = [];
  const units = new Map<string, number>();
  const cover = (commune: Commune) => {
    if (commune.arrondissements.length === 0) units.set(commune.code, commune.population);
    else for (const unit of table.units(commune.code)) units.set(unit.code, unit.population);
  };
  const entries: unknown[] = Array.isArray(territoire.communes) ? territoire.communes : [];
  for (let index = 0; index < entries.length; index++) {
    const listed = block(entries[index]);
    const code = listed?.code_insee;
    if (typeof code !== 'string') continue;
    const name = typeof listed?.nom === 'string' ? listed.nom : null;
    const current = table.commune(code);
    if (current) {
      communes.push({ index, code, name, status: 'current', commune: current });
      cover(current);
      continue;
    }
    const former = table.former(code);
    const target = former ? table.commune(former.current) : undefined;
    if (former && target) {
      communes.push({ index, code, name, status: 'former', commune: target, formerName: former.name });
      cover(target);
    } else communes.push({ index, code, name, status: 'unknown' });
  }
  let epci: Resolution['epci'] = null;
  if (typeof territoire.epci === 'string') {
    const known = table.epci(territoire.epci);
    epci = { siren: territoire.epci, name: known?.name ?? null, members: known?.members ?? [] };
    for (const member of epci.members) {
      const commune = table.commune(member);
      if (commune) cover(commune);
    }
  }
  const known = communes.some((c) => c.status !== 'unknown') || (epci !== null && epci.name !== null);
  let population = 0;
  for (const count of units.values()) population += count;
  return { communes, epci, units, population: known ? population : null };
}
