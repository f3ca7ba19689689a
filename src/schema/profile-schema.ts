// The profile JSON Schema, embedded at build time: its text for `clsm schema`, its data for suggestions.
import { PROFILE_SCHEMA_TEXT, PROFILE_SCHEMA_TEXT_EN } from '../generated/embedded.js';
import type { Lang } from '../types.js';

let schema: Record<string, unknown> | undefined;

/** The schema's text, with titles and descriptions in French (the file in schemas/) or English. */
export function profileSchemaText(lang: Lang = 'fr'): string {
  return lang === 'en' ? PROFILE_SCHEMA_TEXT_EN : PROFILE_SCHEMA_TEXT;
}

export function readProfileSchema(): Record<string, unknown> {
  return (schema ??= JSON.parse(PROFILE_SCHEMA_TEXT) as Record<string, unknown>);
}
