// A ruleset that extends another: its rules change inherited ones (only the keys given) or add new ones.
// Merging keeps, for each rule, the file and the position that last shaped it, so that a problem found later
// (options that no longer fit the check once parameters change) is reported where the author can fix it.
import { schemaProblem, type InputProblem } from '../problem.js';
import type { Lang, Text } from '../types.js';
import { NEW_RULE_REQUIRED } from './ruleset-schema.js';
import type { RawRule, RawRuleChange, RawRuleset, RawRulesetFile } from './types.js';

/** Where a rule of a merged ruleset was last written: a file (by the caller's own key) and the rule's index there. */
export interface Origin<File> {
  file: File;
  index: number;
}

export interface Merged<File> {
  raw: RawRuleset;
  origins: Origin<File>[];
}

const TEXT_FIELDS = ['reference', 'description', 'rationale', 'message', 'remediation'] as const;

function mergeText(inherited: Text | undefined, change: Partial<Text> | undefined): Text | undefined {
  if (!change) return inherited;
  return { ...(inherited ?? { fr: '', en: '' }), ...change } as Text;
}

function mergeRule(inherited: RawRule, change: RawRuleChange): RawRule {
  const merged: RawRule = { ...inherited };
  if (change.severity !== undefined) merged.severity = change.severity;
  if (change.axis !== undefined) merged.axis = change.axis;
  if (change.applies_to !== undefined) merged.applies_to = change.applies_to;
  if (change.when !== undefined) merged.when = change.when;
  if (change.unless_fired !== undefined) merged.unless_fired = change.unless_fired;
  if (change.params !== undefined) merged.params = { ...inherited.params, ...change.params };
  // A new check takes its options whole; the same check changes only the options named.
  if (change.check !== undefined && change.check !== inherited.check) {
    merged.check = change.check;
    merged.options = change.options ?? {};
  } else if (change.options !== undefined) {
    merged.options = { ...inherited.options, ...change.options };
  }
  for (const field of TEXT_FIELDS) {
    const text = mergeText(inherited[field], change[field]);
    if (text) merged[field] = text;
  }
  if (change.messages !== undefined) {
    const messages: Record<string, Text> = { ...inherited.messages };
    for (const [id, text] of Object.entries(change.messages)) messages[id] = mergeText(Object.prototype.hasOwnProperty.call(messages, id) ? messages[id] : undefined, text)!;
    merged.messages = messages;
  }
  return merged;
}

/** The fields a new rule lacks: required keys, and both languages of each text it gives. */
function missingFields(rule: RawRuleChange): string[] {
  const missing: string[] = NEW_RULE_REQUIRED.filter((key) => rule[key] === undefined);
  for (const field of TEXT_FIELDS) {
    const text = rule[field];
    if (!text) continue;
    for (const lang of ['fr', 'en'] as Lang[]) if (text[lang] === undefined) missing.push(`${field}.${lang}`);
  }
  for (const [id, text] of Object.entries(rule.messages ?? {})) {
    for (const lang of ['fr', 'en'] as Lang[]) if (text[lang] === undefined) missing.push(`messages.${id}.${lang}`);
  }
  return missing;
}

/**
 * The child's rules over the parent's: problems (a new rule that lacks fields) are located in the child file.
 * Labels merge per language; title, id and source are the child's.
 */
export function extendRuleset<File>(parent: Merged<File>, child: RawRulesetFile, childFile: File, problems: Array<{ file: File; problem: InputProblem }>): Merged<File> {
  const rules = [...parent.raw.rules];
  const origins = [...parent.origins];
  const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
  const written = new Set<string>();
  child.rules.forEach((change, index) => {
    if (written.has(change.id)) {
      problems.push({ file: childFile, problem: schemaProblem('ruleset.duplicateRule', { id: change.id }, { path: ['rules', index, 'id'] }) });
      return;
    }
    written.add(change.id);
    const inherited = indexById.get(change.id);
    if (inherited !== undefined) {
      // A parameter the inherited rule does not have would be ignored: a typo (`mni` for `min`) is said instead.
      const known = Object.keys(rules[inherited]!.params ?? {});
      for (const name of Object.keys(change.params ?? {})) {
        if (!known.includes(name) && change.options === undefined && change.check === undefined) {
          problems.push({ file: childFile, problem: schemaProblem('ruleset.unusedParam', { name, known }, { path: ['rules', index, 'params', name] }) });
        }
      }
      rules[inherited] = mergeRule(rules[inherited]!, change);
      origins[inherited] = { file: childFile, index };
      return;
    }
    const missing = missingFields(change);
    if (missing.length > 0) {
      problems.push({ file: childFile, problem: schemaProblem('ruleset.incompleteRule', { id: change.id, missing }, { path: ['rules', index] }) });
      return;
    }
    indexById.set(change.id, rules.length);
    rules.push(change as RawRule);
    origins.push({ file: childFile, index });
  });
  const labels: RawRuleset['labels'] = {};
  for (const lang of ['fr', 'en'] as Lang[]) {
    const merged = { ...parent.raw.labels?.[lang], ...child.labels?.[lang] };
    if (Object.keys(merged).length > 0) labels[lang] = merged;
  }
  const source = child.source ?? parent.raw.source;
  return {
    raw: { id: child.id, title: child.title, extends: parent.raw.id, ...(source ? { source } : {}), labels, rules },
    origins,
  };
}
