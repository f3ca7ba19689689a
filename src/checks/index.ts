// The engine's check functions, registered by the name a ruleset gives in `check:`.
import { anyValue } from './any-value.js';
import { datesNotAfterToday } from './dates-not-after-today.js';
import { derogationStatus } from './derogation-status.js';
import { disallowedValue } from './disallowed-value.js';
import { eachItem } from './each-item.js';
import { minCount } from './min-count.js';
import { minDistinct } from './min-distinct.js';
import { minSum } from './min-sum.js';
import { personalData } from './personal-data.js';
import { present } from './present.js';
import { range } from './range.js';
import { requiredValues } from './required-values.js';
import { territory } from './territory.js';
import { truthy } from './truthy.js';
import type { AnyCheck } from './types.js';
import { uniqueInRun } from './unique-in-run.js';
import { yearWindow } from './year-window.js';

/** Every check, in the order `clsm rules --checks` lists them. */
export const CHECK_LIST: readonly AnyCheck[] = [
  disallowedValue,
  requiredValues,
  minDistinct,
  minCount,
  eachItem,
  minSum,
  truthy,
  yearWindow,
  range,
  datesNotAfterToday,
  derogationStatus,
  anyValue,
  present,
  personalData,
  territory,
  uniqueInRun,
] as readonly AnyCheck[];

export const CHECKS: ReadonlyMap<string, AnyCheck> = new Map(CHECK_LIST.map((check) => [check.name, check]));
