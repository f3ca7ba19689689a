// The library's options, checked as the command line checks its own: a wrong value is one sentence (a UserError),
// never a raw TypeError, empty messages, or a status computed with a threshold that does not exist.
import { UserError } from './errors.js';
import { catalogue } from './i18n/index.js';
import type { FailOn, Lang } from './types.js';

const LANGS: readonly Lang[] = ['fr', 'en'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** A library caller's language, checked: anything but `fr` or `en` is one sentence (in French), never empty messages. */
export function checkedLang(lang: unknown): Lang {
  if (lang === undefined) return 'fr';
  if (typeof lang === 'string' && (LANGS as readonly string[]).includes(lang)) return lang as Lang;
  throw new UserError(catalogue('fr').cli.invalidChoice('lang', String(lang), [...LANGS]));
}

export function checkedFailOn(failOn: unknown, lang: Lang = 'fr'): FailOn {
  if (typeof failOn === 'string' && (FAIL_ON as readonly string[]).includes(failOn)) return failOn as FailOn;
  throw new UserError(catalogue(lang).cli.invalidChoice('failOn', String(failOn), [...FAIL_ON]));
}

