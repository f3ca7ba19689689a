// Fires when the sum of the numeric `field` over the list at `path` is below `min`.
import { field, segmentsOf, valueAt } from '../paths.js';
import { FIELD_NAME, PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

// Sums of decimal fractions (0.1 + 0.2) land a hair off their value; compare with a tolerance.
const EPSILON = 1e-9;

export const minSum = defineCheck({
  name: 'min-sum',
  summary: {
    fr: 'Écart quand la somme du champ numérique `field` sur la liste à `path` est inférieure à `min`.',
    en: 'Fires when the sum of the numeric `field` over the list at `path` is below `min`.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'field', 'min'],
    properties: { path: PROFILE_PATH, field: FIELD_NAME, min: { type: 'number' } },
  },
  run(profile, options) {
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
  },
});
