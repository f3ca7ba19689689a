// Dotted profile paths (`gouvernance.copil.reunions[*].date`): parsing, reading and wildcard selection.
import type { PathSegment } from './types.js';

const WILDCARD = Symbol('wildcard');
type PatternSegment = string | typeof WILDCARD;

const cache = new Map<string, PatternSegment[]>();

function parsePath(path: string): PatternSegment[] {
  let segments = cache.get(path);
  if (!segments) {
    segments = [];
    for (const part of path.split('.')) {
      if (part.endsWith('[*]')) segments.push(part.slice(0, -3), WILDCARD);
      else segments.push(part);
    }
    cache.set(path, segments);
  }
  return segments;
}

/** The value at a path without wildcards, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let node = data;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== 'object' || segment === WILDCARD) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const segmentsCache = new Map<string, readonly PathSegment[]>();

/** The segments of a path without wildcards (shared: callers copy before changing it). */
export function segmentsOf(path: string): readonly PathSegment[] {
  let segments = segmentsCache.get(path);
  if (!segments) segmentsCache.set(path, (segments = parsePath(path).filter((s): s is string => s !== WILDCARD)));
  return segments;
}

/**
 * Calls `visit` with every existing value matched by a path (`[*]` walks a list); `pathOf` builds the
 * concrete path of that value only when the caller needs it.
 */
export function forEachMatch(data: unknown, path: string, visit: (value: unknown, pathOf: () => PathSegment[]) => void): void {
  const pattern = parsePath(path);
  const trail: PathSegment[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth === pattern.length) {
      visit(node, () => [...trail]);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const segment = pattern[depth]!;
    if (segment === WILDCARD) {
      if (!Array.isArray(node)) return;
      for (let index = 0; index < node.length; index++) {
        trail.push(index);
        walk(node[index], depth + 1);
        trail.pop();
      }
    } else if (Object.prototype.hasOwnProperty.call(node, segment)) {
      trail.push(segment);
      walk((node as Record<string, unknown>)[segment], depth + 1);
      trail.pop();
    }
  };
  walk(data, 0);
}

/** The items of the list at a path; a single block counts as a list of one; anything else as none. */
export function itemsAt(data: unknown, path: string): unknown[] {
  const value = valueAt(data, path);
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object') return [value];
  return [];
}

export function field(item: unknown, name: string): unknown {
  if (item === null || typeof item !== 'object' || !Object.prototype.hasOwnProperty.call(item, name)) return undefined;
  return (item as Record<string, unknown>)[name];
}
