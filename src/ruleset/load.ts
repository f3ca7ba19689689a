// Loads a ruleset file, validates it against schemas/ruleset.schema.json and resolves `$param` references.
import fs from 'node:fs';
import path from 'node:path';
import { CHECKS } from '../checks/index.js';
import { UserError } from '../errors.js';
import type { Catalogue } from '../i18n/index.js';
import { packageRoot } from '../package-root.js';
import type { Rule, Ruleset, Text } from './types.js';

export const DEFAULT_RULESET = 'referentiel-2025';
const DEFAULT_APPLIES_TO = ['actif', 'en_sommeil'] as const;

const cache = new Map<string, Ruleset>();

export function loadRuleset(id: string, c: Catalogue): Ruleset {
  const cached = cache.get(id);
  if (cached) return cached;
  if (!/^[a-z0-9-]+$/.test(id)) throw new UserError(c.cli.unknownRuleset(id));
  // The build checked rules/<id>.yaml against its schema and wrote it as JSON beside the generated validators.
  const file = path.join(packageRoot(), 'src', 'generated', `${id}.json`);
  if (!fs.existsSync(file)) throw new UserError(c.cli.unknownRuleset(id));
  const ruleset = buildRuleset(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  cache.set(id, ruleset);
  return ruleset;
}

interface RawRule {
  id: string;
  severity: Rule['severity'];
  axis: Rule['axis'];
  reference: Text;
  applies_to?: Rule['appliesTo'];
  params?: Record<string, number | string | boolean>;
  when?: Rule['when'];
  unless_fired?: string[];
  check: string;
  options: Record<string, unknown>;
  description: Text;
  rationale: Text;
  message: Text;
  remediation: Text;
}

interface RawRuleset {
  id: string;
  title: Text;
  source?: Text;
  labels?: Partial<Ruleset['labels']>;
  rules: RawRule[];
}

/** Builds a ruleset from data already checked against schemas/ruleset.schema.json. */
function buildRuleset(data: unknown, file: string): Ruleset {
  const raw = data as RawRuleset;
  const rules: Rule[] = raw.rules.map((rule) => {
    if (!CHECKS[rule.check]) throw new Error(`unknown check ${rule.check} in ${file}`);
    const params = rule.params ?? {};
    return {
      id: rule.id,
      severity: rule.severity,
      axis: rule.axis,
      reference: rule.reference,
      appliesTo: rule.applies_to ?? DEFAULT_APPLIES_TO,
      params,
      ...(rule.when ? { when: rule.when } : {}),
      unlessFired: rule.unless_fired ?? [],
      check: rule.check,
      options: resolveParams(rule.options, params, rule.id) as Record<string, unknown>,
      description: rule.description,
      rationale: rule.rationale,
      message: rule.message,
      remediation: rule.remediation,
    };
  });
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  if (byId.size !== rules.length) throw new Error(`duplicate rule id in ${file}`);
  return { id: raw.id, title: raw.title, ...(raw.source ? { source: raw.source } : {}), labels: { fr: raw.labels?.fr ?? {}, en: raw.labels?.en ?? {} }, rules, byId };
}

/** `$name` in check options stands for the rule parameter `name`. */
function resolveParams(value: unknown, params: Record<string, unknown>, ruleId: string): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const name = value.slice(1);
    if (!(name in params)) throw new Error(`rule ${ruleId}: unknown parameter ${value}`);
    return params[name];
  }
  if (Array.isArray(value)) return value.map((v) => resolveParams(v, params, ruleId));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveParams(v, params, ruleId)]));
  }
  return value;
}
