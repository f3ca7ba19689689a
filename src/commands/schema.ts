// `clsm schema`: prints the profile JSON Schema, for editors and other tools.
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write } from '../io.js';
import { profileSchemaText } from '../schema/profile-schema.js';
import type { CommandContext } from './context.js';

export async function schemaCommand({ io, lang }: CommandContext): Promise<ExitCode> {
  await write(io.stdout, profileSchemaText(lang));
  return EXIT.ok;
}
