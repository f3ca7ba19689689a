// The contract between the engine and its check functions.
import type { PathSegment } from '../types.js';

/** A value a message placeholder can show; wording (quotes, ordinals, labels) is left to the formatter. */
export type ArgValue = string | number | readonly string[] | { quoted: string } | { ordinal: number } | { suggestion: string } | '';

export interface Problem {
  /** Where the gap is: the node it is about, located later (nearest existing parent when missing). */
  path: readonly PathSegment[];
  args?: Record<string, ArgValue>;
}

export type DerogationStatus = 'unknown' | 'expired' | 'active' | 'unused';

export interface DerogationState {
  index: number;
  rule: string;
  justification: string;
  until: string;
  status: DerogationStatus;
  suggestion: string | null;
}

export interface CheckContext {
  /** The reference year: `annee_reference`, or `--year`. */
  year: number;
  /** `--today`, or the system date, as YYYY-MM-DD. */
  today: string;
  derogations: readonly DerogationState[];
}

export type CheckFunction = (profile: unknown, options: Readonly<Record<string, unknown>>, context: CheckContext) => Problem[];

export interface CheckDefinition {
  run: CheckFunction;
  /** Runs after every other rule, once derogations are known to be used or not. */
  afterOthers?: boolean;
}
