// The options several commands share, written once; each command declares its own options beside its code
// (`<command>-options.ts`) from these. Descriptions are French first, English with `--lang en`.
import { Argument, Option, type Command } from 'commander';
import type { ExitCode } from '../exit-codes.js';
import { DEFAULT_RULESET } from '../ruleset/builtin.js';
import type { Lang } from '../types.js';
import type { CommandContext } from './context.js';

/** What a declaration needs: the language, a bilingual text picker, and how to start the command's work. */
export interface Declaring {
  lang: Lang;
  /** The French text (with its typography) or the English one. */
  t(french: string, english: string): string;
  /** Runs a command's work (its module loaded on demand) with the run's context; the exit code is the run's. */
  start(work: (context: CommandContext) => Promise<ExitCode>): void;
}

export type CommandDeclaration = (program: Command, d: Declaring) => Command;

export function pathsArgument(d: Declaring): Argument {
  return new Argument('[chemins...]', d.t('fichiers, dossiers ou motifs ; « . » par défaut', 'files, folders or globs; "." by default'));
}

export function rulesetOption(d: Declaring, description?: [string, string], withDefault = true): Option {
  const option = new Option('--ruleset <id|fichier>', description ? d.t(...description) : d.t('jeu de règles : identifiant fourni ou fichier', 'ruleset: a shipped id or a file'));
  return withDefault ? option.default(DEFAULT_RULESET) : option;
}

export function yearOption(d: Declaring, description?: [string, string]): Option {
  return new Option('--year <aaaa>', description ? d.t(...description) : d.t('année de référence, à la place de annee_reference', 'reference year, instead of annee_reference'));
}

export function todayOption(d: Declaring, description?: [string, string]): Option {
  return new Option('--today <aaaa-mm-jj>', description ? d.t(...description) : d.t('date du jour pour les dates futures et les dérogations', 'today’s date, for future dates and derogations'));
}

export function outputOption(d: Declaring, description: [string, string]): Option {
  return new Option('-o, --output <fichier>', d.t(...description));
}

/** `--report FORMAT:FILE`, repeatable. */
export function reportOption(d: Declaring, description: [string, string]): Option {
  return new Option('--report <format:fichier>', d.t(...description)).argParser((value: string, previous: string[] = []) => [...previous, value]);
}

export function formatOption(d: Declaring, description: string, defaultValue: string): Option {
  return new Option('-f, --format <format>', description).default(defaultValue);
}
