// The names of the régions, from the INSEE figures shipped with clsm: one map for the reports, the stats and the checks.
import { REGION_POPULATIONS } from '../generated/embedded.js';

export const REGION_NAMES: ReadonlyMap<string, string> = new Map(REGION_POPULATIONS.map((region) => [region.code, region.name]));

/** A région's name, or its code when it is none of the eighteen. */
export function regionName(code: string): string {
  return REGION_NAMES.get(code) ?? code;
}
