// What every command receives: the streams, the language and its catalogue, and what the run owns (its session,
// its temporary files, which the command line removes on a signal).
import type { Catalogue } from '../i18n/index.js';
import type { Io } from '../io.js';
import type { TemporaryFiles } from '../output/atomic-file.js';
import type { RunSession } from '../run/session.js';
import type { Lang } from '../types.js';

export interface CommandContext {
  io: Io;
  lang: Lang;
  c: Catalogue;
  session: RunSession;
  temporaryFiles: TemporaryFiles;
}

/** Colour only on stdout, never in a file; on a terminal, or anywhere with FORCE_COLOR; never with NO_COLOR. */
export function colorFor(io: Io, toFile: boolean): boolean {
  if (toFile) return false;
  const { NO_COLOR, FORCE_COLOR } = io.env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') return true;
  return Boolean(io.stdout.isTTY);
}

/** Width of text for people when it does not go to a terminal (a pipe, a file). */
export const FIXED_WIDTH = 100;

/**
 * The width the text is laid out for: the terminal's, or `COLUMNS` when the output is piped (`| less` at 80
 * columns), or FIXED_WIDTH; never less than 40.
 */
export function widthFor(io: Io): number {
  const columns = io.stdout.columns ?? Number(io.env.COLUMNS);
  return Math.max(40, Number.isFinite(columns) && columns > 0 ? columns : FIXED_WIDTH);
}
