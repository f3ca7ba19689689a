// `clsm explain`'s argument and options.
import { formatOption, rulesetOption, type CommandDeclaration } from './common-options.js';

export const declareExplain: CommandDeclaration = (program, d) =>
  program
    .command('explain')
    .description(d.t('explique une règle : ce qu’elle vérifie, pourquoi, comment combler l’écart', 'explain a rule: what it checks, why, how to close the gap'))
    .argument('<règle>', d.t('identifiant de la règle (voir clsm rules)', 'rule id (see clsm rules)'))
    .addOption(rulesetOption(d))
    .addOption(formatOption(d, d.t('text, ou markdown (la page de documentation de la règle)', 'text, or markdown (the rule’s documentation page)'), 'text'))
    .action((ruleId: string, options: { ruleset: string; format: string }) => d.start(async (context) => (await import('./explain.js')).explainCommand(ruleId, options, context)));
