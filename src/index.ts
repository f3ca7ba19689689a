// The library API: check a profile's text or bytes without the command line.
import { checkSource } from './check-profile.js';
import { catalogue } from './i18n/index.js';
import { fromBytes } from './input/read-source.js';
import { parseToday } from './options.js';
import { DEFAULT_RULESET, loadRuleset } from './ruleset/load.js';
import type { FailOn, FileReport, Lang } from './types.js';

export interface CheckProfileOptions {
  /** Path shown in the report. */
  path?: string;
  lang?: Lang;
  ruleset?: string;
  /** Replaces the profile's annee_reference. */
  year?: number;
  /** YYYY-MM-DD; the system date by default. */
  today?: string;
  failOn?: FailOn;
}

export function checkProfile(input: string | Uint8Array, options: CheckProfileOptions = {}): FileReport {
  const lang = options.lang ?? 'fr';
  const c = catalogue(lang);
  // Text goes through the same checks as a file's bytes (size, NUL, BOM).
  const source = fromBytes(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  if (source.kind === 'error') throw new Error(source.describe(c));
  return checkSource(options.path ?? '<profil>', source, {
    ruleset: loadRuleset(options.ruleset ?? DEFAULT_RULESET, c),
    lang,
    catalogue: c,
    today: parseToday(c, options.today),
    failOn: options.failOn ?? 'error',
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
}

export type { FileReport, Finding, WaivedFinding, Severity, FailOn, Lang } from './types.js';
