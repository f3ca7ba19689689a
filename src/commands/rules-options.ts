// `clsm rules`'s options.
import { formatOption, rulesetOption, type CommandDeclaration } from './common-options.js';

export const declareRules: CommandDeclaration = (program, d) =>
  program
    .command('rules')
    .description(d.t('liste les règles du jeu de règles actif', 'list the rules of the active ruleset'))
    .addOption(formatOption(d, d.t('text ou json', 'text or json'), 'text'))
    .addOption(rulesetOption(d))
    .option('--checks', d.t('liste les fonctions de contrôle et leurs options, pour écrire un jeu de règles', 'list the check functions and their options, to write a ruleset'))
    .action((options: { ruleset: string; format: string; checks?: boolean }) => d.start(async (context) => (await import('./rules.js')).rulesCommand(options, context)));
