// Parsing and checking of the options shared by commands (--lang, --year, --today, --fail-on, --format).
import { UserError } from './errors.js';
import type { Catalogue } from './i18n/index.js';
import type { FailOn, Lang } from './types.js';

export const LANGS: readonly Lang[] = ['fr', 'en'];
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** `--fail-on` also takes the French words a coordinator reads in the report (SPEC §2). */
const FAIL_ON_WORDS: Readonly<Record<string, FailOn>> = { erreur: 'error', avertissement: 'warning', information: 'info', jamais: 'never' };

export function parseFailOn(c: Catalogue, value: string): FailOn {
  const word = FAIL_ON_WORDS[value.toLowerCase()];
  if (word) return word;
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn;
  throw new UserError(c.cli.invalidChoice('--fail-on', value, [...FAIL_ON, ...Object.keys(FAIL_ON_WORDS)]));
}

export function oneOf<T extends string>(c: Catalogue, option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UserError(c.cli.invalidChoice(option, value, [...choices]));
}

/**
 * The language, read once from the arguments before commander parses anything (its errors are worded in it):
 * the last `--lang` wins, `CLSM_LANG=en` otherwise. `invalid` is the first value that is not a language.
 */
export function parseLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { lang: Lang; invalid?: string } {
  let lang: Lang = env.CLSM_LANG === 'en' ? 'en' : 'fr';
  let invalid: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    if ((LANGS as readonly string[]).includes(value)) lang = value as Lang;
    else invalid ??= value;
  }
  return invalid === undefined ? { lang } : { lang, invalid };
}

export function parseYear(c: Catalogue, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) throw new UserError(c.cli.invalidYear(value));
  return Number(value);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseToday(c: Catalogue, value: string | undefined, now: Date = new Date()): string {
  if (value === undefined) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  if (!isCalendarDate(value)) throw new UserError(c.cli.invalidDate(value));
  return value;
}
