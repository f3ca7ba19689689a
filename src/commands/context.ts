// What every command receives: the streams, the language and its catalogue.
import type { Catalogue } from '../i18n/index.js';
import type { Io } from '../io.js';
import type { Lang } from '../types.js';

export interface CommandContext {
  io: Io;
  lang: Lang;
  c: Catalogue;
}

/** Colour only on a terminal, never with NO_COLOR; FORCE_COLOR turns it on anywhere. */
export function colorFor(io: Io, toFile: boolean): boolean {
  const { NO_COLOR, FORCE_COLOR } = io.env;
  let color = Boolean(io.stdout.isTTY) && !toFile;
  if (NO_COLOR !== undefined && NO_COLOR !== '') color = false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') color = true;
  return color;
}
