// Fires when the value at `path` is one of `values` (or missing, with `fire_when_missing`).
import { segmentsOf, valueAt } from '../paths.js';
import type { CheckFunction } from './types.js';

interface Options {
  path: string;
  values: ReadonlyArray<string | number | boolean>;
  fire_when_missing?: boolean;
}

export const disallowedValue: CheckFunction = (profile, raw) => {
  const options = raw as unknown as Options;
  const value = valueAt(profile, options.path);
  const at = segmentsOf(options.path);
  if (value === undefined || value === null) return options.fire_when_missing ? [{ path: at }] : [];
  return options.values.includes(value as string) ? [{ path: at, args: { value: String(value) } }] : [];
};
