// The profile JSON Schema, embedded at build time: its text for `clsm schema`, its data for suggestions.
import { PROFILE_SCHEMA_TEXT } from '../generated/embedded.js';

let schema: Record<string, unknown> | undefined;

export function profileSchemaText(): string {
  return PROFILE_SCHEMA_TEXT;
}

export function readProfileSchema(): Record<string, unknown> {
  return (schema ??= JSON.parse(PROFILE_SCHEMA_TEXT) as Record<string, unknown>);
}
