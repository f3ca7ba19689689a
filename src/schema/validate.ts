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
  return schemaProblems(validateProfile.errors ?? [], data, readProfileSchema);
}
