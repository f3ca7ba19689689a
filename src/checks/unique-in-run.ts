// A rule of the run rather than of one file: the same value at `path` (with the reference year) in two profiles of
// one run. The engine does not run it per profile; the run applies it (src/run/run-rules.ts), in path order.
import { defineCheck } from './define-check.js';

export const uniqueInRun = defineCheck({
  name: 'unique-in-run',
  summary: {
    fr: 'Écart quand un profil du même lot porte déjà le même identifiant (`path: clsm.identifiant`) pour la même année de référence (écart sur le second, qui nomme le premier).',
    en: 'Fires when a profile of the same run already has the same identifier (`path: clsm.identifiant`) for the same reference year (on the second one, naming the first).',
  },
  // A file report keeps only the identity block: the identifier is the one value a run can compare.
  options: { type: 'object', additionalProperties: false, required: ['path'], properties: { path: { const: 'clsm.identifiant' } } },
  runLevel: true,
  run: () => [],
});
