// The page's engine: the core of clsm built from the same sources as the command line (check, run scope, formats,
// indicators), with the page's own session. The Code officiel géographique arrives gzip-compressed in the page and is
// unpacked once, in the background, by the browser's DecompressionStream.
import { checkFiles, sortInputFiles, type InputFile, type SortedFiles } from '../check/check-files.js';
import { checkSource } from '../check/check-source.js';
import { createCheckSession, type CheckSession } from '../check/session.js';
import { diagnoseSyntax } from '../document/diagnose-syntax.js';
import { fromBytes } from '../document/source.js';
import { TERRITORY_META } from '../generated/territory-meta.js';
import { catalogue, type Catalogue } from '../i18n/index.js';
import { formatReport, resolveRuleset, rulesetFromText } from '../core.js';
import type { FormatName } from '../report/formats.js';
import type { Ruleset } from '../ruleset/types.js';
import { computeStats, type StatsResult } from '../stats/compute.js';
import { statsCsv, statsHtml, statsJson, statsText, type StatsFormat } from '../stats/render.js';
import { parseTerritoryTable, type TerritoryTable } from '../territory/table.js';
import type { FailOn, FileReport, Lang } from '../types.js';
import { TOOL } from '../version.js';

export type { InputFile, SortedFiles };

/** What `clsm check` takes as options, as the page's « Options de vérification » set them. */
export interface Settings {
  lang: Lang;
  /** A ruleset file's text and name, or none for the national referential. */
  rulesetFile: { name: string; text: string } | null;
  /** `--year`. */
  year?: number;
  /** `--today`, YYYY-MM-DD. */
  today: string;
  failOn: FailOn;
}

export interface Engine {
  /** Resolves once the Code officiel géographique is ready (checks of profiles that list communes wait for it). */
  territory(): Promise<TerritoryTable>;
  /** The ruleset the settings name (a ruleset file's problems are thrown as a UserError, one line each). */
  ruleset(settings: Settings): Ruleset;
  check(path: string, bytes: Uint8Array, settings: Settings): Promise<FileReport>;
  /** Synchronous when the territory is ready or not needed: the re-check after an edit. */
  checkNow(path: string, bytes: Uint8Array, settings: Settings): FileReport | 'needs-territory';
  checkBatch(files: readonly InputFile[], settings: Settings): Promise<{ sorted: SortedFiles; reports: FileReport[] }>;
  format(reports: readonly FileReport[], name: FormatName, settings: Settings): Promise<string>;
  /** `clsm stats`, rows per région or, as `--per departement`, per département. */
  stats(reports: readonly FileReport[], per?: 'region' | 'departement'): Promise<StatsResult>;
  statsFormat(result: StatsResult, name: StatsFormat, lang: Lang): string;
  catalogue(lang: Lang): Catalogue;
}

/** Base64 of a gzip stream → its text. */
async function gunzipBase64(encoded: string): Promise<string> {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export function createEngine(encodedTerritory: () => string): Engine {
  const session: CheckSession = createCheckSession(diagnoseSyntax);
  let table: Promise<TerritoryTable> | undefined;
  const rulesets = new Map<string, Ruleset>();
  const territory = () =>
    (table ??= gunzipBase64(encodedTerritory()).then((text) => {
      const parsed = parseTerritoryTable(text, TERRITORY_META);
      session.territory = () => parsed;
      return parsed;
    }));
  const ruleset = (settings: Settings): Ruleset => {
    if (!settings.rulesetFile) return resolveRuleset(undefined, settings.lang);
    const key = `${settings.lang}\u0000${settings.rulesetFile.name}\u0000${settings.rulesetFile.text}`;
    let found = rulesets.get(key);
    if (!found) rulesets.set(key, (found = rulesetFromText(settings.rulesetFile.text, settings.rulesetFile.name, settings.lang)));
    return found;
  };
  const options = (settings: Settings) => ({
    ruleset: ruleset(settings),
    lang: settings.lang,
    catalogue: catalogue(settings.lang),
    today: settings.today,
    ...(settings.year !== undefined ? { year: settings.year } : {}),
  });
  const checkNow = (path: string, bytes: Uint8Array, settings: Settings): FileReport | 'needs-territory' => {
    const { claims: _claims, ...report } = checkSource(path, fromBytes(bytes), options(settings), session);
    return report.needsTerritory && !session.territory ? 'needs-territory' : report;
  };
  return {
    territory,
    ruleset,
    checkNow,
    async check(path, bytes, settings) {
      const now = checkNow(path, bytes, settings);
      if (now !== 'needs-territory') return now;
      await territory();
      return checkNow(path, bytes, settings) as FileReport;
    },
    async checkBatch(files, settings) {
      const sorted = sortInputFiles(files);
      // A batch of many profiles nearly always lists communes somewhere: the table is made ready first.
      if (sorted.profiles.length > 0) await territory();
      return { sorted, reports: checkFiles(sorted.profiles, options(settings), session) };
    },
    format: (reports, name, settings) => formatReport(reports, name, { ruleset: ruleset(settings), lang: settings.lang, failOn: settings.failOn, today: settings.today }),
    async stats(reports, per = 'region') {
      return computeStats(reports, TOOL, await territory(), { per });
    },
    statsFormat(result, name, lang) {
      const c = catalogue(lang);
      return name === 'json' ? statsJson(result) : name === 'csv' ? statsCsv(result, c) : name === 'html' ? statsHtml(result, c, lang) : statsText(result, c);
    },
    catalogue,
  };
}
