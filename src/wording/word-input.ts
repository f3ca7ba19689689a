// The one place where YAML and schema problems are worded, in the catalogue's language.
import type { ErrorObject } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en/index.js';
import localizeFr from 'ajv-i18n/localize/fr/index.js';
import { closest } from '../closest.js';
import type { Catalogue } from '../i18n/index.js';
import type { InputMessages, InputProblem } from '../problem.js';
import { formatPath } from '../types.js';

// The CommonJS modules export the function itself; typings describe them as namespaces.
type Localize = (errors: ErrorObject[]) => void;
const localize = { fr: localizeFr as unknown as Localize, en: localizeEn as unknown as Localize };

type Wording = { [K in keyof InputMessages]: (c: Catalogue, args: InputMessages[K]) => string };

const WORDING: Wording = {
  'read.tooLarge': (c, { sizeMiB, limitMiB }) => c.read.tooLarge(sizeMiB, limitMiB),
  'read.tooLargeStream': (c, { limitMiB }) => c.read.tooLargeStream(limitMiB),
  'read.binary': (c) => c.read.binary(),
  'read.utf16': (c) => c.read.utf16(),
  'read.notUtf8': (c, { line }) => c.read.notUtf8(line),
  'read.empty': (c) => c.read.empty(),
  'parse.syntax': (c, { reason }) =>
    c.parse.syntax(Object.prototype.hasOwnProperty.call(c.parse.reasons, reason) ? c.parse.reasons[reason]! : c.parse.unknownReason(reason)),
  'parse.tab': (c) => c.parse.tab(),
  'parse.duplicateKey': (c, { key }) => c.parse.duplicateKey(key),
  'parse.multipleDocuments': (c) => c.parse.multipleDocuments(),
  'parse.tooDeep': (c, { limit }) => c.parse.tooDeep(limit),
  'parse.aliasBomb': (c, { limit }) => c.parse.aliasBomb(limit),
  'parse.aliasCycle': (c) => c.parse.aliasCycle(),
  'parse.unknownTag': (c, { tag }) => c.parse.unknownTag(tag),
  'parse.missingSpace': (c, { key, value }) => c.parse.missingSpace(key, value),
  'parse.unclosedQuote': (c, { quote }) => c.parse.unclosedQuote(quote),
  'parse.apostropheInQuotes': (c) => c.parse.apostropheInQuotes(),
  'parse.unclosedBracket': (c, { bracket }) => c.parse.unclosedBracket(bracket),
  'parse.flowNeedsQuotes': (c) => c.parse.flowNeedsQuotes(),
  'parse.overIndented': (c, { previous }) => c.parse.overIndented(previous),
  'parse.badIndent': (c, { actual, expected }) => c.parse.badIndent(actual, expected),
  'schema.notMapping': (c, { kind }) => c.schema.notMapping(c.schema.documentKind[kind]),
  'schema.more': (c, { count }) => c.schema.more(count),
  'schema.unknownKey': (c, { key, suggestion, allowed }) => c.schema.unknownKey(key, suggestion, [...allowed]),
  'schema.complexKey': (c) => c.schema.complexKey(),
  'schema.required': (c, { key }) => c.schema.required(key),
  'schema.type': (c, { expected, value }) =>
    value === null
      ? c.schema.nullValue()
      : // Several allowed types (a ruleset parameter: number, string or boolean) are each named in words.
        c.schema.type(c.list(expected.split(',').map((type) => c.schema.typeName(type))), typeof value === 'number' || typeof value === 'boolean', value),
  'schema.enumValue': (c, { value, allowed, suggestion }) => c.schema.enumValue(value, [...allowed], suggestion),
  'schema.limit': (c, { keyword, limit, value }) => c.schema.limit(keyword, limit, value),
  'schema.emptyText': (c) => c.schema.emptyText(),
  'schema.constValue': (c, { expected }) => c.schema.constValue(expected),
  // The schema's descriptions are French: shown only in French.
  'schema.pattern': (c, { value, description }) => c.schema.pattern(value, c.locale.startsWith('fr') ? description : null),
  'schema.date': (c, { value }) => c.schema.date(value),
  'schema.email': (c, { value }) => c.schema.email(value),
  'ruleset.notMapping': (c) => c.ruleset.notMapping(),
  'ruleset.duplicateRule': (c, { id }) => c.ruleset.duplicateRule(id),
  'ruleset.unknownRule': (c, { id, known }) => c.ruleset.unknownRule(id, closest(id, known)),
  'ruleset.unknownParam': (c, { name, known }) => c.ruleset.unknownParam(name, [...known]),
  'ruleset.unusedParam': (c, { name, known }) => c.ruleset.unusedParam(name, [...known]),
  'ruleset.incompleteRule': (c, { id, missing }) => c.ruleset.incompleteRule(id, [...missing]),
  'ruleset.parent': (c, { reference, reason }) => c.ruleset.parent(reference, reason),
  'ruleset.cycle': (c, { chain }) => c.ruleset.cycle([...chain]),
  'ruleset.tooDeep': (c, { limit }) => c.ruleset.tooDeep(limit),
  'schema.other': (c, error) => {
    const copy = { ...error, params: { ...error.params } } as ErrorObject;
    localize[c.locale.startsWith('fr') ? 'fr' : 'en']([copy]);
    return `${copy.message ?? error.keyword}.`;
  },
};

export function wordInputProblem(c: Catalogue, problem: InputProblem): string {
  const text = (WORDING[problem.messageId] as (c: Catalogue, args: unknown) => string)(c, problem.args);
  // A schema message starts with the path of the value it is about; an unknown key names itself.
  if (!problem.messageId.startsWith('schema.') || problem.atKey || problem.path.length === 0) return text;
  return c.labelled(formatPath(problem.path), text);
}
