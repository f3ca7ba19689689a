// Fires when the items at `path` carry fewer than `min` distinct values in `field`, once `exclude` is set aside.
import { itemsAt, segmentsOf } from '../paths.js';
import { collect } from './conditions.js';
import { FIELD_NAME, PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

export const minDistinct = defineCheck({
  name: 'min-distinct',
  summary: {
    fr: 'Écart quand les éléments à `path` portent moins de `min` valeurs distinctes dans `field`, hors `exclude`.',
    en: 'Fires when the items at `path` carry fewer than `min` distinct values in `field`, `exclude` set aside.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'field', 'min'],
    properties: { path: PROFILE_PATH, field: FIELD_NAME, exclude: { type: 'array', items: { type: 'string' } }, min: { type: 'number' } },
  },
  run(profile, options) {
    const distinct = new Set<unknown>();
    for (const value of collect(itemsAt(profile, options.path), options.field)) {
      if (!options.exclude?.includes(value as string)) distinct.add(value);
    }
    return distinct.size < options.min ? [{ path: segmentsOf(options.path), args: { count: distinct.size, min: options.min } }] : [];
  },
});
