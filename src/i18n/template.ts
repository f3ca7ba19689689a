// Fills a rule's message template: `{name}` shows an argument or parameter (labelled, quoted, localised);
// `{name:code}` shows the raw value.
import type { ArgValue } from '../checks/types.js';
import type { Catalogue } from './catalogue.js';

export type TemplateArgs = Readonly<Record<string, ArgValue | boolean | undefined>>;

export function fillTemplate(template: string, args: TemplateArgs, labels: Readonly<Record<string, string>>, c: Catalogue): string {
  return template.replace(/\{([a-z_]+)(:code)?\}/g, (whole, name: string, raw: string | undefined) => {
    const value = args[name];
    if (value === undefined) return whole;
    if (raw) return String(value);
    return show(value, labels, c);
  });
}

function show(value: ArgValue | boolean, labels: Readonly<Record<string, string>>, c: Catalogue): string {
  if (typeof value === 'number') return formatNumber(value, c);
  if (typeof value === 'string') return labels[value] ?? value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return c.list(value.map((v) => labels[v] ?? v));
  if ('quoted' in value) return c.quote(value.quoted);
  if ('ordinal' in value) return c.ordinal(value.ordinal);
  if ('suggestion' in value) return c.suggestion(value.suggestion);
  return '';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Decimal comma in French; thousands grouped from five digits on, so that years read as years. */
export function formatNumber(value: number, c: Catalogue): string {
  if (Number.isInteger(value) && Math.abs(value) < 10000) return String(value);
  let format = numberFormats.get(c.locale);
  if (!format) numberFormats.set(c.locale, (format = new Intl.NumberFormat(c.locale, { maximumFractionDigits: 3 })));
  return format.format(value);
}
