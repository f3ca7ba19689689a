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
  let count = 0;
  if (Array.isArray(list)) for (const item of list) if (matchesAll(item, options.where, context)) count++;
  return count < options.min ? [{ path: segmentsOf(options.path), args: { count, min: options.min } }] : [];
};
