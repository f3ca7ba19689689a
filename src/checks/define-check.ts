// Each check declares its name, its options schema, its traits and its run function once, here; the options' type is
// inferred from the schema (schema-type.ts), so that a check never casts its options.
import type { Text } from '../types.js';
import type { SchemaType } from './schema-type.js';
import type { CheckContext, CheckDefinition, CheckProblem, CheckTraits } from './types.js';

const DEFAULT_TRAITS: CheckTraits = { scope: 'profile', afterOthers: false, waivable: true, baselinable: true, messages: () => [] };

export function defineCheck<const Schema extends Readonly<Record<string, unknown>>>(definition: {
  name: string;
  summary: Text;
  options: Schema;
  run(profile: unknown, options: SchemaType<Schema>, context: CheckContext): CheckProblem[];
  traits?: Partial<CheckTraits>;
}): CheckDefinition<SchemaType<Schema>> {
  return { ...definition, traits: { ...DEFAULT_TRAITS, ...definition.traits } } as CheckDefinition<SchemaType<Schema>>;
}
