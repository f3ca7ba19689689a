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
  sarif: {
    description: { fr: 'SARIF 2.1.0, pour l’analyse de code de GitHub', en: 'SARIF 2.1.0, for GitHub code scanning' },
    load: async () => (await import('./sarif.js')).sarifFormat,
  },
  junit: {
    description: { fr: 'JUnit XML, pour les rapports de tests de l’intégration continue', en: 'JUnit XML, for CI test reports' },
    load: async () => (await import('./junit.js')).junitFormat,
  },
  github: {
    description: { fr: 'annotations GitHub Actions', en: 'GitHub Actions annotations' },
    load: async () => (await import('./github.js')).githubFormat,
  },
  gitlab: {
    description: { fr: 'GitLab Code Quality', en: 'GitLab Code Quality' },
    load: async () => (await import('./gitlab.js')).gitlabFormat,
  },
  markdown: {
    description: { fr: 'Markdown, pour un commentaire de demande de fusion', en: 'Markdown, for a pull-request comment' },
    load: async () => (await import('./markdown.js')).markdownFormat,
  },
  csv: {
    description: { fr: 'CSV pour un tableur (une ligne par écart)', en: 'CSV for a spreadsheet (one row per finding)' },
    load: async () => (await import('./csv.js')).csvFormat,
  },
  html: {
    description: { fr: 'page HTML autonome, imprimable', en: 'self-contained, printable HTML page' },
    load: async () => (await import('./html.js')).htmlFormat,
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
