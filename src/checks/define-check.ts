// Each check declares its name, its options schema and its run function once, here; the options' type is
// inferred from the schema (schema-type.ts), so that a check never casts its options.
import type { Text } from '../types.js';
import type { SchemaType } from './schema-type.js';
import type { CheckContext, CheckDefinition, CheckProblem } from './types.js';

export function defineCheck<const Schema extends Readonly<Record<string, unknown>>>(definition: {
  name: string;
  summary: Text;
  options: Schema;
  run(profile: unknown, options: SchemaType<Schema>, context: CheckContext): CheckProblem[];
  afterOthers?: boolean;
  runLevel?: boolean;
}): CheckDefinition<SchemaType<Schema>> {
  return definition as CheckDefinition<SchemaType<Schema>>;
}
