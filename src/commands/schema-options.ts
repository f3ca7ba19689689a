// `clsm schema` has no option of its own.
import type { CommandDeclaration } from './common-options.js';

export const declareSchema: CommandDeclaration = (program, d) =>
  program
    .command('schema')
    .description(d.t('affiche le schéma JSON des profils', 'print the profile JSON Schema'))
    .action(() => d.start(async (context) => (await import('./schema.js')).schemaCommand(context)));
