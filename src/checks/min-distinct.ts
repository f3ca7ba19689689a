// Fires when the items at `path` carry fewer than `min` distinct values in `field`, once `exclude` is set aside.
import { itemsAt, segmentsOf } from '../paths.js';
import { collect, matchesAll } from './conditions.js';
import { CONDITIONS, FIELD_NAME, PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

export const minDistinct = defineCheck({
  name: 'min-distinct',
  summary: {
    fr: 'Écart quand les éléments à `path` (filtrés par `where`) portent moins de `min` valeurs distinctes dans `field`, hors `exclude` ; avec `when_items`, seulement s’il y a de tels éléments.',
    en: 'Fires when the items at `path` (filtered by `where`) carry fewer than `min` distinct values in `field`, `exclude` set aside; with `when_items`, only if there are such items.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'field', 'min'],
    properties: {
      path: PROFILE_PATH,
      where: CONDITIONS,
      field: FIELD_NAME,
      exclude: { type: 'array', items: { type: 'string' } },
      min: { type: 'number' },
      when_items: { type: 'boolean', description: 'Ne relève un écart que si au moins un élément remplit `where`.' },
    },
  },
  run(profile, options, context) {
    const items = itemsAt(profile, options.path).filter((item) => matchesAll(item, options.where, context));
    if (options.when_items && items.length === 0) return [];
    const distinct = new Set<unknown>();
    for (const value of collect(items, options.field)) {
      if (!options.exclude?.includes(value as string)) distinct.add(value);
    }
    return distinct.size < options.min ? [{ path: segmentsOf(options.path), args: { count: distinct.size, min: options.min } }] : [];
  },
});
