/**
 * The core of clsm, without the system: check a profile's text, load a ruleset from its text, format results.
 * Nothing here imports a `node:` module, so that it bundles for a browser (tests/browser-bundle.test.ts).
 * @packageDocumentation
 */
import { checkSource } from './check/check-source.js';
import { createCheckSession, type CheckSession } from './check/session.js';
import { diagnoseSyntax } from './document/diagnose-syntax.js';
import { fromBytes } from './document/source.js';
import { TERRITORY_META, TERRITORY_TABLE } from './generated/territory-data.js';
import { parseTerritoryTable, type TerritoryTable } from './territory/table.js';
import { UserError } from './errors.js';
import { checkedFailOn, checkedLang } from './library-options.js';
import { catalogue } from './i18n/index.js';
import { parseToday } from './options.js';
import { failsRun as failsAt, statusOf as statusAt } from './findings/findings.js';
import { FORMAT_NAMES, loadFormat, type FormatName } from './report/formats.js';
import { joinedEnd, summaryAggregator, type Summary } from './report/model.js';
import { BUILTIN_RULESET_IDS, builtinRuleset, DEFAULT_RULESET } from './ruleset/builtin.js';
import { parseRuleset } from './ruleset/parse-ruleset.js';
import { computeStats as computeStatsOf, type StatsResult } from './stats/compute.js';
import type { Ruleset } from './ruleset/types.js';
import type { FailOn, FileReport, FileStatus, Lang } from './types.js';
import { TOOL } from './version.js';

export interface CheckTextOptions {
  /** The path shown in the report (default `<profil>`). */
  path?: string;
  /** Language of the messages (default `fr`). */
  lang?: Lang;
  /** A built-in ruleset id (default `referentiel-2025`) or a ruleset already loaded (`loadRuleset`, `rulesetFromText`). */
  ruleset?: string | Ruleset;
  /** Replaces the profile's `annee_reference`. */
  year?: number;
  /** Today's date, `YYYY-MM-DD`, for future dates and derogations (default: the system date). */
  today?: string;
  /** What successive checks share (parser tables, wording cache); one is made per call when absent. */
  session?: CheckSession;
}

/** A user error: one sentence, in the language asked for, that says what to do. */
export { UserError };

/**
 * A session for a series of `checkText` calls: they then share the parser's tables and the wording cache. The YAML
 * slip diagnosis is part of it, so that the library words a YAML syntax error as `clsm check` does.
 */
export function createSession(): CheckSession {
  let table: TerritoryTable | undefined;
  return createCheckSession(diagnoseSyntax, () => (table ??= territoryTable()));
}

/** The Code officiel géographique the library checks and counts with (parsed at each call: keep the result). */
function territoryTable(): TerritoryTable {
  return parseTerritoryTable(TERRITORY_TABLE, TERRITORY_META);
}

/**
 * Checks one profile, given as text or as the bytes of a file (the bytes go through the same checks as a file
 * read from disk: size, encoding, binary content). The result carries no status: `statusOf(result, failOn)` gives it.
 * @throws {UserError} when an option is invalid (an unknown ruleset id, a malformed `today`).
 */
export function checkText(input: string | Uint8Array, options: CheckTextOptions = {}): FileReport {
  const lang = checkedLang(options.lang);
  const c = catalogue(lang);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw new UserError(c.cli.libraryInput(input === null ? 'null' : typeof input));
  const source = fromBytes(typeof input === 'string' ? new TextEncoder().encode(input) : input);
  const ruleset = resolveRuleset(options.ruleset, lang);
  const checkOptions = { ruleset, lang, catalogue: c, today: parseToday(c, options.today), ...(options.year !== undefined ? { year: options.year } : {}) };
  const { claims: _claims, ...report } = checkSource(options.path ?? '<profil>', source, checkOptions, options.session ?? createSession());
  return report;
}

/** A file's status at a threshold (`error` by default), as the command line decides it. @throws {UserError} for an unknown threshold. */
export function statusOf(report: Pick<FileReport, 'invalid' | 'findings'>, failOn: FailOn = 'error'): FileStatus {
  return statusAt(report, checkedFailOn(failOn));
}

/** Whether a file makes a run fail at that threshold. @throws {UserError} for an unknown threshold. */
export function failsRun(report: Pick<FileReport, 'invalid' | 'findings'>, failOn: FailOn = 'error'): boolean {
  return failsAt(report, checkedFailOn(failOn));
}

/** A built-in ruleset by id, or the one given. */
export function resolveRuleset(ruleset: string | Ruleset | undefined, lang: Lang = 'fr'): Ruleset {
  if (ruleset !== undefined && typeof ruleset !== 'string') return ruleset;
  const id = ruleset ?? DEFAULT_RULESET;
  const found = builtinRuleset(id);
  if (!found) throw new UserError(catalogue(lang).ruleset.unknown(id, BUILTIN_RULESET_IDS));
  return found;
}

/**
 * Loads a ruleset from the text of a ruleset file (YAML), validated as `--ruleset FILE` validates it.
 * @param name - the file name the problems are reported with.
 * @throws {UserError} with one line per problem (`name:line:column : …`).
 */
export function rulesetFromText(text: string, name: string, lang: Lang = 'fr'): Ruleset {
  const c = catalogue(lang);
  // Without a file system, a ruleset here may extend a shipped ruleset only.
  const parsed = parseRuleset({ text, name, key: name }, c);
  if (parsed.ok) return parsed.ruleset;
  throw new UserError(parsed.problems.map((problem) => c.ruleset.problem(problem.file, problem.line, problem.column, problem.message)).join('\n'));
}

export interface FormatOptions {
  /**
   * The ruleset the results were checked with (SARIF and JUnit list its rules): by default the built-in ruleset the
   * results name; a ruleset loaded from a file must be given.
   */
  ruleset?: string | Ruleset;
  /** The language of the results (default: theirs). Another language than theirs is refused. */
  lang?: Lang;
  /** The severity from which a file fails (default `error`): statuses and counts follow from it. */
  failOn?: FailOn;
  /** Only error findings, only files that have some. */
  quiet?: boolean;
  /** ANSI colours in the text format (default: none). */
  color?: boolean;
  /** Width of the text format's tables, in columns (default 140). */
  width?: number;
  /** The run's date, `YYYY-MM-DD`, that reports for people name (default: the system date). */
  today?: string;
  /** The CSV's rows: one per finding (default) or one per CLSM. */
  per?: 'finding' | 'clsm';
}

/**
 * Formats results (from checkText or checkPaths) as `clsm check --format` would print them.
 * @throws {UserError} for results worded in another language or checked with another ruleset than the one given.
 */
export async function formatReport(files: Iterable<FileReport>, format: FormatName, options: FormatOptions = {}): Promise<string> {
  const results = [...files];
  const lang = checkedLang(options.lang ?? results[0]?.lang);
  const c = catalogue(lang);
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) throw new UserError(c.cli.invalidChoice('format', String(format), [...FORMAT_NAMES]));
  const ruleset = rulesetForResults(results, options.ruleset, lang);
  for (const result of results) {
    if (result.lang !== lang) throw new UserError(c.cli.reportOtherLang(result.path, result.lang, lang));
    if (result.ruleset !== ruleset.id) throw new UserError(c.cli.reportOtherRuleset(result.path, result.ruleset, ruleset.id));
  }
  const failOn = checkedFailOn(options.failOn ?? 'error', lang);
  const reporter = (await loadFormat(format)).createReporter({
    tool: TOOL,
    ruleset,
    lang,
    catalogue: c,
    failOn,
    quiet: options.quiet ?? false,
    today: parseToday(c, options.today),
    per: options.per ?? 'finding',
    target: { color: options.color ?? false, width: options.width ?? 140 },
  });
  const summary = summaryAggregator(failOn, results.some((result) => result.baselined !== undefined));
  let text = '';
  for (const result of results) {
    summary.add(result);
    text += reporter.file(result);
  }
  return text + joinedEnd(reporter.end(summary.result()));
}

/** The ruleset given, or the built-in one the results were checked with. */
function rulesetForResults(results: readonly FileReport[], given: string | Ruleset | undefined, lang: Lang): Ruleset {
  if (given !== undefined) return resolveRuleset(given, lang);
  const ids = [...new Set(results.map((result) => result.ruleset).filter((id) => id !== null))];
  if (ids.length > 1) throw new UserError(catalogue(lang).cli.reportMixedRulesets(ids[0]!, ids[1]!));
  // A ruleset loaded from a file must be given: the results are then refused with a sentence that says so.
  return builtinRuleset(ids[0] ?? DEFAULT_RULESET) ?? resolveRuleset(DEFAULT_RULESET, lang);
}

/**
 * The instruction's national indicators (SPEC §6) over file reports from `checkText` or `checkPaths`: per year and
 * region and per year for the country; invalid profiles excluded, duplicate (identifiant, year) counted once.
 */
export function computeStats(reports: Iterable<FileReport>): StatsResult {
  return computeStatsOf(reports, TOOL, territoryTable());
}

export { countsOf } from './findings/findings.js';
export { BUILTIN_RULESET_IDS, DEFAULT_RULESET };
export type { CheckSession };
export type { Indicators, Share, StatsResult, StatsRow } from './stats/compute.js';
export { parseBaseline, type Baseline, type BaselineFiles } from './baseline/baseline.js';
export { FORMAT_NAMES, type FormatName } from './report/formats.js';
export type { Summary };
export type { Rule, Ruleset } from './ruleset/types.js';
export type { Axis, ClsmIdentity, Counts, FailOn, FileReport, FileStatus, Finding, Lang, ProfileFacts, Severity, Statut, WaivedFinding } from './types.js';
