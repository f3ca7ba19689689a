// The profile JSON Schema as data, read from schemas/ only when needed (suggestions, `clsm schema`).
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

let schema: Record<string, unknown> | undefined;

export function profileSchemaText(): string {
  return fs.readFileSync(path.join(packageRoot(), 'schemas', 'profil-clsm.schema.json'), 'utf8');
}

export function readProfileSchema(): Record<string, unknown> {
  return (schema ??= JSON.parse(profileSchemaText()) as Record<string, unknown>);
}
