// The territory against the Code officiel géographique (SPEC §11): commune codes unknown, former or named otherwise,
// communes or a département outside the profile's région, an unknown EPCI, a declared population far from the
// communes', and a population given by neither. One check, the finding chosen by `finding`.
import { DEPARTEMENT_REGIONS } from '../generated/embedded.js';
import { regionName } from '../territory/regions.js';
import { valueAt } from '../paths.js';
import type { Resolution } from '../territory/resolve.js';
import { normalisedName, type TerritoryTable } from '../territory/table.js';
import { defineCheck } from './define-check.js';
import type { CheckProblem } from './types.js';

const named = (name: string, code: string) => `${name} (${code})`;

export const territory = defineCheck({
  name: 'territory',
  summary: {
    fr: 'Le territoire au regard du Code officiel géographique, selon `finding` : `unknown-commune` (un code qui n’est ni une commune actuelle ni une ancienne, avec les communes les plus proches), `former-commune` (un ancien code), `commune-name` (un nom qui n’est pas celui du code), `outside-region` (une commune, ou `clsm.departement` — message `departement` —, hors de `clsm.region`), `unknown-epci`, `population-gap` (la population déclarée s’écarte de plus de `tolerance` de celle des communes), `population-missing` (ni population déclarée, ni communes connues).',
    en: 'The territory against the Code officiel géographique, by `finding`: `unknown-commune` (a code that is neither a current nor a former commune, with the closest communes), `former-commune` (a former code), `commune-name` (a name that is not the code’s), `outside-region` (a commune, or `clsm.departement` — message `departement` —, outside `clsm.region`), `unknown-epci`, `population-gap` (the declared population differs by more than `tolerance` from the communes’), `population-missing` (neither a declared population nor known communes).',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['finding'],
    properties: {
      finding: { enum: ['unknown-commune', 'former-commune', 'commune-name', 'outside-region', 'unknown-epci', 'population-gap', 'population-missing'] },
      tolerance: { type: 'number', minimum: 0 },
    },
  },
  traits: { messages: (options) => (options.finding === 'outside-region' ? ['departement', 'epci'] : []) },
  run(profile, { finding, tolerance }, context) {
    const declared = valueAt(profile, 'clsm.territoire.population');
    if (finding === 'population-missing') {
      return declared === undefined && (context.territory?.resolution.population ?? null) === null ? [{ path: ['clsm', 'territoire', 'population'] }] : [];
    }
    if (finding === 'outside-region') return outsideRegion(profile, context.territory);
    if (!context.territory) return [];
    const { table, resolution } = context.territory;
    const at = (index: number, field: string) => ['clsm', 'territoire', 'communes', index, field];
    const problems: CheckProblem[] = [];
    switch (finding) {
      case 'unknown-commune':
        for (const listed of resolution.communes.filter((c) => c.status === 'unknown')) {
          const near = table.suggestions(listed.name, listed.code).map((c) => named(c.name, c.code));
          problems.push({ path: at(listed.index, 'code_insee'), args: { value: listed.code, suggestion: near.length > 0 ? { suggestion: near.join(', ') } : '' } });
        }
        break;
      case 'former-commune':
        for (const listed of resolution.communes.filter((c) => c.status === 'former'))
          problems.push({ path: at(listed.index, 'code_insee'), args: { value: listed.code, current: named(listed.commune!.name, listed.commune!.code) } });
        break;
      case 'commune-name':
        for (const listed of resolution.communes) {
          if (listed.status === 'unknown' || listed.name === null) continue;
          if (sameName(listed.name, listed.commune!.name) || (listed.formerName !== undefined && sameName(listed.name, listed.formerName))) continue;
          problems.push({ path: at(listed.index, 'nom'), args: { value: listed.name, expected: listed.commune!.name, code: listed.code } });
        }
        break;
      case 'unknown-epci':
        if (resolution.epci && resolution.epci.name === null) problems.push({ path: ['clsm', 'territoire', 'epci'], args: { value: resolution.epci.siren } });
        break;
      case 'population-gap': {
        const computed = resolution.population;
        if (typeof declared === 'number' && computed !== null && computed > 0 && Math.abs(declared - computed) > (tolerance ?? 0.1) * computed)
          problems.push({ path: ['clsm', 'territoire', 'population'], args: { value: declared, computed, vintage: String(table.meta.vintage) } });
        break;
      }
    }
    return problems;
  },
});

/**
 * Communes, an intercommunality none of whose communes is in the région (one finding, not one per member; one that
 * spans two régions including this one is right), and `clsm.departement` outside `clsm.region`; the département needs
 * no table.
 */
function outsideRegion(profile: unknown, territory: { table: TerritoryTable; resolution: Resolution } | undefined): CheckProblem[] {
  const region = valueAt(profile, 'clsm.region');
  if (typeof region !== 'string') return [];
  const resolution = territory?.resolution;
  const problems: CheckProblem[] = [];
  const epci = resolution?.epci;
  if (territory && epci && epci.name !== null && epci.members.length > 0 && !epci.members.some((code) => territory.table.commune(code)?.region === region)) {
    const seat = territory.table.epciSeat(epci.siren);
    if (seat) problems.push({ path: ['clsm', 'territoire', 'epci'], args: { value: epci.siren, name: epci.name, other: regionName(seat.region), region: regionName(region) }, messageId: 'epci' });
  }
  for (const listed of resolution?.communes ?? []) {
    if (listed.status !== 'unknown' && listed.commune!.region !== region)
      problems.push({ path: ['clsm', 'territoire', 'communes', listed.index, 'code_insee'], args: { value: listed.code, name: listed.commune!.name, other: regionName(listed.commune!.region), region: regionName(region) } });
  }
  const departement = valueAt(profile, 'clsm.departement');
  const of = typeof departement === 'string' && Object.prototype.hasOwnProperty.call(DEPARTEMENT_REGIONS, departement) ? DEPARTEMENT_REGIONS[departement] : undefined;
  if (of !== undefined && of !== region) problems.push({ path: ['clsm', 'departement'], args: { value: departement as string, other: regionName(of), region: regionName(region) }, messageId: 'departement' });
  return problems;
}

/** Most names are written as the COG writes them: compared as they are first, normalised only when they differ. */
function sameName(given: string, name: string): boolean {
  return given === name || given.replace(/'/g, '’') === name || normalisedName(given) === normalisedName(name);
}
