// Fires when the sum of the numeric `field` over the list at `path` is below `min`.
import { field, segmentsOf, valueAt } from '../paths.js';
import type { CheckFunction } from './types.js';

interface Options {
  path: string;
  field: string;
  min: number;
}

// Sums of decimal fractions (0.1 + 0.2) land a hair off their value; compare with a tolerance.
const EPSILON = 1e-9;

export const minSum: CheckFunction = (profile, raw) => {
  const options = raw as unknown as Options;
  const list = valueAt(profile, options.path);
  let total = 0;
  if (Array.isArray(list)) {
    for (const item of list) {
      const value = field(item, options.field);
      if (typeof value === 'number') total += value;
    }
  }
  total = Math.round(total * 1000) / 1000;
  return total < options.min - EPSILON ? [{ path: segmentsOf(options.path), args: { total } }] : [];
};
