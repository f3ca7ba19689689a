// Fires when none of the given values is found: each of `any` names a path (`[*]` walks a list) and the value
// expected there; the finding is located at `at`.
import { forEachMatch, segmentsOf } from '../paths.js';
import { defineCheck } from './define-check.js';
import { PROFILE_PATH } from './option-schemas.js';

export const anyValue = defineCheck({
  name: 'any-value',
  summary: {
    fr: 'Écart quand aucune des valeurs attendues n’est trouvée : chaque entrée de `any` donne un chemin (`[*]` parcourt une liste) et la valeur attendue ; l’écart est situé à `at`.',
    en: 'Fires when none of the expected values is found: each entry of `any` gives a path (`[*]` walks a list) and the value expected there; the finding is located at `at`.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['any', 'at'],
    properties: {
      any: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'equals'],
          properties: { path: PROFILE_PATH, equals: { type: ['string', 'number', 'boolean'] } },
        },
      },
      at: PROFILE_PATH,
    },
  },
  run(profile, options) {
    for (const expected of options.any) {
      let found = false;
      forEachMatch(profile, expected.path, (value) => {
        found ||= value === expected.equals;
      });
      if (found) return [];
    }
    return [{ path: segmentsOf(options.at) }];
  },
});
