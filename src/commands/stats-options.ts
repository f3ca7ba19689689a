// `clsm stats`'s arguments and options.
import { Option } from 'commander';
import type { StatsCommandOptions } from './stats.js';
import { formatOption, outputOption, pathsArgument, reportOption, yearOption, type CommandDeclaration } from './common-options.js';

export const declareStats: CommandDeclaration = (program, d) =>
  program
    .command('stats')
    .description(d.t('calcule les indicateurs nationaux de l’instruction, par région et par année', 'compute the instruction’s national indicators, per region and year'))
    .addArgument(pathsArgument(d))
    .addOption(formatOption(d, d.t('format : text, json, csv ou html', 'format: text, json, csv or html'), 'text'))
    .addOption(outputOption(d, ['écrit les indicateurs dans ce fichier (de façon atomique)', 'write the indicators to this file (atomically)']))
    .addOption(reportOption(d, ['écrit aussi les indicateurs dans ce format et ce fichier (répétable)', 'also write the indicators in this format to this file (repeatable)']))
    .addOption(yearOption(d))
    .addOption(new Option('--per <region|departement>', d.t('lignes : une par région (region) ou une par département de chaque région (departement)', 'rows: one per region (region) or one per département within each region (departement)')).default('region'))
    .action((paths: string[], options: StatsCommandOptions) => d.start(async (context) => (await import('./stats.js')).statsCommand(paths, options, context)));
