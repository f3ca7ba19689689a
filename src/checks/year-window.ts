// Fires when the year of the value at `path` (a year or a date) falls outside the window around the
// reference year: before year + min_offset, after year + max_offset, or more than max_age years before it.
import { segmentsOf, valueAt } from '../paths.js';
import { yearOf } from './conditions.js';
import type { CheckFunction } from './types.js';

interface Options {
  path: string;
  min_offset?: number;
  max_offset?: number;
  max_age?: number;
  fire_when_missing?: boolean;
}

export const yearWindow: CheckFunction = (profile, raw, context) => {
  const options = raw as unknown as Options;
  const value = valueAt(profile, options.path);
  const at = segmentsOf(options.path);
  if (value === undefined || value === null) return options.fire_when_missing ? [{ path: at }] : [];
  const year = yearOf(value);
  if (year === undefined) return [];
  const tooEarly =
    (options.min_offset !== undefined && year < context.year + options.min_offset) ||
    (options.max_age !== undefined && context.year - year > options.max_age);
  const tooLate = options.max_offset !== undefined && year > context.year + options.max_offset;
  return tooEarly || tooLate ? [{ path: at, args: { value: typeof value === 'number' ? value : String(value) } }] : [];
};
