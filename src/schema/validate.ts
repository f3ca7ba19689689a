// Validates a parsed profile against the precompiled profile schema; ajv errors become located, worded problems.
import type { ErrorObject } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en/index.js';
import localizeFr from 'ajv-i18n/localize/fr/index.js';
import { closest } from '../closest.js';
import type { Locator } from '../document/locator.js';
import validateProfile from '../generated/validate-profile.cjs';
import type { Catalogue } from '../i18n/index.js';
import { problemAt, type InputProblem } from '../problem.js';
import { formatPath, type PathSegment } from '../types.js';
import { readProfileSchema } from './profile-schema.js';

// The CommonJS modules export the function itself; typings describe them as namespaces.
type Localize = (errors: ErrorObject[]) => void;
const localize = { fr: localizeFr as unknown as Localize, en: localizeEn as unknown as Localize };

export function validateAgainstSchema(data: unknown, locator: Locator): InputProblem[] {
  if (data === null || data === undefined) return [problemAt('schema', (c) => c.read.empty(), 1, 1)];
  if (typeof data !== 'object' || Array.isArray(data)) {
    const position = locator.locate([]);
    const kind = Array.isArray(data) ? 'list' : 'scalar';
    return [problemAt('schema', (c) => c.schema.notMapping(c.schema.documentKind[kind]), position.line, position.column)];
  }
  if (validateProfile(data)) return [];
  const errors = validateProfile.errors ?? [];
  // A value of the wrong type also fails its enum or pattern: the type error alone says what to fix.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath)).map((error) => toProblem(error, data, locator));
}

function instancePathSegments(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) ? Number(key) : key;
    segments.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return segments;
}

/** The schema node that holds the failing keyword, found by walking the error's schema path. */
function schemaNodeOf(error: ErrorObject): Record<string, unknown> | undefined {
  let node: unknown = readProfileSchema();
  const parts = error.schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  for (const raw of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

function toProblem(error: ErrorObject, data: unknown, locator: Locator): InputProblem {
  const segments = instancePathSegments(error.instancePath, data);
  const value = valueAt(data, segments);
  const params = error.params as Record<string, unknown>;
  let at = segments;
  let preferKey = false;
  let describe: (c: Catalogue) => string;

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((schemaNodeOf(error)?.properties as object | undefined) ?? {});
      const suggestion = closest(key, allowed);
      at = [...segments, key];
      preferKey = true;
      describe = (c) => c.schema.unknownKey(key, suggestion, allowed);
      break;
    }
    case 'required': {
      const key = String(params.missingProperty);
      describe = (c) => c.schema.required(key);
      break;
    }
    case 'type': {
      const expected = String(params.type);
      describe = (c) =>
        value === null ? c.schema.nullValue() : c.schema.type(c.schema.typeName(expected), typeof value === 'number' || typeof value === 'boolean', value);
      break;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const suggestion = typeof value === 'string' ? closest(value, allowed.map(String)) : null;
      describe = (c) => c.schema.enumValue(value, allowed, suggestion);
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const limit = Number(params.limit);
      const keyword = error.keyword;
      describe = (c) => c.schema.limit(keyword, limit, value);
      break;
    }
    case 'minLength':
      // Every text of the profile has minLength 1: the only way to fail it is an empty text.
      describe = (c) => (Number(params.limit) === 1 ? c.schema.emptyText() : genericMessage(c, error));
      break;
    case 'const':
      describe = (c) => c.schema.constValue(params.allowedValue);
      break;
    case 'pattern': {
      const description = schemaNodeOf(error)?.description;
      describe = (c) => c.schema.pattern(value, c.locale.startsWith('fr') && typeof description === 'string' ? description : null);
      break;
    }
    case 'format':
      describe = (c) => (params.format === 'email' ? c.schema.email(value) : c.schema.date(value));
      break;
    default:
      describe = (c) => genericMessage(c, error);
  }

  const position = locator.locate(at, preferKey);
  const shownPath = formatPath(at);
  // An unknown key names itself; other messages start with the path of the value they are about.
  const word = preferKey || shownPath === '' ? describe : (c: Catalogue) => c.labelled(shownPath, describe(c));
  return problemAt('schema', word, position.line, position.column, shownPath);
}

/** ajv-i18n's wording for keywords without a message of ours (the validator is generated without messages). */
function genericMessage(c: Catalogue, error: ErrorObject): string {
  const copy = { ...error };
  localize[c.locale.startsWith('fr') ? 'fr' : 'en']([copy]);
  return `${copy.message ?? error.keyword}.`;
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}
