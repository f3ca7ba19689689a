// Fires when the year of the value at `path` (a year or a date) falls outside the window around the
// reference year: before year + min_offset, after year + max_offset, or more than max_age years before it.
import { segmentsOf, valueAt } from '../paths.js';
import { yearOf } from './conditions.js';
import { PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

export const yearWindow = defineCheck({
  name: 'year-window',
  summary: {
    fr: 'Écart quand l’année de la valeur à `path` (une année ou une date) sort de la fenêtre autour de l’année de référence : avant année + `min_offset`, après année + `max_offset`, ou plus de `max_age` ans avant.',
    en: 'Fires when the year of the value at `path` (a year or a date) falls outside the window around the reference year: before year + `min_offset`, after year + `max_offset`, or more than `max_age` years before it.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path'],
    properties: {
      path: PROFILE_PATH,
      min_offset: { type: 'integer' },
      max_offset: { type: 'integer' },
      max_age: { type: 'number' },
      fire_when_missing: { type: 'boolean' },
    },
  },
  run(profile, options, context) {
    const value = valueAt(profile, options.path);
    const at = segmentsOf(options.path);
    if (value === undefined || value === null) return options.fire_when_missing ? [{ path: at }] : [];
    const year = yearOf(value);
    if (year === undefined) return [];
    const tooEarly =
      (options.min_offset !== undefined && year < context.year + options.min_offset) ||
      (options.max_age !== undefined && context.year - year > options.max_age);
    const tooLate = options.max_offset !== undefined && year > context.year + options.max_offset;
    return tooEarly || tooLate ? [{ path: at, args: { value: typeof value === 'number' ? value : String(value) } }] : [];
  },
});
