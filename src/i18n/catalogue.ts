// The shape of a message catalogue: every sentence a user reads, outside the ruleset's own wording.
import type { Axis, FileStatus, Lang, Severity, Statut } from '../types.js';

export interface Catalogue {
  locale: string;
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  /** « 2 erreurs », « 1 avertissement ». */
  severityCount(severity: Severity, count: number): string;
  /** The referential's axes, as a reader names them. */
  statut: Record<Statut, string>;
  axis: Record<Axis, string>;
  /** Where YAML and schema problems are counted in reports for people. */
  formatAxis: string;
  status: Record<FileStatus, string>;
  /** A number as this language writes it (decimal comma and thin-space groups in French). */
  number(value: number): string;
  /** A number and its noun, in the singular or the plural as the language wants (French: 0 and 1 are singular). */
  counted(value: number, singular: string, plural: string): string;
  /** A `YYYY-MM-DD` date as a sentence writes it (French: 31/12/2026). */
  date(iso: string): string;
  /** A date as a sentence writes it: « 14 mars 2026 ». */
  longDate(iso: string): string;
  /** A share (0.2062) as a percentage. */
  percent(share: number): string;
  /** A number with a fixed count of decimals. */
  decimal(value: number, digits: number): string;
  quote(text: string): string;
  ordinal(n: number): string;
  suggestion(candidate: string): string;
  list(items: string[]): string;
  labelled(label: string, text: string): string;

  read: {
    stdinFolder(): string;
    notFound(path: string): string;
    noProfile(path: string): string;
    /** System error codes worded for people. */
    reasons: Record<string, string>;
    unreadable(path: string, reason: string): string;
    symlinkLoop(path: string): string;
    brokenLink(path: string): string;
    /** A name whose bytes are not UTF-8 (shown with `\xNN` for those bytes): Node cannot open it by its name. */
    notUtf8Name(path: string): string;
    disguised(path: string): string;
    globTooComplex(pattern: string, limit: number): string;
    tooLarge(sizeMiB: number, limitMiB: number): string;
    /** A stream (stdin, a device, a named pipe) whose size is only known to be over the limit. */
    tooLargeStream(limitMiB: number): string;
    binary(): string;
    utf16(): string;
    notUtf8(line: number): string;
    empty(): string;
    globNoMatch(pattern: string): string;
    /** A folder deeper than the walk goes. */
    tooDeep(path: string, limit: number): string;
  };
  parse: {
    syntax(detail: string): string;
    tab(): string;
    duplicateKey(key: string | null): string;
    multipleDocuments(): string;
    tooDeep(limit: number): string;
    aliasBomb(limit: number): string;
    aliasCycle(): string;
    unknownTag(tag: string): string;
    missingSpace(key: string, value: string): string;
    unclosedQuote(quote: '"' | "'"): string;
    apostropheInQuotes(): string;
    unclosedBracket(bracket: '[' | '{'): string;
    flowNeedsQuotes(): string;
    overIndented(previous: number): string;
    badIndent(actual: number, expected: number): string;
    reasons: Record<string, string>;
    unknownReason(reason: string): string;
  };
  schema: {
    more(count: number): string;
    documentKind: Record<'list' | 'scalar', string>;
    notMapping(kind: string): string;
    unknownKey(key: string, suggestion: string | null, allowed: string[]): string;
    required(key: string): string;
    complexKey(): string;
    emptyText(): string;
    nullValue(): string;
    type(expected: string, actualIsNumber: boolean, value: unknown): string;
    typeName(type: string): string;
    enumValue(value: unknown, allowed: unknown[], suggestion: string | null): string;
    constValue(expected: unknown): string;
    limit(keyword: string, limit: number, value: unknown): string;
    pattern(value: unknown, description: string | null): string;
    date(value: unknown): string;
    email(value: unknown): string;
  };
  cli: {
    errorPrefix: string;
    unknownOption(option: string, suggestion: string | null): string;
    unknownCommand(command: string, suggestion: string | null): string;
    missingArgument(name: string): string;
    missingOptionValue(option: string): string;
    tooManyArguments(): string;
    invalidChoice(option: string, value: string, choices: string[]): string;
    invalidYear(value: string): string;
    invalidDate(value: string): string;
    outputDirMissing(path: string, dir: string): string;
    outputIsDirectory(path: string): string;
    outputIsInput(path: string): string;
    outputIsRead(path: string): string;
    stdoutFailed(reason: string): string;
    libraryInput(kind: string): string;
    webNotOurs(path: string): string;
    perNeedsCsv(): string;
    splitMissing(folder: string): string;
    splitNotFolder(folder: string): string;
    splitExists(file: string): string;
    splitFormat(format: string): string;
    splitWritten(count: number, folder: string): string;
    webMissing(): string;
    webWritten(path: string): string;
    outputWriteFailed(path: string, reason: string): string;
    /** The temporary file a large HTML report keeps its sections in could not be written. */
    spillFailed(folder: string, code: string): string;
    outputNotRegular(path: string): string;
    badReport(spec: string, formats: string[]): string;
    reportToStdout(spec: string): string;
    sameOutputTwice(path: string): string;
    outputEmpty(): string;
    /** System error codes of a failed write, worded with what to do. */
    writeReasons: Record<string, string>;
    writeReasonOther(code: string): string;
    /** The current folder was deleted. */
    cwdGone(): string;
    unknownRule(id: string, suggestion: string | null): string;
    explainFormat(format: string): string;
    internal(message: string): string;
    /** An unexpected failure while checking one file: the batch goes on. */
    internalInFile(path: string, message: string): string;
    /** formatReport given a result worded in another language than the one asked for. */
    reportOtherLang(path: string, made: Lang, asked: Lang): string;
    /** formatReport given a result checked with another ruleset than the one given (or with none). */
    reportOtherRuleset(path: string, made: string | null, asked: string): string;
    /** formatReport given results checked with different rulesets and no ruleset to format them with. */
    reportMixedRulesets(first: string, other: string): string;
    stdinTwice(): string;
  };
  report: {
    header(name: string, path: string): string;
    meta(year: number | null, ruleset: string, status: FileStatus): string;
    /** The population of the communes listed, from the Code officiel géographique. */
    territory(population: string, vintage: number): string;
    columns: { severity: string; rule: string; message: string; position: string; reference: string };
    noFinding: string;
    remediationPrefix: string;
    byAxis: string;
    waivedTitle: string;
    waivedLine(ruleId: string, until: string, justification: string): string;
    baselinedTitle(count: number): string;
    baselinedJustification: string;
    coveredCase(count: number): string;
    csvHeaders: string[];
    csvClsmHeaders: readonly string[];
    csvClsmTail: readonly string[];
    csvAxisHeader(axis: string): string;
    summaryTitle: string;
    summaryColumns: { file: string; clsm: string; region: string; status: string };
    /** The heading of a group of findings of one severity: what to do with them. */
    group(severity: Severity, count: number): string;
    totals(files: number, pass: number, fail: number, invalid: number): string;
    unnamed: string;
    recap(count: number): string;
    recapMore(count: number): string;
    /** How a tab is shown in a quoted line. */
    tab: string;
    /** Said after a duplicate identity when one file looks like a backup copy (starts with a space). */
    looksLikeCopy(path: string): string;
  };
  ruleset: {
    unknown(id: string, builtins: readonly string[]): string;
    tooLarge(file: string): string;
    notAFile(file: string): string;
    /** One problem of a ruleset file, at its line and column. */
    problem(file: string, line: number, column: number, message: string): string;
    notMapping(): string;
    duplicateRule(id: string): string;
    unknownRule(id: string, suggestion: string | null): string;
    unknownParam(name: string, known: string[]): string;
    unusedParam(name: string, known: string[]): string;
    incompleteRule(id: string, missing: string[]): string;
    parent(reference: string, reason: string): string;
    notBuiltin(reference: string): string;
    cycle(chain: string[]): string;
    tooDeep(limit: number): string;
    encoding(file: string, problem: string): string;
    /** `clsm rules`: how an extending ruleset is named. */
    extendsLabel(id: string): string;
    /** `explain`: the rule has no description or rationale of its own. */
    noDescription: string;
  };
  baseline: {
    stdin(): string;
    notAFile(file: string): string;
    tooLarge(file: string): string;
    unreadable(file: string, reason: string): string;
    /** Where JSON.parse stopped, as a line and a column (its own message is English, with a character offset). */
    notJson(file: string, line: number, column: number): string;
    badShape(file: string, where: string, expected: 'version' | 'ruleset' | 'files' | 'profiles' | 'entries' | 'count' | 'keys'): string;
    unused(count: number): string;
    otherRuleset(recorded: string, used: string): string;
    exists(file: string): string;
    missing(file: string): string;
    written(file: string, findings: number, profiles: number): string;
    pruned(file: string, removed: number): string;
    pruneVersion1(file: string): string;
    wouldEmpty(file: string, entries: number): string;
    version1(file: string): string;
    unusedNamed(names: readonly string[], more: number): string;
  };
  stats: {
    title: string;
    yearTitle(year: number): string;
    columns: { year: string; region: string; departement: string; indicators: string[] };
    national: string;
    noDepartement: string;
    /** The CLSMs behind a row's figures. */
    behind(area: string, active: string[], copil: string[], plenary: string[]): string;
    source: string;
    missing(count: number): string;
    duplicate(identifiant: string, year: number, files: string[]): string;
    excluded(paths: string[]): string;
    chart(year: number): string;
    notes: string;
    /** How clsm reads the instruction's words for the indicators (a note under every table). */
    readings: string[];
    /** The parts of the COPIL indicator for one row (a year's national row). */
    copilParts(label: string, users: number, carers: number, either: number): string;
    /** A commune covered by two active CLSMs of one year: counted once. */
    overlap(year: number, commune: string, first: string, second: string): string;
    /** How many régions sent a profile (the national row). */
    regions(year: number, count: number): string;
    /** Declared populations of CLSMs that list no commune, counted apart. */
    declaredOnly(count: string): string;
    /** The CSV header of the reference population's column with `--per departement`. */
    departementPopulationHeader: string;
    csvHeaders: string[];
    nothing(): string;
  };
  html: {
    title: string;
    notBinding: string;
    first: string;
    noBlocking: string;
    chartAxes(name: string): string;
    chartFiles: string;
    gapAndAction: string;
    line: string;
    derogations: string;
    until(date: string): string;
    year(year: number): string;
    region: string;
    footer(version: string): string;
    heading(ruleset: string): string;
    run(date: string, profiles: number): string;
    matrixCaption: string;
    state: string;
    departement(name: string | undefined, code: string): string;
    noDepartement: string;
    invalidGroup: string;
    departementColumn: string;
    quality: string;
    qualityNone: string;
    qualityInvalid(path: string, line: number, message: string): string;
    qualityFinding(path: string, message: string): string;
    chartRules: string;
    /** The chart's title when it shows the first rows of the table only. */
    chartRulesFirst(shown: number, total: number): string;
    rulesAt(severity: 'error' | 'warning' | 'info', count: number): string;
    invalidBar: string;
    sectionOf(name: string): string;
  };
  rules: {
    columns: { id: string; severity: string; axis: string; reference: string; statuses: string };
    dagger: string;
    title(id: string, count: number): string;
    checksTitle(count: number): string;
    /** The traits of a check that differ from an ordinary one (`clsm rules --checks`). */
    traits: { runScope: string; afterOthers: string; notWaivable: string; notBaselinable: string };
    optionsTitle: string;
    off: string;
    optional: string;
    listOf(item: string): string;
    typeName(type: string): string;
    paramNote: string;
  };
  explain: {
    what: string;
    why: string;
    how: string;
    appliesTo: string;
    params: string;
    /** A rule's documentation page (`explain --format markdown`, `rules/docs/`). */
    page: { columns: readonly [string, string, string, string]; paramsNote(count: number): string };
    /** `clsm explain schema` and `clsm explain yaml-syntaxe`: the two checks of the file itself, which no ruleset holds. */
    /** The heading of `how` for an error of the file, which is corrected, not a gap to close. */
    fix: string;
    failingExample: string;
    passingExample: string;
  };
}
