// One problem per date, among those matched by `paths`, that is later than today (`--today`).
import { forEachMatch } from '../paths.js';
import type { CheckFunction, Problem } from './types.js';

interface Options {
  paths: string[];
}

export const datesNotAfterToday: CheckFunction = (profile, raw, context) => {
  const options = raw as unknown as Options;
  const problems: Problem[] = [];
  for (const path of options.paths) {
    forEachMatch(profile, path, (value, pathOf) => {
      // ISO dates compare as strings.
      if (typeof value === 'string' && value > context.today) problems.push({ path: pathOf(), args: { value } });
    });
  }
  return problems;
};
