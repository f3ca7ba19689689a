// Fires when fewer than `min` items of the list at `path` meet every `where` condition.
import { segmentsOf, valueAt } from '../paths.js';
import { matchesAll, type Condition } from './conditions.js';
import type { CheckFunction } from './types.js';

interface Options {
  path: string;
  where?: Condition[];
  min: number;
}

export const minCount: CheckFunction = (profile, raw, context) => {
  const options = raw as unknown as Options;
  const list = valueAt(profile, options.path);
  const count = Array.isArray(list) ? list.filter((item) => matchesAll(item, options.where, context)).length : 0;
  return count < options.min ? [{ path: segmentsOf(options.path), args: { count, min: options.min } }] : [];
};
