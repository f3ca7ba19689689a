// Fires when `all` (or, with mode `any`, none) of the values at `paths` is set: true, a positive number, a non-empty text or list.
import { segmentsOf, valueAt } from '../paths.js';
import { PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

function isTruthy(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object';
}

export const truthy = defineCheck({
  name: 'truthy',
  summary: {
    fr: 'Écart quand une des valeurs à `paths` (mode `all`), ou toutes (mode `any`), ne sont pas renseignées : true, un nombre positif, un texte ou une liste non vides.',
    en: 'Fires when one of the values at `paths` (mode `all`), or all of them (mode `any`), is not set: true, a positive number, a non-empty text or list.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['paths', 'mode'],
    properties: { paths: { type: 'array', items: PROFILE_PATH, minItems: 1 }, mode: { enum: ['all', 'any'] } },
  },
  run(profile, options) {
    let firstFailing: string | undefined;
    let failing = 0;
    for (const path of options.paths) {
      if (isTruthy(valueAt(profile, path))) continue;
      firstFailing ??= path;
      failing++;
    }
    const fires = options.mode === 'all' ? failing > 0 : failing === options.paths.length;
    return fires && firstFailing !== undefined ? [{ path: segmentsOf(firstFailing) }] : [];
  },
});
