// The names of the régions, from the INSEE figures shipped with clsm: one map for the reports, the stats and the checks.
import { REGION_POPULATIONS } from '../generated/embedded.js';
import { DEPARTEMENT_NAMES } from '../generated/territory-meta.js';

export const REGION_NAMES: ReadonlyMap<string, string> = new Map(REGION_POPULATIONS.map((region) => [region.code, region.name]));

/** A région's name, or its code when it is none of the eighteen. */
export function regionName(code: string): string {
  return REGION_NAMES.get(code) ?? code;
}

/** A département's name from the Code officiel géographique, or undefined for an unknown code. */
export function departementName(code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(DEPARTEMENT_NAMES, code) ? DEPARTEMENT_NAMES[code] : undefined;
}
