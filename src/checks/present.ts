// Fires when the value at `path` is missing (absent or empty).
import { segmentsOf, valueAt } from '../paths.js';
import { defineCheck } from './define-check.js';
import { PROFILE_PATH } from './option-schemas.js';

export const present = defineCheck({
  name: 'present',
  summary: { fr: 'Écart quand la valeur à `path` n’est pas renseignée.', en: 'Fires when the value at `path` is not given.' },
  options: { type: 'object', additionalProperties: false, required: ['path'], properties: { path: PROFILE_PATH } },
  run(profile, options) {
    const value = valueAt(profile, options.path);
    return value === undefined || value === null ? [{ path: segmentsOf(options.path) }] : [];
  },
});
