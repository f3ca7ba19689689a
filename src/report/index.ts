// The report formats, by the name given to --format; each is loaded only when asked for
// (the text table's dependencies cost start-up time a JSON run does not need to pay).
import type { Formatter } from './model.js';

const LOADERS = {
  text: async () => (await import('./text.js')).textFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
} as const satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof LOADERS;
export const FORMAT_NAMES = Object.keys(LOADERS) as FormatName[];

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
