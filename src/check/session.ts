// What a series of checks shares and owns: the parser's node tables, the wording cache and, once loaded, the YAML
// slip diagnosis. One session per batch (or per library caller who passes one); nothing of it lives in a module.
import type { NodeTable } from '../document/node-table.js';
import type { InputProblem } from '../problem.js';
import type { TerritoryTable } from '../territory/table.js';
import type { WordingCache } from '../wording/word.js';

/** Finds the real cause of a YAML syntax error (document/diagnose-syntax.ts): on the failure path only. */
export type DiagnoseSyntax = (text: string, problem: InputProblem) => InputProblem;

export interface CheckSession {
  /** Node tables that no locator holds any more, reused from file to file. */
  readonly tables: NodeTable[];
  readonly wordings: WordingCache;
  /** Absent until loaded: a report with a YAML syntax error then says `needsSyntaxDiagnosis`. */
  diagnoseSyntax: DiagnoseSyntax | undefined;
  /** The Code officiel géographique, given once loaded: a profile that lists communes then says `needsTerritory`. */
  territory: (() => TerritoryTable) | undefined;
}

export function createCheckSession(diagnoseSyntax?: DiagnoseSyntax, territory?: () => TerritoryTable): CheckSession {
  return { tables: [], wordings: new WeakMap(), diagnoseSyntax, territory };
}
