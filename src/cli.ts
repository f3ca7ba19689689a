// The command line: commander wiring → a command (loaded on demand) → an exit code. Never calls process.exit; never prints a stack trace.
import { Command, CommanderError } from 'commander';
import { DEFAULT_BASELINE } from './baseline/default-file.js';
import type { BaselineCommandOptions } from './commands/baseline.js';
import type { InitCommandOptions } from './commands/init.js';
import type { CheckCommandOptions } from './commands/check.js';
import type { StatsCommandOptions } from './commands/stats.js';
import type { CommandContext } from './commands/context.js';
import { closest } from './closest.js';
import { UserError } from './errors.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { catalogue, type Catalogue } from './i18n/index.js';
import { frenchTypography } from './i18n/typography.js';
import { wrap } from './report/table.js';
import { writeError, type Io } from './io.js';
import { LANGS, oneOf, parseLang } from './options.js';
import { FORMAT_NAMES, formatDescription } from './report/formats.js';
import { DEFAULT_RULESET } from './ruleset/builtin.js';
import type { Lang } from './types.js';
import { TOOL_VERSION } from './version.js';

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Arguments:': 'Arguments :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Global Options:': 'Options globales :',
};

const COMMANDS = ['check', 'stats', 'init', 'baseline', 'rules', 'explain', 'schema', 'help'];

/** "a, b ou c" */
function orList(items: readonly string[], or: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')}${or}${items[items.length - 1]}`;
}

function buildProgram(io: Io, lang: Lang, c: Catalogue, setExit: (code: Promise<ExitCode>) => void): Command {
  const fr = lang === 'fr';
  const t = (french: string, english: string) => (fr ? frenchTypography(french) : english);
  const context = (): CommandContext => ({ io, lang, c });

  const program = new Command('clsm')
    .description(t('Vérifie un conseil local de santé mentale (CLSM) au regard du référentiel national de mai 2025.', 'Checks a local mental health council (CLSM) against the national referential of May 2025.'))
    .version(TOOL_VERSION, '-V, --version', t('affiche la version', 'print the version'))
    .helpOption('-h, --help', t('affiche l’aide', 'display help'))
    .usage(t('[options] [commande]', '[options] [command]'))
    .helpCommand('help [commande]', t('affiche l’aide d’une commande', 'display help for a command'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: () => {},
    })
    .configureHelp({
      // Commander breaks lines at any white space, no-break spaces included (« défaut\u00a0: » split before
      // its colon): wrap at ordinary spaces only.
      boxWrap: (text: string, width: number) => (width < 40 ? text : text.split('\n').flatMap((line) => wrap(line, width)).join('\n')),
      styleTitle: (title) => (fr ? frenchTypography(HELP_TITLES[title] ?? title) : title),
      optionDescription: (option) =>
        option.defaultValue === undefined ? option.description : `${option.description} (${t('par défaut : ', 'default: ')}${String(option.defaultValue)})`,
    })
    .showSuggestionAfterError(false);

  const common = (command: Command) =>
    command
      .option('--lang <langue>', t('langue des messages : fr ou en', 'message language: fr or en'), 'fr')
      .helpOption('-h, --help', t('affiche l’aide', 'display help'));

  common(
    program
      .command('check')
      .description(t('vérifie des profils (fichiers, dossiers, motifs, - pour l’entrée standard)', 'check profiles (files, folders, globs, - for stdin)'))
      .argument('[chemins...]', t('fichiers, dossiers ou motifs ; « . » par défaut', 'files, folders or globs; "." by default'))
      .option('-f, --format <format>', `${t('format du rapport : ', 'report format: ')}${orList(
          FORMAT_NAMES.map((name) => `${name} (${formatDescription(name)[lang]})`),
          t(' ou ', ' or '),
        )}`, 'text')
      .option('-o, --output <fichier>', t('écrit le rapport dans ce fichier (de façon atomique)', 'write the report to this file (atomically)'))
      .option(
        '--report <format:fichier>',
        t('écrit aussi ce rapport dans ce fichier (répétable), par exemple sarif:clsm.sarif', 'also write this report to this file (repeatable), for example sarif:clsm.sarif'),
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option('--fail-on <gravité>', t('gravité qui fait échouer : error, warning, info ou never (ou erreur, avertissement, information, jamais)', 'severity that fails the run: error, warning, info or never (or the French erreur, avertissement, information, jamais)'), 'error')
      .option('--ruleset <id|fichier>', t('jeu de règles : identifiant fourni ou fichier', 'ruleset: a shipped id or a file'), DEFAULT_RULESET)
      .option('--year <aaaa>', t('année de référence, à la place de annee_reference', 'reference year, instead of annee_reference'))
      .option('--today <aaaa-mm-jj>', t('date du jour pour les dates futures et les dérogations', 'today’s date, for future dates and derogations'))
      .option('-q, --quiet', t('n’affiche que les erreurs', 'show errors only'))
      .option('--baseline <fichier>', t('base de référence : ses écarts sont montrés à part et ne font pas échouer', 'baseline: its findings are shown apart and do not fail the run')),
  ).action((paths: string[], options: CheckCommandOptions) =>
    setExit(import('./commands/check.js').then(({ checkCommand }) => checkCommand(paths, options, context()))),
  );

  common(
    program
      .command('stats')
      .description(t('calcule les indicateurs nationaux de l’instruction, par région et par année', 'compute the instruction’s national indicators, per region and year'))
      .argument('[chemins...]', t('fichiers, dossiers ou motifs ; « . » par défaut', 'files, folders or globs; "." by default'))
      .option('-f, --format <format>', t('format : text, json, csv ou html', 'format: text, json, csv or html'), 'text')
      .option('-o, --output <fichier>', t('écrit les indicateurs dans ce fichier (de façon atomique)', 'write the indicators to this file (atomically)'))
      .option(
        '--report <format:fichier>',
        t('écrit aussi les indicateurs dans ce format et ce fichier (répétable)', 'also write the indicators in this format to this file (repeatable)'),
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option('--year <aaaa>', t('année de référence, à la place de annee_reference', 'reference year, instead of annee_reference')),
  ).action((paths: string[], options: StatsCommandOptions) =>
    setExit(import('./commands/stats.js').then(({ statsCommand }) => statsCommand(paths, options, context()))),
  );

  common(
    program
      .command('init')
      .description(t('écrit un nouveau profil : questionnaire dans un terminal, modèle commenté, ou profil de l’année suivante', 'write a new profile: a questionnaire in a terminal, a commented template, or next year’s profile'))
      .argument('[fichier]', t(`fichier à écrire (par défaut profil-clsm.yaml)`, 'file to write (default profil-clsm.yaml)'))
      .option('--template', t('écrit un profil commenté à compléter, sans questions', 'write a commented profile to fill in, without questions'))
      .option('--from <profil>', t('part du profil d’une autre année', 'start from another year’s profile'))
      .option('--year <aaaa>', t('année du nouveau profil', 'year of the new profile'))
      .option('--today <aaaa-mm-jj>', t('date du jour (dérogations expirées, dates futures)', 'today’s date (expired waivers, future dates)'))
      .option('--ruleset <id|fichier>', t('jeu de règles du rapport d’écarts qui suit', 'ruleset of the gap report that follows'), DEFAULT_RULESET)
      .option('--force', t('remplace un fichier existant', 'replace an existing file')),
  ).action((file: string | undefined, options: InitCommandOptions) =>
    setExit(import('./commands/init.js').then(({ initCommand }) => initCommand(file, options, context()))),
  );

  common(
    program
      .command('baseline')
      .description(
        t(
          'enregistre les écarts d’aujourd’hui dans une base de référence (ou l’allège avec --prune)',
          'record today’s findings in a baseline (or trim it with --prune)',
        ),
      )
      .argument('[chemins...]', t('fichiers, dossiers ou motifs ; « . » par défaut', 'files, folders or globs; "." by default'))
      .option('-o, --output <fichier>', t('fichier de la base de référence', 'baseline file'), DEFAULT_BASELINE)
      .option('--prune [fichier]', t('abaisse les nombres d’une base existante aux écarts d’aujourd’hui, sans jamais les augmenter', 'lower the counts of an existing baseline to today’s findings, never raising them'))
      .option('--force', t('remplace une base de référence existante', 'replace an existing baseline'))
      .option('--ruleset <id|fichier>', t('jeu de règles : identifiant fourni ou fichier', 'ruleset: a shipped id or a file'))
      .option('--year <aaaa>', t('année de référence, à la place de annee_reference', 'reference year, instead of annee_reference'))
      .option('--today <aaaa-mm-jj>', t('date du jour pour les dates futures et les dérogations', 'today’s date, for future dates and derogations')),
  ).action((paths: string[], options: BaselineCommandOptions) =>
    setExit(import('./commands/baseline.js').then(({ baselineCommand }) => baselineCommand(paths, options, context()))),
  );

  common(
    program
      .command('rules')
      .description(t('liste les règles du jeu de règles actif', 'list the rules of the active ruleset'))
      .option('-f, --format <format>', t('text ou json', 'text or json'), 'text')
      .option('--ruleset <id|fichier>', t('jeu de règles : identifiant fourni ou fichier', 'ruleset: a shipped id or a file'), DEFAULT_RULESET)
      .option('--checks', t('liste les fonctions de contrôle et leurs options, pour écrire un jeu de règles', 'list the check functions and their options, to write a ruleset')),
  ).action((options: { ruleset: string; format: string; checks?: boolean }) =>
    setExit(import('./commands/rules.js').then(({ rulesCommand }) => rulesCommand(options, context()))),
  );

  common(
    program
      .command('explain')
      .description(t('explique une règle : ce qu’elle vérifie, pourquoi, comment combler l’écart', 'explain a rule: what it checks, why, how to close the gap'))
      .argument('<règle>', t('identifiant de la règle (voir clsm rules)', 'rule id (see clsm rules)'))
      .option('--ruleset <id|fichier>', t('jeu de règles : identifiant fourni ou fichier', 'ruleset: a shipped id or a file'), DEFAULT_RULESET)
      .option('-f, --format <format>', t('text, ou markdown (la page de documentation de la règle)', 'text, or markdown (the rule’s documentation page)'), 'text'),
  ).action((ruleId: string, options: { ruleset: string; format: string }) =>
    setExit(import('./commands/explain.js').then(({ explainCommand }) => explainCommand(ruleId, options, context()))),
  );

  common(program.command('schema').description(t('affiche le schéma JSON des profils', 'print the profile JSON Schema'))).action(() =>
    setExit(import('./commands/schema.js').then(({ schemaCommand }) => schemaCommand(context()))),
  );

  return program;
}

function commanderMessage(error: CommanderError, c: Catalogue): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return c.cli.unknownOption(quoted);
    case 'commander.unknownCommand':
      return c.cli.unknownCommand(quoted, closest(quoted, COMMANDS));
    case 'commander.missingArgument':
      return c.cli.missingArgument(quoted);
    case 'commander.optionMissingArgument': {
      // "-o, --output <fichier>": name the option by its long flag.
      const flags = quoted.split(/[ ,]+/).filter((flag) => flag.startsWith('-'));
      return c.cli.missingOptionValue(flags.find((flag) => flag.startsWith('--')) ?? flags[0] ?? quoted);
    }
    case 'commander.excessArguments':
      return c.cli.tooManyArguments();
    default:
      return error.message.replace(/^error: /, '');
  }
}

export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const { lang, invalid } = parseLang(argv, io.env);
  const c = catalogue(lang);
  let pending: Promise<ExitCode> | undefined;
  try {
    if (invalid !== undefined) oneOf(c, '--lang', invalid, LANGS);
    // bin/clsm.js gives an empty folder when the current folder was deleted.
    if (io.cwd === '') throw new UserError(c.cli.cwdGone());
    const program = buildProgram(io, lang, c, (code) => (pending = code));
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return pending ? await pending : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      }
      await writeError(io, c, commanderMessage(error, c));
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      // A ruleset file with several problems gives one line per problem.
      await writeError(io, c, error.message);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    await writeError(io, c, c.cli.internal(message));
    return EXIT.usage;
  }
}

