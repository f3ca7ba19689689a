// A loaded ruleset: the referential's rules as data, with their parameters resolved into check options.
import type { Axis, Lang, SeverityLevel, Statut } from '../types.js';

export type Text = Record<Lang, string>;

export interface Rule {
  id: string;
  severity: SeverityLevel;
  axis: Axis;
  reference: Text;
  appliesTo: readonly Statut[];
  params: Readonly<Record<string, number | string | boolean>>;
  when?: { path: string; equals: string | number | boolean };
  unlessFired: readonly string[];
  check: string;
  /** Check options, `$param` references already replaced by the parameter's value. */
  options: Readonly<Record<string, unknown>>;
  description: Text;
  rationale: Text;
  message: Text;
  remediation: Text;
}

export interface Ruleset {
  id: string;
  title: Text;
  source?: Text;
  labels: Record<Lang, Record<string, string>>;
  rules: readonly Rule[];
  byId: ReadonlyMap<string, Rule>;
}
