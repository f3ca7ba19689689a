// The command line: commander wiring → a command (loaded on demand) → an exit code. Never calls process.exit; never prints a stack trace.
import { Command, CommanderError } from 'commander';
import { declareBaseline } from './commands/baseline-options.js';
import { declareCheck } from './commands/check-options.js';
import type { CommandDeclaration, Declaring } from './commands/common-options.js';
import type { CommandContext } from './commands/context.js';
import { declareExplain } from './commands/explain-options.js';
import { declareInit } from './commands/init-options.js';
import { declareRules } from './commands/rules-options.js';
import { declareSchema } from './commands/schema-options.js';
import { declareWeb } from './commands/web-options.js';
import { declareStats } from './commands/stats-options.js';
import { closest } from './closest.js';
import { UserError } from './errors.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { catalogue, type Catalogue } from './i18n/index.js';
import { frenchTypography } from './i18n/typography.js';
import { wrap } from './report/table.js';
import { writeError, type Io } from './io.js';
import { LANGS, oneOf, parseLang } from './options.js';
import type { Lang } from './types.js';
import { TOOL_VERSION } from './version.js';

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Arguments:': 'Arguments :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Global Options:': 'Options globales :',
};

/** Each command, declared beside its code, in the order of the help. */
const COMMAND_DECLARATIONS: readonly CommandDeclaration[] = [declareCheck, declareStats, declareInit, declareBaseline, declareRules, declareExplain, declareSchema, declareWeb];
const COMMANDS = ['check', 'stats', 'init', 'baseline', 'rules', 'explain', 'schema', 'web', 'help'];
/** The French word a person may type for a command (`clsm verifier`): the command is suggested. */
const FRENCH_COMMANDS: Readonly<Record<string, string>> = {
  verifier: 'check',
  controler: 'check',
  statistiques: 'stats',
  indicateurs: 'stats',
  initialiser: 'init',
  creer: 'init',
  regles: 'rules',
  expliquer: 'explain',
  schema: 'schema',
  page: 'web',
  aide: 'help',
};

/** What a command runs with; loaded with the command (help and --version need none of it). */
async function commandContext(io: Io, lang: Lang, c: Catalogue): Promise<CommandContext> {
  const [{ createTemporaryFiles }, { createRunSession }] = await Promise.all([import('./output/atomic-file.js'), import('./run/session.js')]);
  const temporaryFiles = createTemporaryFiles();
  // Ctrl-C, SIGTERM or SIGHUP during a run: the reports being written are removed (where the caller listens).
  io.onInterrupt?.(() => temporaryFiles.removeAll());
  return { io, lang, c, session: createRunSession(), temporaryFiles };
}

function buildProgram(io: Io, lang: Lang, c: Catalogue, setExit: (code: Promise<ExitCode>) => void): Command {
  const fr = lang === 'fr';
  const t = (french: string, english: string) => (fr ? frenchTypography(french) : english);
  const declaring: Declaring = { lang, t, start: (work) => setExit(commandContext(io, lang, c).then(work)) };

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
    // Commander's suggestion is read from its message and said in the person's language (commanderMessage).
    .showSuggestionAfterError(true);

  for (const declare of COMMAND_DECLARATIONS) {
    declare(program, declaring)
      .option('--lang <langue>', t('langue des messages : fr ou en', 'message language: fr or en'), 'fr')
      .helpOption('-h, --help', t('affiche l’aide', 'display help'));
  }
  return program;
}

function commanderMessage(error: CommanderError, c: Catalogue): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      // Commander finds the closest option of the command (« --formt » → « --format »).
      return c.cli.unknownOption(quoted, /Did you mean (\S+?)\??\)?$/m.exec(error.message)?.[1] ?? null);
    case 'commander.unknownCommand':
      return c.cli.unknownCommand(quoted, FRENCH_COMMANDS[quoted.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()] ?? closest(quoted, COMMANDS));
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

