// Fires when the number at `path` lies below `min` or above `max`; a missing number is no gap.
import { segmentsOf, valueAt } from '../paths.js';
import type { CheckFunction } from './types.js';

interface Options {
  path: string;
  min?: number;
  max?: number;
}

export const range: CheckFunction = (profile, raw) => {
  const options = raw as unknown as Options;
  const value = valueAt(profile, options.path);
  if (typeof value !== 'number') return [];
  const outside = (options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max);
  return outside ? [{ path: segmentsOf(options.path), args: { value } }] : [];
};
