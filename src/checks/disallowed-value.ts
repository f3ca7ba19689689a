// Fires when the value at `path` is one of `values` (or missing, with `fire_when_missing`).
import { segmentsOf, valueAt } from '../paths.js';
import { PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

export const disallowedValue = defineCheck({
  name: 'disallowed-value',
  summary: {
    fr: 'Écart quand la valeur à `path` fait partie de `values` (ou manque, avec `fire_when_missing`).',
    en: 'Fires when the value at `path` is one of `values` (or missing, with `fire_when_missing`).',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'values'],
    properties: {
      path: PROFILE_PATH,
      values: { type: 'array', items: { type: ['string', 'number', 'boolean'] }, minItems: 1 },
      fire_when_missing: { type: 'boolean' },
    },
  },
  run(profile, options) {
    const value = valueAt(profile, options.path);
    const at = segmentsOf(options.path);
    if (value === undefined || value === null) return options.fire_when_missing ? [{ path: at }] : [];
    return options.values.includes(value as string) ? [{ path: at, args: { value: String(value) } }] : [];
  },
});
