// ajv errors → schema problems (not yet located nor worded), for the profile and for ruleset files alike.
import type { ErrorObject } from 'ajv';
import { closest } from '../closest.js';
import { schemaProblem, type InputProblem } from '../problem.js';
import type { PathSegment } from '../types.js';

type SchemaNode = Record<string, unknown>;

/**
 * One problem per error that says something on its own: a value of the wrong type also fails its enum or
 * pattern (the type error alone says what to fix); `if`/`then` and `anyOf` branches are summed up by their parent.
 */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown, schema: () => SchemaNode): InputProblem[] {
  const wrongType = new Set<string>();
  const anyOf = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'type' && !insideAnyOf(error)) wrongType.add(error.instancePath);
    if (error.keyword === 'anyOf') anyOf.add(error.instancePath);
  }
  const problems: InputProblem[] = [];
  const misspelt = misspeltRequiredKeys(errors, schema);
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    // A required key written with a typo: the unknown key's suggestion says it all.
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}/${String(error.params.missingProperty)}`)) continue;
    if (error.keyword !== 'type' && wrongType.has(error.instancePath) && !insideAnyOf(error)) continue;
    if (insideAnyOf(error) && anyOf.has(error.instancePath)) continue;
    problems.push(toProblem(error, data, schema));
  }
  return problems;
}

/** `instancePath/key` of each missing required key that an unknown key beside it is the closest match of. */
function misspeltRequiredKeys(errors: readonly ErrorObject[], schema: () => SchemaNode): Set<string> {
  const missing = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const keys = missing.get(error.instancePath) ?? [];
    keys.push(String(error.params.missingProperty));
    missing.set(error.instancePath, keys);
  }
  const misspelt = new Set<string>();
  if (missing.size === 0) return misspelt;
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties' || !missing.has(error.instancePath)) continue;
    const allowed = Object.keys((schemaNodeOf(error, schema())?.properties as object | undefined) ?? {});
    const suggestion = closest(String(error.params.additionalProperty), allowed);
    if (suggestion !== null && missing.get(error.instancePath)!.includes(suggestion)) misspelt.add(`${error.instancePath}/${suggestion}`);
  }
  return misspelt;
}

function insideAnyOf(error: ErrorObject): boolean {
  return /\/anyOf\/\d+\//.test(error.schemaPath);
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
function schemaNodeOf(error: ErrorObject, schema: SchemaNode): SchemaNode | undefined {
  let node: unknown = schema;
  const parts = error.schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  for (const raw of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as SchemaNode)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

function toProblem(error: ErrorObject, data: unknown, schema: () => SchemaNode): InputProblem {
  const path = instancePathSegments(error.instancePath, data);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  const at = { path };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      // js-yaml turns a block or a list used as a key (`? {…}`) into this text.
      if (key === '[object Object]') return schemaProblem('schema.complexKey', {}, { path: [...path, key], atKey: true });
      const allowed = Object.keys((schemaNodeOf(error, schema())?.properties as object | undefined) ?? {});
      return schemaProblem('schema.unknownKey', { key, suggestion: closest(key, allowed), allowed }, { path: [...path, key], atKey: true });
    }
    case 'required':
      return schemaProblem('schema.required', { key: String(params.missingProperty) }, at);
    case 'type':
      return schemaProblem('schema.type', { expected: String(params.type), value }, at);
    case 'anyOf': {
      // A number or a `$param` reference in a ruleset: say what the value should be, not that no branch matched.
      const branches = (schemaNodeOf(error, schema())?.anyOf as SchemaNode[] | undefined) ?? [];
      const expected = branches.map((branch) => branch.type).find((type): type is string => typeof type === 'string');
      return expected ? schemaProblem('schema.type', { expected, value }, at) : other(error, at);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const suggestion = typeof value === 'string' ? closest(value, allowed.map(String)) : null;
      return schemaProblem('schema.enumValue', { value, allowed, suggestion }, at);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return schemaProblem('schema.limit', { keyword: error.keyword, limit: Number(params.limit), value }, at);
    case 'minLength':
      // Every text of the profile has minLength 1: the only way to fail it is an empty text.
      return Number(params.limit) === 1 ? schemaProblem('schema.emptyText', {}, at) : other(error, at);
    case 'const':
      return schemaProblem('schema.constValue', { expected: params.allowedValue }, at);
    case 'pattern': {
      const description = schemaNodeOf(error, schema())?.description;
      return schemaProblem('schema.pattern', { value, description: typeof description === 'string' ? description : null }, at);
    }
    case 'format':
      return schemaProblem(params.format === 'email' ? 'schema.email' : 'schema.date', { value }, at);
    default:
      return other(error, at);
  }
}

function other(error: ErrorObject, at: { path: PathSegment[] }): InputProblem {
  const { keyword, params, instancePath, schemaPath } = error;
  return schemaProblem('schema.other', { keyword, params, instancePath, schemaPath }, at);
}
