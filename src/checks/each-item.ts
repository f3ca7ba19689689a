// One problem per item of the list at `path` that does not meet `require`, located at the required field.
import { field, segmentsOf, valueAt } from '../paths.js';
import { matches } from './conditions.js';
import { CONDITION, FIELD_NAME, PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';
import type { CheckProblem } from './types.js';

export const eachItem = defineCheck({
  name: 'each-item',
  summary: {
    fr: 'Un écart par élément de la liste à `path` qui ne remplit pas la condition `require` ; `label_field` nomme l’élément dans le message.',
    en: 'One finding per item of the list at `path` that does not meet the `require` condition; `label_field` names the item in the message.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'require'],
    properties: { path: PROFILE_PATH, require: CONDITION, label_field: FIELD_NAME },
  },
  run(profile, options, context) {
    const list = valueAt(profile, options.path);
    if (!Array.isArray(list)) return [];
    const base = segmentsOf(options.path);
    const problems: CheckProblem[] = [];
    for (let index = 0; index < list.length; index++) {
      const item: unknown = list[index];
      if (matches(item, options.require, context)) continue;
      const label = options.label_field ? field(item, options.label_field) : undefined;
      problems.push({
        path: [...base, index, options.require.field],
        args: { item: typeof label === 'string' && label.trim() !== '' ? { quoted: label } : { ordinal: index + 1 } },
      });
    }
    return problems;
  },
});
