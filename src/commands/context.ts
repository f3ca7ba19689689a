// What every command receives: the streams, the language and its catalogue, colours.
import { Chalk } from 'chalk';
import type { Catalogue } from '../i18n/index.js';
import type { Io } from '../io.js';
import type { Lang } from '../types.js';

export interface CommandContext {
  io: Io;
  lang: Lang;
  c: Catalogue;
}

/** Colour only on a terminal, never with NO_COLOR; FORCE_COLOR turns it on anywhere. */
export function chalkFor(io: Io, toFile: boolean): InstanceType<typeof Chalk> {
  const { NO_COLOR, FORCE_COLOR } = io.env;
  let level: 0 | 1 = io.stdout.isTTY && !toFile ? 1 : 0;
  if (NO_COLOR !== undefined && NO_COLOR !== '') level = 0;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') level = 1;
  return new Chalk({ level });
}
