// The allowed values of a profile field and what each means, read from the profile schema's own description
// ("Valeurs : `maire` : le maire… ; `autre` : …"), so that the questionnaire and the schema say the same thing.
import { profileSchemaText } from '../schema/profile-schema.js';
import type { Lang } from '../types.js';

export interface Choice {
  value: string;
  name: string;
}

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; enum?: string[]; description?: string };

const parsed = new Map<Lang, SchemaNode>();

/** `gouvernance.copil.membres[].categorie`: each `[]` steps into a list's items. */
export function choicesOf(path: string, lang: Lang): Choice[] {
  let node = parsed.get(lang);
  if (!node) parsed.set(lang, (node = JSON.parse(profileSchemaText(lang)) as SchemaNode));
  for (const part of path.split('.')) {
    const items = part.endsWith('[]');
    node = node?.properties?.[items ? part.slice(0, -2) : part];
    if (items) node = node?.items;
  }
  if (!node?.enum) throw new Error(`no closed list of values at ${path}`);
  const described = valueNames(node.description ?? '');
  return node.enum.map((value) => ({ value, name: described.get(value) ?? value }));
}

/** What each value means, from a schema description's « Valeurs : `a` : … ; `b` : … ». */
export function valueNames(description: string): Map<string, string> {
  const described = new Map<string, string>();
  for (const match of description.matchAll(/`([^`]+)`[\s\u00a0]*:[\s\u00a0]*([^;`]+?)(?=[\s\u202f]*;|\.$|\.\s|$)/g)) described.set(match[1]!, match[2]!.trim());
  return described;
}
