// The contract between the engine and its check functions (define-check.ts declares them).
import type { ArgValue } from '../problem.js';
import type { Resolution } from '../territory/resolve.js';
import type { TerritoryTable } from '../territory/table.js';
import type { PathSegment, Text } from '../types.js';

/** What a check finds: the node it is about (located later) and the values its message names. */
export interface CheckProblem {
  path: readonly PathSegment[];
  args?: Record<string, ArgValue>;
  /** Which of the rule's messages words it (`messages` of the rule); its `message` when absent. */
  messageId?: string;
}

/** `unwaivable`: a derogation to a rule no derogation can cover (input problems, duplicates, derogation rules). */
export type DerogationStatus = 'unknown' | 'expired' | 'active' | 'unused' | 'unwaivable';

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
  /** The profile's territory read against the Code officiel géographique, when the profile lists communes or an EPCI. */
  territory?: { table: TerritoryTable; resolution: Resolution };
}

export interface CheckDefinition<Options = Readonly<Record<string, unknown>>> {
  /** The name a ruleset gives in `check:`. */
  name: string;
  /** What the check does, for `clsm rules --checks`. */
  summary: Text;
  /** JSON Schema of the options, once `$param` references are resolved; the ruleset schema is generated from it. */
  options: Readonly<Record<string, unknown>>;
  run(profile: unknown, options: Options, context: CheckContext): CheckProblem[];
  /** Traits of every rule that uses this check, declared once here. */
  traits: CheckTraits;
}

export interface CheckTraits {
  /**
   * `profile`: its problems are findings of the profile. `run`: its problems are claims (a value at a path) that the
   * run compares across the profiles it checks (engine/run-scope.ts); the second profile with a claim gets the finding.
   */
  scope: 'profile' | 'run';
  /** Runs after every other rule, once derogations are known to be used or not. */
  afterOthers: boolean;
  /** A derogation may cover its findings. */
  waivable: boolean;
  /** A baseline may cover its findings. */
  baselinable: boolean;
  /**
   * The ids of the extra messages it may choose (`messageId`) with a rule's options: each rule using it with those
   * options gives them under `messages` (checked when the ruleset loads).
   */
  messages: (options: Readonly<Record<string, unknown>>) => readonly string[];
  /**
   * The argument that tells apart the findings it gives on one node (one per missing value): it enters the finding's
   * key (`gouvernance.copil.membres[aidant]`), which baselines and fingerprints use, so that fixing one of four never
   * shifts the other three. None for a check that fires at most once per node.
   */
  keyArg?: string;
}

/** A check of any options, as the engine holds them: the ruleset loader has validated each rule's options. */
export type AnyCheck = CheckDefinition<never>;
