// The registry of report formats: name, help and loader of each. A format is one file in src/report/ plus its
// line here; it is loaded only when asked for (a JSON run does not pay for the text tables).
import type { Text } from '../types.js';
import type { Format } from './model.js';

interface FormatEntry {
  description: Text;
  load(): Promise<Format>;
}

const FORMATS = {
  text: {
    description: { fr: 'rapport lisible', en: 'human-readable report' },
    load: async () => (await import('./text.js')).textFormat,
  },
  json: {
    description: { fr: 'contrat schemas/report.schema.json', en: 'contract schemas/report.schema.json' },
    load: async () => (await import('./json.js')).jsonFormat,
  },
} as const satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function formatDescription(name: FormatName): Text {
  return FORMATS[name].description;
}

export function loadFormat(name: FormatName): Promise<Format> {
  return FORMATS[name].load();
}
