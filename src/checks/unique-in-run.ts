// A rule of the run rather than of one file: the same value at `path` (with the reference year) in two profiles of
// one run. The engine does not run it per profile; the run applies it (src/run/run-rules.ts), in path order.
import { PROFILE_PATH } from './option-schemas.js';
import { defineCheck } from './define-check.js';

export const uniqueInRun = defineCheck({
  name: 'unique-in-run',
  summary: {
    fr: 'Écart quand un profil du même lot porte déjà la même valeur à `path` pour la même année de référence (écart sur le second, qui nomme le premier).',
    en: 'Fires when a profile of the same run already has the same value at `path` for the same reference year (on the second one, naming the first).',
  },
  options: { type: 'object', additionalProperties: false, required: ['path'], properties: { path: PROFILE_PATH } },
  runLevel: true,
  run: () => [],
});
