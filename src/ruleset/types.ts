// A ruleset as its file writes it (RawRuleset, checked by schemas/ruleset.schema.json) and as the engine runs it
// (Ruleset: check functions resolved, `$param` references replaced by the parameters' values).
import type { AnyCheck } from '../checks/types.js';
import type { Axis, Lang, SeverityLevel, Statut, Text } from '../types.js';

export type { Text } from '../types.js';

export type ParamValue = number | string | boolean;

/** When a rule applies: the value at `path` equals `equals`, and/or is a date at least `years_before` years old. */
export interface RuleCondition {
  path: string;
  equals?: ParamValue;
  /** A number, or a `$param` reference. */
  years_before?: number | string;
}

export interface RawRule {
  id: string;
  severity: SeverityLevel;
  axis: Axis;
  reference: Text;
  applies_to?: Statut[];
  params?: Record<string, ParamValue>;
  when?: RuleCondition;
  unless_fired?: string[];
  check: string;
  options: Record<string, unknown>;
  description?: Text;
  rationale?: Text;
  message: Text;
  /** Other messages, by id, that the rule's check may choose for a finding (its traits list them). */
  messages?: Record<string, Text>;
  remediation: Text;
}

/** A rule of a ruleset that extends another: an inherited rule's changes, or a new rule. */
export type RawRuleChange = { id: string } & Partial<Omit<RawRule, 'id' | 'reference' | 'description' | 'rationale' | 'message' | 'messages' | 'remediation'>> &
  Partial<Record<'reference' | 'description' | 'rationale' | 'message' | 'remediation', Partial<Text>>> & { messages?: Record<string, Partial<Text>> };

export interface RawRuleset {
  id: string;
  title: Text;
  /** The parent's id, once `extends` is resolved; the file's own text in a file. */
  extends?: string;
  source?: Text;
  labels?: Partial<Record<Lang, Record<string, string>>>;
  rules: RawRule[];
}

/** A ruleset file as written: complete rules, or, with `extends`, changes and new rules. */
export interface RawRulesetFile extends Omit<RawRuleset, 'rules'> {
  rules: RawRuleChange[];
}

export interface Rule {
  id: string;
  severity: SeverityLevel;
  axis: Axis;
  reference: Text;
  appliesTo: readonly Statut[];
  params: Readonly<Record<string, ParamValue>>;
  when?: { path: string; equals?: ParamValue; years_before?: number };
  unlessFired: readonly string[];
  /** The check function, as registered under `checkName`. */
  check: AnyCheck;
  checkName: string;
  /** Check options, `$param` references already replaced by the parameter's value. */
  options: Readonly<Record<string, unknown>>;
  description?: Text;
  rationale?: Text;
  message: Text;
  /** Other messages by id (the check's `traits.messages`); a finding without `messageId` takes `message`. */
  messages: Readonly<Record<string, Text>>;
  remediation: Text;
}

export interface Ruleset {
  id: string;
  title: Text;
  /** The id of the ruleset this one extends, if any. */
  extends?: string;
  source?: Text;
  /** Labels of profile values that messages name, by language (maps: a value named `constructor` is just a value). */
  labels: Record<Lang, ReadonlyMap<string, string>>;
  rules: readonly Rule[];
  byId: ReadonlyMap<string, Rule>;
}
