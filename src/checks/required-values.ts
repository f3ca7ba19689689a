// Fires when the items at `path` (filtered by `where`) do not carry every one of `values` in `field`:
// one problem naming the missing values, or one per missing value.
import { field, itemsAt, segmentsOf } from '../paths.js';
import { matchesAll } from './conditions.js';
import { CONDITIONS, FIELD_NAME, PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';
import type { CheckProblem } from './types.js';

export const requiredValues = defineCheck({
  name: 'required-values',
  traits: { keyArg: 'value' },
  summary: {
    fr: 'Écart quand les éléments à `path` (filtrés par `where`) ne portent pas toutes les valeurs `values` dans `field` (ou aucune, avec `match: any`) : un écart qui nomme les valeurs manquantes, ou un par valeur avec `one_finding_per_value`.',
    en: 'Fires when the items at `path` (filtered by `where`) do not carry every one of `values` in `field` (or none of them, with `match: any`): one finding naming the missing values, or one per value with `one_finding_per_value`.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'field', 'values'],
    properties: {
      path: PROFILE_PATH,
      where: CONDITIONS,
      field: FIELD_NAME,
      values: { type: 'array', items: { type: 'string' }, minItems: 1 },
      one_finding_per_value: { type: 'boolean' },
      match: { enum: ['all', 'any'], description: '`all` (par défaut) : toutes les valeurs sont attendues ; `any` : une seule suffit.' },
    },
  },
  run(profile, options, context) {
    const present = new Set<unknown>();
    for (const item of itemsAt(profile, options.path)) {
      if (!matchesAll(item, options.where, context)) continue;
      const value = field(item, options.field);
      if (Array.isArray(value)) for (const v of value) present.add(v);
      else present.add(value);
    }
    const missing: string[] = [];
    for (const value of options.values) if (!present.has(value)) missing.push(value);
    if (missing.length === 0 || (options.match === 'any' && missing.length < options.values.length)) return [];
    const at = segmentsOf(options.path);
    if (!options.one_finding_per_value) return [{ path: at, args: { missing } }];
    const problems: CheckProblem[] = [];
    for (const value of missing) problems.push({ path: at, args: { value } });
    return problems;
  },
});
