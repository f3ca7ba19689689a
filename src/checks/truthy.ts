// Fires when `all` (or, with mode `any`, none) of the values at `paths` is set: true, a positive number, a non-empty text or list.
import { segmentsOf, valueAt } from '../paths.js';
import type { CheckFunction } from './types.js';

interface Options {
  paths: string[];
  mode: 'all' | 'any';
}

function isTruthy(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object';
}

export const truthy: CheckFunction = (profile, raw) => {
  const options = raw as unknown as Options;
  let firstFailing: string | undefined;
  let failing = 0;
  for (const path of options.paths) {
    if (isTruthy(valueAt(profile, path))) continue;
    firstFailing ??= path;
    failing++;
  }
  const fires = options.mode === 'all' ? failing > 0 : failing === options.paths.length;
  return fires && firstFailing !== undefined ? [{ path: segmentsOf(firstFailing) }] : [];
};
