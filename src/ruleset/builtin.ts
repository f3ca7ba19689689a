// The rulesets shipped with clsm, embedded in the code at build time once they passed the same stage as a
// ruleset file (parse-ruleset.ts): at run time they are only built, not parsed nor validated again.
import { BUILTIN_RULESETS } from '../generated/embedded.js';
import { buildRuleset } from './build.js';
import type { RawRuleset, Ruleset } from './types.js';

export const DEFAULT_RULESET = 'referentiel-2025';

export const BUILTIN_RULESET_IDS: readonly string[] = Object.keys(BUILTIN_RULESETS);

const cache = new Map<string, Ruleset>();

/** A built-in ruleset's data as its file writes it, or undefined (a fresh copy: callers may merge into it). */
export function builtinRawRuleset(id: string): RawRuleset | undefined {
  if (!Object.prototype.hasOwnProperty.call(BUILTIN_RULESETS, id)) return undefined;
  return JSON.parse(BUILTIN_RULESETS[id]!) as RawRuleset;
}

/** A built-in ruleset by id, or undefined. */
export function builtinRuleset(id: string): Ruleset | undefined {
  let ruleset = cache.get(id);
  if (ruleset) return ruleset;
  const raw = builtinRawRuleset(id);
  if (!raw) return undefined;
  const built = buildRuleset(raw, true);
  // The build refused to embed a ruleset with problems.
  if (!built.ok) throw new Error(`built-in ruleset ${id} is invalid`);
  cache.set(id, (ruleset = built.ruleset));
  return ruleset;
}
