// `clsm web`'s options.
import { Option } from 'commander';
import type { CommandDeclaration } from './common-options.js';

export const declareWeb: CommandDeclaration = (program, d) =>
  program
    .command('web')
    .description(d.t('écrit la page clsm.html : le vérificateur dans un navigateur, hors ligne', 'write the clsm.html page: the checker in a browser, offline'))
    .addOption(new Option('-o, --output <fichier>', d.t('fichier à écrire (« - » : la sortie standard)', 'file to write ("-": standard output)')).default('clsm.html'))
    .action((options: { output: string }) => d.start(async (context) => (await import('./web.js')).webCommand(options, context)));
