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
  const excluded = new Set(options.exclude ?? []);
  const distinct = new Set(collect(itemsAt(profile, options.path), options.field).filter((v) => !excluded.has(v as string)));
  return distinct.size < options.min ? [{ path: segmentsOf(options.path), args: { count: distinct.size, min: options.min } }] : [];
};
