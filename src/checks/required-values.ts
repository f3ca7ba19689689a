// Fires when the items at `path` (filtered by `where`) do not carry every one of `values` in `field`:
// one problem naming the missing values, or one per missing value.
import { field, itemsAt, segmentsOf } from '../paths.js';
import { matchesAll, type Condition } from './conditions.js';
import type { CheckFunction, Problem } from './types.js';

interface Options {
  path: string;
  where?: Condition[];
  field: string;
  values: string[];
  one_finding_per_value?: boolean;
}

export const requiredValues: CheckFunction = (profile, raw, context) => {
  const options = raw as unknown as Options;
  const present = new Set<unknown>();
  for (const item of itemsAt(profile, options.path)) {
    if (!matchesAll(item, options.where, context)) continue;
    const value = field(item, options.field);
    if (Array.isArray(value)) for (const v of value) present.add(v);
    else present.add(value);
  }
  const missing: string[] = [];
  for (const value of options.values) if (!present.has(value)) missing.push(value);
  if (missing.length === 0) return [];
  const at = segmentsOf(options.path);
  if (!options.one_finding_per_value) return [{ path: at, args: { missing } }];
  const problems: Problem[] = [];
  for (const value of missing) problems.push({ path: at, args: { value } });
  return problems;
};
