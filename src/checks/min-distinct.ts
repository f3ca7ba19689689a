// Fires when the items at `path` carry fewer than `min` distinct values in `field`, once `exclude` is set aside.
import { itemsAt, segmentsOf } from '../paths.js';
import { collect } from './conditions.js';
import type { CheckFunction } from './types.js';

interface Options {
  path: string;
  field: string;
  exclude?: string[];
  min: number;
}

export const minDistinct: CheckFunction = (profile, raw) => {
  const options = raw as unknown as Options;
  const distinct = new Set<unknown>();
  for (const value of collect(itemsAt(profile, options.path), options.field)) {
    if (!options.exclude?.includes(value as string)) distinct.add(value);
  }
  return distinct.size < options.min ? [{ path: segmentsOf(options.path), args: { count: distinct.size, min: options.min } }] : [];
};
