// `clsm baseline`'s arguments and options.
import { DEFAULT_BASELINE } from '../baseline/default-file.js';
import type { BaselineCommandOptions } from './baseline.js';
import { outputOption, pathsArgument, rulesetOption, todayOption, yearOption, type CommandDeclaration } from './common-options.js';

export const declareBaseline: CommandDeclaration = (program, d) =>
  program
    .command('baseline')
    .description(d.t('enregistre les écarts d’aujourd’hui dans une base de référence (ou l’allège avec --prune)', 'record today’s findings in a baseline (or trim it with --prune)'))
    .addArgument(pathsArgument(d))
    // No commander default: `--prune FILE` alone must write FILE, and only an -o the person gave writes elsewhere.
    .addOption(outputOption(d, [`fichier de la base de référence (par défaut ${DEFAULT_BASELINE})`, `baseline file (default ${DEFAULT_BASELINE})`]))
    .option('--prune [fichier]', d.t('retire d’une base existante les entrées qu’aucun écart d’aujourd’hui ne couvre, sans jamais en ajouter', 'remove from an existing baseline the entries no finding of today matches, never adding one'))
    .option('--force', d.t('remplace une base de référence existante', 'replace an existing baseline'))
    // No default: pruning keeps the ruleset the baseline was made with.
    .addOption(rulesetOption(d, undefined, false))
    .addOption(yearOption(d))
    .addOption(todayOption(d))
    .action((paths: string[], options: BaselineCommandOptions) => d.start(async (context) => (await import('./baseline.js')).baselineCommand(paths, options, context)));
