// The engine's check functions, by the name a ruleset uses in `check:`.
import { datesNotAfterToday } from './dates-not-after-today.js';
import { derogationStatus } from './derogation-status.js';
import { disallowedValue } from './disallowed-value.js';
import { eachItem } from './each-item.js';
import { minCount } from './min-count.js';
import { minDistinct } from './min-distinct.js';
import { minSum } from './min-sum.js';
import { range } from './range.js';
import { requiredValues } from './required-values.js';
import { truthy } from './truthy.js';
import type { CheckDefinition } from './types.js';
import { yearWindow } from './year-window.js';

export const CHECKS: Readonly<Record<string, CheckDefinition>> = {
  'disallowed-value': { run: disallowedValue },
  'required-values': { run: requiredValues },
  'min-distinct': { run: minDistinct },
  'min-count': { run: minCount },
  'each-item': { run: eachItem },
  'min-sum': { run: minSum },
  truthy: { run: truthy },
  'year-window': { run: yearWindow },
  range: { run: range },
  'dates-not-after-today': { run: datesNotAfterToday },
  'derogation-status': derogationStatus,
};
