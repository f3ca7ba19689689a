// The names of the régions, from the INSEE figures shipped with clsm: one map for the reports, the stats and the checks.
import { REGION_POPULATIONS } from '../generated/embedded.js';
import { DEPARTEMENT_NAMES } from '../generated/territory-meta.js';
import type { FileReport } from '../types.js';

export const REGION_NAMES: ReadonlyMap<string, string> = new Map(REGION_POPULATIONS.map((region) => [region.code, region.name]));

/** A région's name, or its code when it is none of the eighteen. */
export function regionName(code: string): string {
  return REGION_NAMES.get(code) ?? code;
}

/** A département's name from the Code officiel géographique, or undefined for an unknown code. */
export function departementName(code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(DEPARTEMENT_NAMES, code) ? DEPARTEMENT_NAMES[code] : undefined;
}

/**
 * The département of a checked profile: the one it declares, or the one of the first commune it lists (a unit's code
 * starts with its département: two characters, three overseas).
 */
export function departementOfReport(report: Pick<FileReport, 'facts'>): string | null {
  if (report.facts?.departement) return report.facts.departement;
  const unit = report.facts?.territory?.units[0];
  return unit ? (unit.startsWith('97') ? unit.slice(0, 3) : unit.slice(0, 2)) : null;
}
