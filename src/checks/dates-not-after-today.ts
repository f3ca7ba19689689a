// One problem per date, among those matched by `paths`, that is later than today (`--today`).
import { forEachMatch } from '../paths.js';
import { defineCheck } from './define-check.js';
import { PROFILE_PATH } from './option-schemas.js';
import type { CheckProblem } from './types.js';

function datesAfter(profile: unknown, paths: readonly string[], today: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const path of paths) {
    forEachMatch(profile, path, (value, pathOf) => {
      // ISO dates compare as strings.
      if (typeof value === 'string' && value > today) problems.push({ path: pathOf(), args: { value } });
    });
  }
  return problems;
}

export const datesNotAfterToday = defineCheck({
  name: 'dates-not-after-today',
  summary: {
    fr: 'Un écart par date, parmi celles que désignent `paths`, postérieure à la date du jour (`--today`).',
    en: 'One finding per date, among those `paths` designate, later than today (`--today`).',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['paths'],
    properties: { paths: { type: 'array', items: PROFILE_PATH, minItems: 1 } },
  },
  run: (profile, options, context) => datesAfter(profile, options.paths, context.today),
});
