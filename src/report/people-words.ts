// Advice in people's words (formats read by people: html, markdown, csv): a profile path written in backticks
// (`gouvernance.copil.reunions`) becomes the titles a person sees in the form and in the schema
// (« Comité de pilotage (COPIL) › Réunions »). Backticks that are not a profile path (`categorie: aidant`) stay code.
import { profileSchemaText } from '../schema/profile-schema.js';
import type { Lang } from '../types.js';

interface SchemaNode {
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

const schemas = new Map<Lang, SchemaNode>();
const PATH = /`([a-z_]+(?:(?:\.[a-z_]+)|(?:\[\d*\]))+)`/g;

function schemaOf(lang: Lang): SchemaNode {
  let schema = schemas.get(lang);
  if (!schema) schemas.set(lang, (schema = JSON.parse(profileSchemaText(lang)) as SchemaNode));
  return schema;
}

/** The titles along a profile path (`a.b[0].c` → titles of a, b, c), or null when the path is not in the schema. */
export function titlesOf(path: string, lang: Lang): string[] | null {
  const root = schemaOf(lang) as SchemaNode & { $defs?: Record<string, SchemaNode> };
  const resolve = (node: SchemaNode | undefined) => (node?.$ref ? { ...root.$defs?.[node.$ref.replace('#/$defs/', '')], ...node } : node);
  let node: SchemaNode | undefined = root;
  const titles: string[] = [];
  for (const part of path.split(/\.|(?=\[)/)) {
    if (part.startsWith('[')) {
      node = resolve(node?.items);
      continue;
    }
    node = resolve(node?.properties?.[part]);
    if (!node?.title) return null;
    titles.push(node.title);
  }
  return titles.length > 0 ? titles : null;
}

/** Texts already put in people's words: a batch repeats the same advice in every file. Bounded. */
const done = new Map<string, string>();
const MAX_DONE = 4096;

/** The text with each backticked profile path replaced by its last two titles, quoted as the language quotes. */
export function peopleWords(text: string, lang: Lang): string {
  if (!text.includes('`')) return text;
  const key = `${lang}\u0000${text}`;
  const known = done.get(key);
  if (known !== undefined) return known;
  if (done.size >= MAX_DONE) done.clear();
  const worded = wordPaths(text, lang);
  done.set(key, worded);
  return worded;
}

function wordPaths(text: string, lang: Lang): string {
  return text.replace(PATH, (whole, path: string) => {
    const titles = titlesOf(path, lang);
    if (!titles) return whole;
    const named = titles.slice(-2).join(' › ');
    return lang === 'fr' ? `«\u00a0${named}\u00a0»` : `“${named}”`;
  });
}
