// Conditions on a list item's field (`where`, `require`), shared by the list checks.
import { field } from '../paths.js';
import type { Condition } from './option-schemas.js';
import type { CheckContext } from './types.js';

export function yearOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d{4}/.test(value)) return Number(value.slice(0, 4));
  return undefined;
}

export function matches(item: unknown, condition: Condition, context: CheckContext): boolean {
  const value = field(item, condition.field);
  if (condition.equals !== undefined && value !== condition.equals) return false;
  const isNumber = typeof value === 'number';
  if (condition.gt !== undefined && !(isNumber && value > condition.gt)) return false;
  if (condition.gte !== undefined && !(isNumber && value >= condition.gte)) return false;
  if (condition.lt !== undefined && !(isNumber && value < condition.lt)) return false;
  if (condition.lte !== undefined && !(isNumber && value <= condition.lte)) return false;
  if (condition.in_year && yearOf(value) !== context.year) return false;
  return true;
}

export function matchesAll(item: unknown, conditions: readonly Condition[] | undefined, context: CheckContext): boolean {
  if (conditions === undefined) return true;
  for (const condition of conditions) if (!matches(item, condition, context)) return false;
  return true;
}

/** Values of a field across items, lists flattened. */
export function collect(items: readonly unknown[], name: string): unknown[] {
  const values: unknown[] = [];
  for (const item of items) {
    const value = field(item, name);
    if (Array.isArray(value)) for (const v of value) values.push(v);
    else if (value !== undefined && value !== null) values.push(value);
  }
  return values;
}
