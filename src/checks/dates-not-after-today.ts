// One problem per date, among those matched by `paths`, that is later than today (`--today`).
import { select } from '../paths.js';
import type { CheckFunction, Problem } from './types.js';

interface Options {
  paths: string[];
}

export const datesNotAfterToday: CheckFunction = (profile, raw, context) => {
  const options = raw as unknown as Options;
  const problems: Problem[] = [];
  for (const path of options.paths) {
    for (const match of select(profile, path)) {
      // ISO dates compare as strings.
      if (typeof match.value === 'string' && match.value > context.today) problems.push({ path: match.path, args: { value: match.value } });
    }
  }
  return problems;
};
