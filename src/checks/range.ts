// Fires when the number at `path` lies below `min` or above `max`; a missing number is no gap.
import { segmentsOf, valueAt } from '../paths.js';
import { PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

export const range = defineCheck({
  name: 'range',
  summary: {
    fr: 'Écart quand le nombre à `path` est inférieur à `min` ou supérieur à `max` ; un nombre absent n’est pas un écart.',
    en: 'Fires when the number at `path` is below `min` or above `max`; a missing number is no gap.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path'],
    properties: { path: PROFILE_PATH, min: { type: 'number' }, max: { type: 'number' } },
  },
  run(profile, options) {
    const value = valueAt(profile, options.path);
    if (typeof value !== 'number') return [];
    const outside = (options.min !== undefined && value < options.min) || (options.max !== undefined && value > options.max);
    return outside ? [{ path: segmentsOf(options.path), args: { value } }] : [];
  },
});
