// Validates a parsed profile against the precompiled profile schema: problems with a path, located later.
import validateProfile from '../generated/validate-profile.cjs';
import { schemaProblem, type InputProblem } from '../problem.js';
import { readProfileSchema } from './profile-schema.js';
import { schemaProblems } from './schema-problems.js';

export function validateAgainstSchema(data: unknown): InputProblem[] {
  if (data === null || data === undefined) return [schemaProblem('read.empty', {}, { path: [], position: { line: 1, column: 1 } })];
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [schemaProblem('schema.notMapping', { kind: Array.isArray(data) ? 'list' : 'scalar' })];
  }
  if (validateProfile(data)) return [];
  const problems = schemaProblems(validateProfile.errors ?? [], data, readProfileSchema);
  // A file of thousands of unknown keys would give as many findings in every report: the first ones, then a count.
  if (problems.length <= MAX_SCHEMA_PROBLEMS) return problems;
  const last = problems[MAX_SCHEMA_PROBLEMS - 1]!;
  return [...problems.slice(0, MAX_SCHEMA_PROBLEMS), schemaProblem('schema.more', { count: problems.length - MAX_SCHEMA_PROBLEMS }, { path: last.path, ...(last.atKey ? { atKey: true } : {}) })];
}

/** How many format problems of one file are reported one by one. */
const MAX_SCHEMA_PROBLEMS = 100;
