// What a command or a library caller's batch owns on this system: the core's check session, the buffer profiles
// are read into, the rulesets already loaded from files, and the loader of the YAML slip diagnosis.
import fs from 'node:fs';
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

/**
 * The table as a plain text file beside the bundle (dist/territory.txt, 1 ms to read) when the package has it; from
 * the generated module otherwise (the sources, in tests), which costs a JavaScript parse of 1.4 MB.
 */
export async function readTerritory(): Promise<TerritoryTable> {
  const module = await import('../generated/territory-meta.js');
  try {
    return parseTerritoryTable(fs.readFileSync(new URL('./territory.txt', import.meta.url), 'utf8'), module.TERRITORY_META);
  } catch {
    const data = await import('../generated/territory-data.js');
    return parseTerritoryTable(data.TERRITORY_TABLE, data.TERRITORY_META);
  }
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
      (territory ??= readTerritory().then((table) => {
        check.territory = () => table;
        return table;
      })),
  };
}
