// The one place where problems get their line:column: from the parser, or from their path in the document.
import type { Locator } from './locator.js';
import type { Problem } from '../problem.js';
import type { Position } from '../types.js';

const START: Position = { line: 1, column: 1 };

export function locate(problem: Problem, locator: Locator | null): Position {
  if (problem.position) return problem.position;
  return locator ? locator.locate(problem.path, problem.atKey) : START;
}
