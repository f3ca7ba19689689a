// Fires when fewer than `min` items of the list at `path` meet every `where` condition.
import { segmentsOf, valueAt } from '../paths.js';
import { matchesAll } from './conditions.js';
import { CONDITIONS, PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

export const minCount = defineCheck({
  name: 'min-count',
  summary: {
    fr: 'Écart quand moins de `min` éléments de la liste à `path` remplissent toutes les conditions `where`.',
    en: 'Fires when fewer than `min` items of the list at `path` meet every `where` condition.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'min'],
    properties: { path: PROFILE_PATH, where: CONDITIONS, min: { type: 'number' } },
  },
  run(profile, options, context) {
    const list = valueAt(profile, options.path);
    let count = 0;
    if (Array.isArray(list)) for (const item of list) if (matchesAll(item, options.where, context)) count++;
    return count < options.min ? [{ path: segmentsOf(options.path), args: { count, min: options.min } }] : [];
  },
});
