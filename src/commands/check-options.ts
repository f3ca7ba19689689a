// `clsm check`'s arguments and options.
import { Option } from 'commander';
import { FORMAT_NAMES, formatDescription } from '../report/formats.js';
import type { CheckCommandOptions } from './check.js';
import { formatOption, outputOption, pathsArgument, reportOption, rulesetOption, todayOption, yearOption, type CommandDeclaration } from './common-options.js';

/** "a, b ou c" */
function orList(items: readonly string[], or: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${or}${items[items.length - 1]}`;
}

export const declareCheck: CommandDeclaration = (program, d) =>
  program
    .command('check')
    .description(d.t('vérifie des profils (fichiers, dossiers, motifs, - pour l’entrée standard)', 'check profiles (files, folders, globs, - for stdin)'))
    .addArgument(pathsArgument(d))
    .addOption(formatOption(d, `${d.t('format du rapport : ', 'report format: ')}${orList(FORMAT_NAMES.map((name) => `${name} (${formatDescription(name)[d.lang]})`), d.t(' ou ', ' or '))}`, 'text'))
    .addOption(outputOption(d, ['écrit le rapport dans ce fichier (de façon atomique)', 'write the report to this file (atomically)']))
    .addOption(reportOption(d, ['écrit aussi ce rapport dans ce fichier (répétable), par exemple sarif:clsm.sarif', 'also write this report to this file (repeatable), for example sarif:clsm.sarif']))
    .addOption(
      new Option(
        '--fail-on <gravité>',
        d.t('gravité qui fait échouer : error, warning, info ou never (ou erreur, avertissement, information, jamais)', 'severity that fails the run: error, warning, info or never (or the French erreur, avertissement, information, jamais)'),
      ).default('error'),
    )
    .addOption(rulesetOption(d))
    .addOption(yearOption(d))
    .addOption(todayOption(d))
    .option('-q, --quiet', d.t('n’affiche que les erreurs', 'show errors only'))
    .option('--split <dossier>', d.t('écrit un rapport par CLSM dans ce dossier (avec -f html ou -f markdown), nommé d’après son identifiant', 'write one report per CLSM in this folder (with -f html or -f markdown), named after its identifiant'))
    .option('--force', d.t('avec --split : remplace les rapports déjà présents', 'with --split: replace the reports already there'))
    .addOption(new Option('--annotations <error|all>', d.t('avec -f github : annotations pour les erreurs seulement (error), ou pour tous les écarts (all)', 'with -f github: annotations for errors only (error), or for every finding (all)')).default('error'))
    .addOption(new Option('--per <ecart|clsm>', d.t('lignes du CSV : une par écart (ecart) ou une par CLSM (clsm)', 'CSV rows: one per gap (ecart) or one per CLSM (clsm)')).default('ecart'))
    .option('--baseline <fichier>', d.t('base de référence : ses écarts sont montrés à part et ne font pas échouer', 'baseline: its findings are shown apart and do not fail the run'))
    .action((paths: string[], options: CheckCommandOptions) => d.start(async (context) => (await import('./check.js')).checkCommand(paths, options, context)));
