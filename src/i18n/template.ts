// Fills a rule's message template: `{name}` shows an argument or parameter (labelled, quoted, localised);
// `{name:code}` shows the raw value.
import type { ArgValue } from '../problem.js';
import type { Catalogue } from './catalogue.js';

export type TemplateArgs = Readonly<Record<string, ArgValue | boolean | undefined>>;

/** A template split once into literal text and placeholders: filling it is then a walk, not a regex. */
type Part = string | { name: string; raw: boolean; whole: string; plural?: readonly [string, string] };
const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  const parts: Part[] = [];
  // `{name}`, `{name:code}` (raw value), `{name|réunion|réunions}` (a number and its noun, singular or plural).
  const placeholder = /\{([a-z_]+)(?:(:code)|\|([^|{}]+)\|([^|{}]+))?\}/g;
  let last = 0;
  for (let match = placeholder.exec(template); match; match = placeholder.exec(template)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name: match[1]!, raw: match[2] !== undefined, whole: match[0], ...(match[3] !== undefined ? { plural: [match[3], match[4]!] as const } : {}) });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

function partsOf(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = compile(template)));
  return parts;
}

/** Whether a template names none of these arguments: its text then does not depend on them. */
export function namesNoneOf(template: string, args: TemplateArgs): boolean {
  for (const part of partsOf(template)) if (typeof part !== 'string' && Object.prototype.hasOwnProperty.call(args, part.name)) return false;
  return true;
}

/**
 * `unknown` stands for a placeholder with no argument (by default the placeholder is left as written); `fallback`
 * gives the arguments `args` does not have (a rule's parameters under a problem's own arguments), without a merged copy.
 */
export function fillTemplate(
  template: string,
  args: TemplateArgs,
  labels: ReadonlyMap<string, string>,
  c: Catalogue,
  unknown?: string,
  fallback?: TemplateArgs,
): string {
  const parts = partsOf(template);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    // Own arguments only: a placeholder named like a built-in (`{constructor}`) shows nothing inherited.
    const value = Object.prototype.hasOwnProperty.call(args, part.name)
      ? args[part.name]
      : fallback && Object.prototype.hasOwnProperty.call(fallback, part.name)
        ? fallback[part.name]
        : undefined;
    if (value !== undefined && part.plural && typeof value === 'number') out += c.counted(value, part.plural[0], part.plural[1]);
    else out += value === undefined ? (unknown ?? part.whole) : part.raw ? String(value) : show(value, labels, c);
  }
  return out;
}

function show(value: ArgValue | boolean, labels: ReadonlyMap<string, string>, c: Catalogue): string {
  if (typeof value === 'number') return c.number(value);
  if (typeof value === 'string') return labels.get(value) ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? c.date(value) : value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return c.list(value.map((v) => labels.get(v) ?? v));
  if ('quoted' in value) return c.quote(value.quoted);
  if ('ordinal' in value) return c.ordinal(value.ordinal);
  if ('suggestion' in value) return c.suggestion(value.suggestion);
  return '';
}
