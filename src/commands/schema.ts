// `clsm schema`: prints the profile JSON Schema, for editors and other tools.
import profileSchema from '../../schemas/profil-clsm.schema.json' with { type: 'json' };
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write } from '../io.js';
import type { CommandContext } from './context.js';

export async function schemaCommand({ io }: CommandContext): Promise<ExitCode> {
  await write(io.stdout, `${JSON.stringify(profileSchema, null, 2)}\n`);
  return EXIT.ok;
}
