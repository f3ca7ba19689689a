// Fires when the items at `path` (filtered by `where`) do not carry every one of `values` in `field`:
// one problem naming the missing values, or one per missing value.
import { itemsAt, segmentsOf } from '../paths.js';
import { collect, matchesAll, type Condition } from './conditions.js';
import type { CheckFunction } from './types.js';

interface Options {
  path: string;
  where?: Condition[];
  field: string;
  values: string[];
  one_finding_per_value?: boolean;
}

export const requiredValues: CheckFunction = (profile, raw, context) => {
  const options = raw as unknown as Options;
  const items = itemsAt(profile, options.path).filter((item) => matchesAll(item, options.where, context));
  const present = new Set(collect(items, options.field));
  const missing = options.values.filter((value) => !present.has(value));
  if (missing.length === 0) return [];
  const at = segmentsOf(options.path);
  if (options.one_finding_per_value) return missing.map((value) => ({ path: at, args: { value } }));
  return [{ path: at, args: { missing } }];
};
