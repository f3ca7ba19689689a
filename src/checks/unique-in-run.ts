// A rule of the run rather than of one file: the same value at `path` (with the reference year) in two profiles of
// one run. Per profile, the check only claims its value; the run compares the claims (engine/run-scope.ts), in path
// order, and the second profile with a claim gets the finding, which names the first.
import { segmentsOf, valueAt } from '../paths.js';
import { defineCheck } from './define-check.js';

export const uniqueInRun = defineCheck({
  name: 'unique-in-run',
  summary: {
    fr: 'Écart quand un profil du même lot porte déjà la même valeur à `path` (un texte ou un nombre, par exemple `clsm.identifiant`) pour la même année de référence\u00a0: l’écart est relevé sur le second profil, dans l’ordre des chemins, et nomme le premier (`{other}`). Ni dérogation ni base de référence ne le couvrent.',
    en: 'Fires when a profile of the same run already has the same value at `path` (a text or a number, such as `clsm.identifiant`) for the same reference year: the finding is on the second profile, in path order, and names the first (`{other}`). No waiver or baseline covers it.',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['path'],
    properties: { path: { type: 'string', pattern: '^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$' } },
  },
  // Two profiles claiming one identity is a problem of the repository, not a gap a CLSM could be excused from.
  traits: { scope: 'run', waivable: false, baselinable: false },
  run(profile, { path }) {
    const value = valueAt(profile, path);
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    return [{ path: segmentsOf(path), args: { value: String(value) } }];
  },
});
