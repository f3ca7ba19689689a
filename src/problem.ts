// A problem found in an input file, before the rules run: where it is and how to word it.
import type { Catalogue } from './i18n/index.js';

export interface InputProblem {
  /** `yaml-syntaxe` when no YAML document could be read, `schema` when the document has the wrong shape. */
  ruleId: 'yaml-syntaxe' | 'schema';
  line: number;
  column: number;
  path: string;
  describe(c: Catalogue): string;
}

export function problemAt(
  ruleId: InputProblem['ruleId'],
  describe: (c: Catalogue) => string,
  line = 1,
  column = 1,
  path = '',
): InputProblem {
  return { ruleId, describe, line, column, path };
}
