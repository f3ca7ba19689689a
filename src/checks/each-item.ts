// One problem per item of the list at `path` that does not meet `require`, located at the required field.
import { field, segmentsOf, valueAt } from '../paths.js';
import { matches, type Condition } from './conditions.js';
import type { CheckFunction, Problem } from './types.js';

interface Options {
  path: string;
  require: Condition;
  label_field?: string;
}

export const eachItem: CheckFunction = (profile, raw, context) => {
  const options = raw as unknown as Options;
  const list = valueAt(profile, options.path);
  if (!Array.isArray(list)) return [];
  const base = segmentsOf(options.path);
  const problems: Problem[] = [];
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
};
