// `clsm init`'s argument and options.
import type { InitCommandOptions } from './init.js';
import { rulesetOption, todayOption, yearOption, type CommandDeclaration } from './common-options.js';

export const declareInit: CommandDeclaration = (program, d) =>
  program
    .command('init')
    .description(d.t('écrit un nouveau profil : questionnaire dans un terminal, modèle commenté, ou profil de l’année suivante', 'write a new profile: a questionnaire in a terminal, a commented template, or next year’s profile'))
    .argument('[fichier]', d.t('fichier à écrire (par défaut profil-clsm.yaml)', 'file to write (default profil-clsm.yaml)'))
    .option('--template', d.t('écrit un profil commenté à compléter, sans questions', 'write a commented profile to fill in, without questions'))
    .option('--from <profil>', d.t('part du profil d’une autre année', 'start from another year’s profile'))
    .addOption(yearOption(d, ['année du nouveau profil', 'year of the new profile']))
    .addOption(todayOption(d, ['date du jour (dérogations expirées, dates futures)', 'today’s date (expired waivers, future dates)']))
    .addOption(rulesetOption(d, ['jeu de règles du rapport d’écarts qui suit', 'ruleset of the gap report that follows']))
    .option('--force', d.t('remplace un fichier existant', 'replace an existing file'))
    .action((file: string | undefined, options: InitCommandOptions) => d.start(async (context) => (await import('./init.js')).initCommand(file, options, context)));
