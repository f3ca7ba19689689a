// Fires when one of the values at `paths` is not set (mode `all`: one finding, at the first; mode `each`: one
// finding per value not set), or when none is (mode `any`). Set: true, a positive number, a non-empty text or list.
import { segmentsOf, valueAt } from '../paths.js';
import { PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';
import type { CheckProblem } from './types.js';

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
    fr: 'Écart quand une des valeurs à `paths` n’est pas renseignée (mode `all` : un écart ; mode `each` : un écart par valeur), ou quand aucune ne l’est (mode `any`). Renseignée : true, un nombre positif, un texte ou une liste non vides.',
    en: 'Fires when one of the values at `paths` is not set (mode `all`: one finding; mode `each`: one finding per value), or when none is (mode `any`). Set: true, a positive number, a non-empty text or list.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['paths', 'mode'],
    properties: { paths: { type: 'array', items: PROFILE_PATH, minItems: 1 }, mode: { enum: ['all', 'any', 'each'] } },
  },
  run(profile, options) {
    if (options.mode === 'each') {
      const problems: CheckProblem[] = [];
      for (const path of options.paths) if (!isTruthy(valueAt(profile, path))) problems.push({ path: segmentsOf(path), args: { field: path.slice(path.lastIndexOf('.') + 1) } });
      return problems;
    }
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
