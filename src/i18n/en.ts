// English catalogue (`--lang en`).
import type { Catalogue } from './catalogue.js';
import { missingSpaceHint, numberHint } from './number-habits.js';
import { fixedNumber, groupedNumber } from './numbers.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How a type error says to write a number written the French way (i18n/number-habits.ts). */
const NUMBER_WORDS = {
  how: { comma: 'with a decimal point, not a comma', spaces: 'without spaces between thousands', unit: 'without unit or symbol', quoted: 'without quotes' },
  write: (written: string, how: string, value: string) => `; write ${written} (${how}), not “${value}”.`,
};

export const en: Catalogue = {
  locale: 'en-GB',
  severity: { error: 'error', warning: 'warning', info: 'note' },
  severityPlural: { error: 'errors', warning: 'warnings', info: 'notes' },
  severityCount: (severity, count) => plural(count, { error: 'error', warning: 'warning', info: 'note' }[severity], en.severityPlural[severity]),
  statut: { actif: 'active', en_creation: 'being set up', en_sommeil: 'dormant' },
  formatAxis: 'profile format',
  axis: {
    gouvernance: 'governance',
    coordination: 'coordination',
    financement: 'funding',
    strategie: 'strategy',
    suivi: 'monitoring and evaluation',
    articulations: 'links with other plans',
    territoire: 'territory',
    coherence: 'consistency',
  },
  status: { pass: 'no blocking gap', fail: 'gaps to close', invalid: 'invalid profile' },
  number: (value) => groupedNumber(value, '.', ','),
  decimal: (value, digits) => fixedNumber(value, digits, '.'),
  date: (iso) => iso,
  counted: (value, singular, plural) => `${en.number(value)} ${value === 1 ? singular : plural}`,
  percent: (share) => `${fixedNumber(share * 100, 1, '.')}%`,
  quote: (text) => `“${text}”`,
  ordinal: (n) => `#${n}`,
  suggestion: (candidate) => ` Did you mean “${candidate}”?`,
  labelled: (label, text) => `${label}: ${text}`,
  list: (items) => items.join(', '),

  read: {
    notFound: (path) => `“${path}” does not exist: check the path.`,
    noProfile: (path) => `no profile (*.yaml, *.yml) in the folder “${path}”: give a folder that contains profiles.`,
    reasons: {
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'it is a folder',
      EIO: 'input/output error',
      ENXIO: 'it is a socket or a missing device, not a file',
      ENOTDIR: 'part of the path is not a folder',
      ENAMETOOLONG: 'path too long',
      EMFILE: 'too many open files',
      ENFILE: 'too many open files on the system',
      EAGAIN: 'resource temporarily unavailable',
    },
    unreadable: (path, reason) => `cannot read “${path}” (${reason}): check the file and its permissions.`,
    symlinkLoop: (path) => `“${path}” is a symbolic link that loops on itself: fix or remove the link.`,
    brokenLink: (path) => `“${path}” is a broken symbolic link: its target does not exist; fix or remove the link.`,
    tooLarge: (size, limit) => `the file weighs ${en.decimal(size, 1)} MiB, above the ${en.decimal(limit, 1)} MiB limit for a profile: check that it is a CLSM profile.`,
    tooLargeStream: (limit) => `the content exceeds the ${en.decimal(limit, 1)} MiB limit for a profile (reading stopped there): check that it is a CLSM profile.`,
    binary: () => `the file is binary, not YAML text: check that it is a CLSM profile.`,
    utf16: () => `the file is encoded in UTF-16: save it as UTF-8.`,
    notUtf8: (line) => `the file is not UTF-8 (invalid byte on line ${line}, probably a Latin-1/Windows-1252 spreadsheet export): save it as UTF-8.`,
    empty: () => `the file is empty: a profile holds at least version, annee_reference and the clsm block; see \`clsm schema\` for the format.`,
    globNoMatch: (pattern) => `no file matches the pattern “${pattern}”: check the pattern.`,
    tooDeep: (path, limit) => `the folder “${path}” is more than ${limit} levels deep: it is not walked; give it directly if it holds profiles.`,
  },
  parse: {
    syntax: (detail) => `invalid YAML syntax: ${detail}.`,
    tab: () => `a tab is used for indentation: YAML only accepts spaces; replace it with spaces.`,
    duplicateKey: (key) => (key ? `the key “${key}” appears twice in the same block: keep only one.` : `a key appears twice in the same block: keep only one.`),
    multipleDocuments: () => `the file holds several YAML documents (separated by “---”): a profile is a single document; split the file.`,
    tooDeep: (limit) => `nesting too deep (more than ${limit} levels): a profile never needs that.`,
    aliasBomb: (limit) => `YAML aliases (*) expand the document beyond ${en.number(limit)} nodes: remove the aliases.`,
    aliasCycle: () => `a YAML alias (*) refers to a block that contains it: the document contains itself; remove the alias.`,
    unknownTag: (tag) => `the YAML tag “${tag}” is not accepted: a profile holds only text, numbers, booleans, lists and blocks; remove it.`,
    missingSpace: (key, value) => `a space is missing after the colon of “${key}:”: without it, YAML reads the whole line as one text; write “${key}: ${value}”.`,
    unclosedQuote: (quote) =>
      quote === '"' ? `the quote “"” opened here is never closed: add “"” at the end of the value.` : `the apostrophe “'” that opens this text is never closed: add “'” at the end of the value, or remove it.`,
    apostropheInQuotes: () => `this text in apostrophes contains an apostrophe that closes it too early: double it (''), write a typographic apostrophe (’) or use double quotes.`,
    unclosedBracket: (bracket) =>
      bracket === '[' ? `the bracket “[” opened here is never closed: add “]” at the end of the list.` : `the brace “{” opened here is never closed: add “}” at the end of the block.`,
    flowNeedsQuotes: () => `inside braces, a value containing “:” or “,” must be quoted: write for example \`nom: "Ville de Douai, Nord"\`.`,
    overIndented: (previous) => `this line is indented more than line ${previous}, which already has a value: align it with line ${previous}.`,
    badIndent: (actual, expected) =>
      `this line is indented by ${plural(actual, 'space', 'spaces')}, but no block above is: ${expected === 0 ? 'start it at the beginning of the line' : `indent it by ${plural(expected, 'space', 'spaces')}`}, like the keys of its block.`,
    reasons: {},
    unknownReason: (reason) => reason,
  },
  schema: {
    documentKind: { list: 'a list', scalar: 'a single value' },
    notMapping: (kind) => `the document is ${kind}, not a block of keys: a profile starts with “version: 1”, “annee_reference” and the “clsm” block.`,
    unknownKey: (key, suggestion, allowed) =>
      suggestion ? `“${key}”: unknown key — did you mean “${suggestion}”?` : `“${key}”: unknown key here; possible keys: ${allowed.join(', ')}.`,
    complexKey: () => `a block or a list is used as a key (“?”): the keys of a profile are words; write a plain key.`,
    required: (key) => `the required key “${key}” is missing.`,
    emptyText: () => `the text is empty: fill it in.`,
    nullValue: () => `the value is empty: fill it in or remove the key.`,
    type: (expected, actualIsNumber, value) =>
      actualIsNumber && expected === 'a string' ? `must be a string: put it in quotes ("${String(value)}").` : missingSpaceHint(numberHint(`must be ${expected}`, value, NUMBER_WORDS), value, (fixed) => `; a space is probably missing after the colon: write “${fixed}”.`),
    typeName: (type) =>
      ({ string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', object: 'a block of keys', array: 'a list', null: 'empty' })[type] ??
      type,
    enumValue: (value, allowed, suggestion) =>
      `unrecognised value “${String(value)}”${suggestion ? ` — did you mean “${suggestion}”?` : '.'} Possible values: ${allowed.map(String).join(', ')}.`,
    constValue: (expected) => `must be ${String(expected)}.`,
    limit: (keyword, limit, value) =>
      `${String(value)} does not fit: the value must be ${
        { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[keyword] ?? ''
      } ${en.number(limit)}.`,
    pattern: (value, description) => `“${String(value)}” does not have the expected form${description ? `: ${description.replace(/\.$/, '')}` : ''}.`,
    date: (value) => `“${String(value)}” is not a valid date: write it as YYYY-MM-DD (for example \`2025-03-14\`).`,
    email: (value) => `“${String(value)}” is not a valid email address.`,
  },
  cli: {
    errorPrefix: 'clsm: ',
    unknownOption: (option) => `unknown option “${option}”: see \`clsm --help\`.`,
    unknownCommand: (command, suggestion) => `unknown command “${command}”${suggestion ? ` — did you mean “${suggestion}”?` : '.'} See \`clsm --help\`.`,
    missingArgument: (name) => `missing argument: “${name}”.`,
    missingOptionValue: (option) => `the option “${option}” expects a value.`,
    tooManyArguments: () => `too many arguments: see \`clsm --help\`.`,
    invalidChoice: (option, value, choices) => `“${value}” is not a possible value of ${option}: choose among ${choices.join(', ')}.`,
    invalidYear: (value) => `“${value}” is not a valid year for --year: give a four-digit year, for example 2025.`,
    invalidDate: (value) => `“${value}” is not a valid date for --today: write it as YYYY-MM-DD.`,
    outputDirMissing: (path, dir) => `cannot write the report “${path}”: the folder “${dir}” does not exist; create it first.`,
    outputIsDirectory: (path) => `cannot write the report: “${path}” is a folder; give a file name.`,
    outputIsInput: (path) => `refusing to write the report to “${path}”: this file is a profile; choose another file name.`,
    webNotOurs: (path) => `refusing to replace “${path}”: this file is not a page written by clsm; choose another name with -o.`,
    webMissing: () => 'the clsm.html page is missing from this installation of clsm: reinstall the package, or run “npm run build” in its sources.',
    webWritten: (path) => `Page written: ${path}. Open it in your browser (double-click); it works offline and sends no data.`,
    outputWriteFailed: (path, reason) => `cannot write the report “${path}”: ${reason}.`,
    outputNotRegular: (path) => `refusing to write the report to “${path}”: it is not a regular file (device, pipe, socket or broken link); choose a file name.`,
    badReport: (spec, formats) => `“${spec}” is not a possible value of --report: write FORMAT:FILE, with a format among ${formats.join(', ')} (for example sarif:clsm.sarif).`,
    reportToStdout: (spec) => `“${spec}”: --report writes to a file; for standard output, use --format.`,
    sameOutputTwice: (path) => `two reports would be written to the same file “${path}”: give them different names.`,
    outputEmpty: () => `the option --output expects a file name (or “-” for standard output).`,
    writeReasons: {
      ENOSPC: 'the disk is full; free some space or choose another disk (the earlier report, if any, is kept)',
      EDQUOT: 'the disk quota is reached; free some space or choose another disk',
      EACCES: 'permission denied; check the folder’s permissions',
      EPERM: 'operation not permitted; check the folder’s permissions',
      EROFS: 'the file system is read-only; choose another folder',
      ENOENT: 'this folder does not accept new files; choose another folder',
      EIO: 'disk input/output error; try again or choose another disk',
      ENAMETOOLONG: 'the path is too long; choose a shorter name',
      EINVAL: 'this folder does not accept regular files; choose another folder',
    },
    writeReasonOther: (code) => `system error ${code}; choose another folder`,
    cwdGone: () => `the current folder no longer exists (deleted while the terminal was in it): move to an existing folder, for example with “cd”.`,
    unknownRule: (id, suggestion) => `the rule “${id}” does not exist${suggestion ? ` — did you mean “${suggestion}”?` : '.'} See \`clsm rules\`.`,
    explainFormat: (format) => `clsm explain has no “${format}” format: choose text or markdown.`,
    internal: (message) => `unexpected internal error (${message}): please report it to the clsm maintainers.`,
    reportOtherLang: (path, made, asked) =>
      `the result of ${path} is worded in ${made === 'fr' ? 'French' : 'English'}: check the profile again with lang: '${asked}', or format with lang: '${made}'.`,
    reportOtherRuleset: (path, made, asked) =>
      made === null
        ? `the result of ${path} was read without rules (indicators): check the profile with the ruleset ${asked} before formatting it.`
        : `the result of ${path} was checked with the ruleset ${made}, not ${asked}: give formatReport the ruleset the check used (option ruleset).`,
    reportMixedRulesets: (first, other) =>
      `the results were checked with two rulesets (${first} and ${other}): format each batch apart, with its ruleset.`,
    internalInFile: (path, message) =>
      `unexpected internal error while checking “${path}” (${message}): the other files are checked; please report it to the clsm maintainers with this file.`,
    stdinTwice: () => `“-” (standard input) can be given only once.`,
  },
  report: {
    header: (name, path) => `${name} — ${path}`,
    territory: (population, vintage) => `Population of the communes listed: ${population} inhabitants (legal populations ${vintage})`,
    meta: (year, ruleset, status) => `Reference year: ${year ?? '?'} · Ruleset: ${ruleset} · Result: ${en.status[status]}`,
    columns: { severity: 'Severity', rule: 'Rule', message: 'Gap', position: 'Line:col', reference: 'Reference' },
    noFinding: 'No gap found.',
    remediationPrefix: '→ ',
    byAxis: 'By axis',
    waivedTitle: 'Gaps covered by a waiver',
    waivedLine: (ruleId, until, justification) => `${ruleId} (until ${until}): ${justification}`,
    coveredCase: (count) => (count === 1 ? 'finding covered by a waiver or the baseline' : `${count} findings covered by a waiver or the baseline`),
    csvHeaders: ['file', 'clsm', 'identifier', 'region', 'year', 'status', 'severity', 'rule', 'axis', 'line', 'column', 'message', 'remediation', 'reference'],
    baselinedJustification: 'Known finding, recorded in the baseline (clsm baseline).',
    baselinedTitle: (count) => (count === 1 ? 'Finding covered by the baseline (1)' : `Findings covered by the baseline (${count})`),
    summaryTitle: 'Summary',
    summaryColumns: { file: 'File', clsm: 'CLSM', region: 'Region', status: 'Result' },
    group: (severity, count) =>
      ({
        error: `Deal with first — ${plural(count, 'error', 'errors')}`,
        warning: `Then — ${plural(count, 'warning', 'warnings')} (recommendations and consistency checks)`,
        info: `For information — ${plural(count, 'note', 'notes')} (benchmarks and good practice)`,
      })[severity],
    totals: (files, pass, fail, invalid) =>
      `${plural(files, 'file checked', 'files checked')}: ${pass} with no blocking gap, ${fail} with gaps to close, ${invalid} invalid.`,
    unnamed: '(unnamed CLSM)',
  },
  ruleset: {
    unknown: (id, builtins) => `the ruleset “${id}” does not exist: give ${builtins.map((b) => `“${b}”`).join(', ')} or the path of a ruleset file (.yaml).`,
    notAFile: (file) => `“${file}” is not a ruleset file (it is a folder or a special file): give a .yaml file.`,
    tooLarge: (file) => `the ruleset “${file}” weighs more than 4 MiB: check that it is a clsm ruleset.`,
    problem: (file, line, column, message) => `${file}:${line}:${column}: invalid ruleset: ${message}`,
    notMapping: () => `the document is not a block of keys: a ruleset starts with “id”, “title” and “rules”.`,
    duplicateRule: (id) => `the rule “${id}” is defined twice: keep only one.`,
    unknownRule: (id, suggestion) => `the rule “${id}” does not exist in this ruleset${suggestion ? ` — did you mean “${suggestion}”?` : '.'}`,
    unknownParam: (name, known) =>
      `“$${name}” refers to a parameter the rule does not define: ${known.length > 0 ? `its parameters are ${known.join(', ')}` : 'add it under “params”'}.`,
    incompleteRule: (id, missing) =>
      `the rule “${id}” does not exist in the extended ruleset: it is therefore a new rule, which lacks ${missing.map((m) => `“${m}”`).join(', ')}; check the id or complete the rule.`,
    parent: (reference, reason) => `“extends: ${reference}”: ${reason}`,
    notBuiltin: (reference) => `“${reference}” is not a shipped ruleset; here, only a shipped id can be extended.`,
    cycle: (chain) => `the rulesets extend each other in a loop (${chain.join(' → ')}): remove one of the “extends”.`,
    extendsLabel: (id) => `extends ${id}`,
    noDescription: '(not given in the ruleset)',
  },
  baseline: {
    notAFile: (file) => `the baseline “${file}” is not a file: give the file written by \`clsm baseline\`.`,
    tooLarge: (file) => `the baseline “${file}” weighs more than 16 MiB: check that it is the file written by \`clsm baseline\`.`,
    unreadable: (file, reason) => `cannot read the baseline “${file}”: ${reason}`,
    notJson: (file, detail) => `the baseline “${file}” is not valid JSON (${detail}): write it again with \`clsm baseline --force\`.`,
    badShape: (file, where, expected) =>
      `the baseline “${file}” is not valid at “${where}”: ${
        {
          version: '“"schemaVersion": 1” is expected',
          ruleset: 'the ruleset id (“"ruleset"”) is expected',
          files: 'a “"files"” block is expected',
          entries: 'a block of rules and numbers is expected',
          count: 'an integer of at least 1 is expected',
        }[expected]
      }; write it again with \`clsm baseline --force\`.`,
    unused: (count) =>
      count === 1 ? `1 baseline entry no longer matches anything: run \`clsm baseline --prune\`.` : `${count} baseline entries no longer match anything: run \`clsm baseline --prune\`.`,
    otherRuleset: (recorded, used) => `the baseline was made with the ruleset “${recorded}”, this check uses “${used}”: only the findings of shared rules are covered.`,
    exists: (file) => `the baseline “${file}” already exists: add --force to replace it, or --prune to only trim it.`,
    missing: (file) => `the baseline “${file}” does not exist: write it first with \`clsm baseline\`.`,
    written: (file, findings, files) =>
      `Baseline written to “${file}”: ${findings === 0 ? 'no finding' : findings === 1 ? '1 finding' : `${en.number(findings)} findings`} in ${files === 1 ? '1 file' : `${en.number(files)} files`}.`,
    pruned: (file, removed, lowered) =>
      `Baseline “${file}” trimmed: ${removed === 0 ? 'no entry removed' : removed === 1 ? '1 entry removed' : `${en.number(removed)} entries removed`}, ${
        lowered === 0 ? 'no count lowered' : lowered === 1 ? '1 count lowered' : `${en.number(lowered)} counts lowered`
      }.`,
  },
  stats: {
    title: 'National CLSM indicators (instruction of 13 May 2025, section III)',
    yearTitle: (year) => `Year ${year}`,
    columns: {
      year: 'Year',
      region: 'Region',
      indicators: ['Active CLSMs', 'Being set up', 'Dormant', 'Population covered', 'Share of the population', 'COPIL with representatives of users and their relatives', 'General (plenary) assembly in the year'],
    },
    national: 'France',
    source: 'Population of the regions',
    missing: (count) => (count === 1 ? '1 CLSM without population' : `${count} CLSMs without population`),
    duplicate: (identifiant, year, files) => `The CLSM “${identifiant}” (${year}) is in several files: only ${files[0]} is counted (${files.slice(1).join(', ')} left out).`,
    excluded: (paths) => `${paths.length === 1 ? 'Invalid profile left out' : 'Invalid profiles left out'}: ${paths.join(', ')}.`,
    chart: (year) => `Share of the population covered by active CLSMs, per region, in ${year}`,
    notes: 'Notes',
    readings: [
      '« Représentants d’usagers et de leurs proches » (representatives of users and their relatives, instruction, section III): clsm counts the steering committees with at least one member of the category person with lived experience and one of the category carer; the number with each, and with either, is given beside it.',
      '« Assemblée générale » (general assembly, instruction, section III): clsm counts the framework’s plenary assembly (§4), held during the year.',
      'The shares are of active CLSMs; CLSMs being set up and dormant ones are counted apart.',
    ],
    copilParts: (label, users, carers, either) => `${label}: steering committees with people with lived experience ${users}, with carers ${carers}, with either category ${either}.`,
    overlap: (year, commune, first, second) => `In ${year}, the commune ${commune} is covered by “${first}” and by “${second}”: it is counted once.`,
    regions: (year, count) => `France ${year}: ${count === 1 ? '1 region' : `${count} regions`} sent at least one profile.`,
    declaredOnly: (count) => `of which ${count} declared by CLSMs without communes`,
    csvHeaders: ['year', 'region_code', 'region', 'active', 'being_set_up', 'dormant', 'population_covered', 'population_declared_only', 'population_missing', 'region_population', 'coverage', 'copil_users_carers', 'copil_users_carers_share', 'copil_users', 'copil_carers', 'copil_users_or_carers', 'plenary_in_year', 'plenary_in_year_share'],
    nothing: () => `no valid profile: no indicator to compute.`,
  },
  html: {
    title: 'Gap report against the national CLSM reference framework',
    notBinding: 'the framework is not legally binding: this report lists gaps, not breaches',
    first: 'To address first',
    noBlocking: 'No blocking gap: the points below are ways to improve.',
    chartAxes: (name) => `Gaps per axis of the framework — ${name}`,
    chartFiles: 'Gaps per CLSM',
    gapAndAction: 'Gap and what to do',
    line: 'Line',
    derogations: 'Current waivers',
    until: (date) => `until ${date}`,
    year: (year) => `year ${year}`,
    region: 'Region',
    footer: (version) => `Produced by clsm ${version} from the profile declared by the CLSM.`,
  },
  rules: {
    columns: { id: 'Rule', severity: 'Severity', axis: 'Axis', reference: 'Reference', statuses: 'Applies to' },
    dagger: '†: also checked for a CLSM being set up',
    title: (id, count) => `Ruleset ${id}: ${count} rules`,
    checksTitle: (count) => `Check functions of the engine (${count}), named in a rule’s “check:”`,
    traits: {
      runScope: 'compares the profiles of one run: the finding is on the second profile',
      afterOthers: 'applies after the other rules, once the derogations used are known',
      notWaivable: 'no derogation covers its findings',
      notBaselinable: 'no baseline covers its findings',
    },
    optionsTitle: 'Options',
    off: 'turned off (off)',
    optional: 'optional',
    listOf: (item) => `list of ${item}`,
    typeName: (type) => ({ string: 'text', number: 'number', integer: 'integer', boolean: 'true or false', object: 'block', array: 'list' })[type] ?? type,
    paramNote: 'A numeric option may be written “$name” to cite the rule’s parameter “name” (params). Full schema: clsm rules --checks --format json, or schemas/ruleset.schema.json.',
  },
  explain: {
    what: 'What the rule checks', why: 'Why', how: 'How to close the gap', appliesTo: 'Applies to', params: 'Parameters',
    doc: 'Documentation',
    page: {
      columns: ['severity', 'axis', 'reference', 'statuses'],
      paramsNote: (count) => `A regional ruleset can change ${count === 1 ? 'it' : 'them'} (see “Regional rulesets” in the README).`,
    },
    fix: 'How to fix it',
  },
};
