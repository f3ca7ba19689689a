// The ruleset validators, precompiled at build time: the whole file, and each check's resolved options.
import type { ValidateFunction } from 'ajv';
import { RULESET_SCHEMA_TEXT } from '../generated/embedded.js';
import validators from '../generated/validate-ruleset.cjs';

export function rulesetValidator(): ValidateFunction {
  return validators.ruleset!;
}

let byCheck: Record<string, ValidateFunction> | undefined;

/** Validators of each check's options once `$param` references are resolved, by check name. */
export function checkOptionValidators(): Readonly<Record<string, ValidateFunction>> {
  if (!byCheck) {
    byCheck = {};
    for (const [name, validate] of Object.entries(validators)) if (name.startsWith('options:')) byCheck[name.slice(8)] = validate;
  }
  return byCheck;
}

let schema: Record<string, unknown> | undefined;

export function readRulesetSchema(): Record<string, unknown> {
  return (schema ??= JSON.parse(RULESET_SCHEMA_TEXT) as Record<string, unknown>);
}
