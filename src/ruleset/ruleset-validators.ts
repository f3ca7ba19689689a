// The ruleset validators, precompiled at build time: the whole file, and each check's resolved options.
import type { ValidateFunction } from 'ajv';
import { RULESET_SCHEMA_TEXT } from '../generated/embedded.js';
import loadValidators from '../generated/validate-ruleset.cjs';

let validators: Record<string, ValidateFunction> | undefined;

/** The validators are evaluated on first use: a run with the built-in ruleset never needs them. */
function all(): Record<string, ValidateFunction> {
  return (validators ??= loadValidators());
}

export function rulesetValidator(): ValidateFunction {
  return all().ruleset!;
}

let byCheck: Record<string, ValidateFunction> | undefined;

/** Validators of each check's options once `$param` references are resolved, by check name. */
export function checkOptionValidators(): Readonly<Record<string, ValidateFunction>> {
  if (!byCheck) {
    byCheck = {};
    for (const [name, validate] of Object.entries(all())) if (name.startsWith('options:')) byCheck[name.slice(8)] = validate;
  }
  return byCheck;
}

let schema: Record<string, unknown> | undefined;

export function readRulesetSchema(): Record<string, unknown> {
  return (schema ??= JSON.parse(RULESET_SCHEMA_TEXT) as Record<string, unknown>);
}
