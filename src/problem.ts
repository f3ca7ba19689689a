// One shape for every problem — YAML, schema and rule — from where it is found until one place locates it
// (check/locate.ts) and one place words it (check/word.ts, check/word-input.ts): a rule id, a message id and its arguments, a profile path.
import { SCHEMA, YAML_SYNTAX, type InputRuleId } from './findings/input-rules.js';
import type { PathSegment, Position } from './types.js';

/** A value a message placeholder can show; the wording (quotes, ordinals, labels, numbers) is left to check/word.ts. */
export type ArgValue = string | number | readonly string[] | { quoted: string } | { ordinal: number } | { suggestion: string } | '';

/** The catalogue messages of input problems, with the arguments each one names. */
export interface InputMessages {
  'read.tooLarge': { sizeMiB: number; limitMiB: number };
  'read.tooLargeStream': { limitMiB: number };
  'read.binary': Record<string, never>;
  'read.utf16': Record<string, never>;
  'read.notUtf8': { line: number };
  'read.empty': Record<string, never>;
  'parse.syntax': { reason: string };
  'parse.tab': Record<string, never>;
  'parse.duplicateKey': { key: string | null };
  'parse.multipleDocuments': Record<string, never>;
  'parse.tooDeep': { limit: number };
  'parse.aliasBomb': { limit: number };
  'parse.aliasCycle': Record<string, never>;
  'parse.unknownTag': { tag: string };
  'parse.missingSpace': { key: string; value: string };
  'parse.unclosedQuote': { quote: '"' | "'" };
  'parse.apostropheInQuotes': Record<string, never>;
  'parse.unclosedBracket': { bracket: '[' | '{' };
  'parse.flowNeedsQuotes': Record<string, never>;
  'parse.overIndented': { previous: number };
  'parse.badIndent': { actual: number; expected: number };
  'schema.notMapping': { kind: 'list' | 'scalar' };
  'schema.more': { count: number };
  'schema.unknownKey': { key: string; suggestion: string | null; allowed: readonly string[] };
  'schema.complexKey': Record<string, never>;
  'schema.required': { key: string };
  'schema.type': { expected: string; value: unknown };
  'schema.enumValue': { value: unknown; allowed: readonly unknown[]; suggestion: string | null };
  'schema.limit': { keyword: string; limit: number; value: unknown };
  'schema.emptyText': Record<string, never>;
  'schema.constValue': { expected: unknown };
  'schema.pattern': { value: unknown; description: string | null };
  'schema.date': { value: unknown };
  'schema.email': { value: unknown };
  'ruleset.notMapping': Record<string, never>;
  'ruleset.duplicateRule': { id: string };
  'ruleset.unknownRule': { id: string; known: readonly string[] };
  'ruleset.unknownParam': { name: string; known: readonly string[] };
  'ruleset.unusedParam': { name: string; known: readonly string[] };
  'ruleset.incompleteRule': { id: string; missing: readonly string[] };
  'ruleset.parent': { reference: string; reason: string };
  'ruleset.cycle': { chain: readonly string[] };
  'ruleset.tooDeep': { limit: number };
  /** A keyword without a message of ours: worded by ajv-i18n from the validator's error. */
  'schema.other': { keyword: string; params: Readonly<Record<string, unknown>>; instancePath: string; schemaPath: string };
}

export type InputMessageId = keyof InputMessages;

interface Where {
  /** The node the problem is about, in the profile (or the ruleset file); located last. */
  path: readonly PathSegment[];
  /** Point at the key even when the value is a scalar (an unknown key). */
  atKey?: boolean;
  /** Set only when there is no document to locate a path in (the parser stopped there, or the bytes are not text). */
  position?: Position;
}

/** A problem of the input itself: it could not be read as YAML (`yaml-syntaxe`) or has the wrong shape (`schema`). */
export type InputProblem = {
  [K in InputMessageId]: Where & { ruleId: InputRuleId; messageId: K; args: InputMessages[K] };
}[InputMessageId];

/** A gap found by a rule: worded from the rule's own message template. */
export interface RuleProblem extends Where {
  ruleId: string;
  /** One of the rule's `messages`; its `message` when absent. */
  messageId?: string;
  args?: Readonly<Record<string, ArgValue>>;
}

/** A rule problem that an active derogation covers. */
export interface WaivedProblem extends RuleProblem {
  justification: string;
  until: string;
}

export type Problem = InputProblem | RuleProblem;

export function inputProblem<K extends InputMessageId>(
  ruleId: InputProblem['ruleId'],
  messageId: K,
  args: InputMessages[K],
  where: Where = { path: [] },
): InputProblem {
  return { ruleId, messageId, args, ...where } as InputProblem;
}

/** A problem found before there is a document: at a line and column, 1:1 by default. */
export function syntaxProblem<K extends InputMessageId>(messageId: K, args: InputMessages[K], line = 1, column = 1): InputProblem {
  return inputProblem(YAML_SYNTAX, messageId, args, { path: [], position: { line, column } });
}

/** A problem of shape: the profile (or the ruleset file) does not follow its schema. */
export function schemaProblem<K extends InputMessageId>(messageId: K, args: InputMessages[K], where: Where = { path: [] }): InputProblem {
  return inputProblem(SCHEMA, messageId, args, where);
}
