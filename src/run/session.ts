// What a command or a library caller's batch owns on this system: the core's check session, the buffer profiles
// are read into, the rulesets already loaded from files, and the loader of the YAML slip diagnosis.
import { createCheckSession, type CheckSession } from '../check/session.js';
import { readBuffer } from '../input/read-source.js';
import type { RulesetCache } from '../ruleset/load.js';
import { parseTerritoryTable, type TerritoryTable } from '../territory/table.js';

export interface RunSession {
  readonly check: CheckSession;
  readonly rulesets: RulesetCache;
  /** The buffer every profile is read into, allocated at the first read. */
  buffer(): Buffer;
  /** Loads the syntax diagnosis into the check session (it brings the `yaml` package): on the failure path only. */
  loadDiagnosis(): Promise<void>;
  /** Loads the Code officiel géographique into the check session: only when a profile lists communes or an EPCI. */
  loadTerritory(): Promise<TerritoryTable>;
}

export function createRunSession(): RunSession {
  const check = createCheckSession();
  let buffer: Buffer | undefined;
  let loading: Promise<void> | undefined;
  let territory: Promise<TerritoryTable> | undefined;
  return {
    check,
    rulesets: new Map(),
    buffer: () => (buffer ??= readBuffer()),
    loadDiagnosis: () =>
      (loading ??= import('../document/diagnose-syntax.js').then((module) => {
        check.diagnoseSyntax = module.diagnoseSyntax;
      })),
    loadTerritory: () =>
      (territory ??= import('../generated/territory-data.js').then((module) => {
        const table = parseTerritoryTable(module.TERRITORY_TABLE, module.TERRITORY_META);
        check.territory = () => table;
        return table;
      })),
  };
}
