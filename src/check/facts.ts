// What a report keeps of its profile: the identity block (even from a profile the schema refused) and, for a
// valid profile, the facts the instruction's indicators read (`clsm stats`).
import type { ClsmIdentity, ProfileFacts, Statut } from '../types.js';

function block(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function identityOf(data: unknown, yearOverride: number | undefined): ClsmIdentity | null {
  const root = block(data);
  const clsm = block(root?.clsm);
  if (!root || !clsm) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const year = yearOverride ?? (typeof root.annee_reference === 'number' ? root.annee_reference : null);
  return { identifiant: text(clsm.identifiant), nom: text(clsm.nom), region: text(clsm.region), annee: year };
}

// The schema's enum values, so that the facts hold these constants rather than substrings of each file's text
// (a substring keeps the whole text alive for as long as it is held).
const INTERNED = new Map<unknown, string>(
  [
    'actif',
    'en_creation',
    'en_sommeil',
    'elu',
    'psychiatrie_chefferie',
    'psychiatrie_equipe',
    'personne_concernee',
    'aidant',
    'ars',
    'professionnel_sante',
    'social_medico_social',
    'logement',
    'education',
    'justice',
    'securite',
    'conseil_departemental',
    'association',
    'habitant',
    'autre',
  ].map((value) => [value, value]),
);

/** Facts of a profile that passed the schema. */
export function factsOf(profile: unknown): ProfileFacts {
  const root = block(profile)!;
  const clsm = block(root.clsm)!;
  const population = block(clsm.territoire)?.population;
  const gouvernance = block(root.gouvernance);
  const copilCategories: string[] = [];
  for (const member of list(block(gouvernance?.copil)?.membres)) {
    const category = INTERNED.get(block(member)?.categorie);
    if (category !== undefined && !copilCategories.includes(category)) copilCategories.push(category);
  }
  const plenaryDates: string[] = [];
  for (const meeting of list(block(gouvernance?.assemblee_pleniere)?.reunions)) {
    const date = block(meeting)?.date;
    if (typeof date === 'string') plenaryDates.push(date);
  }
  return {
    statut: INTERNED.get(clsm.statut) as Statut,
    departement: typeof clsm.departement === 'string' ? clsm.departement : null,
    population: typeof population === 'number' ? population : null,
    copilCategories,
    plenaryDates,
  };
}

/**
 * The identity block read line by line from a text the YAML parser refused (a slip elsewhere in the file): the
 * report of an invalid profile is then headed with its name. Only plain `key: value` lines directly under `clsm:`.
 */
export function identityFromText(text: string, yearOverride: number | undefined): ClsmIdentity | null {
  const lines = text.split(/\r?\n/, 400);
  const start = lines.findIndex((line) => /^clsm:\s*(#.*)?$/.test(line));
  if (start === -1) return null;
  const fields: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^ {2}(nom|identifiant|region):[ \t]+(.+?)\s*$/.exec(line);
    if (!match) continue;
    const value = match[2]!.replace(/\s+#.*$/, '');
    const quoted = /^(["'])(.*)\1$/.exec(value);
    fields[match[1]!] = quoted ? quoted[2]! : value;
  }
  if (Object.keys(fields).length === 0) return null;
  const year = /^annee_reference:[ \t]*(\d{4})\s*$/m.exec(text);
  return { identifiant: fields.identifiant ?? null, nom: fields.nom ?? null, region: fields.region ?? null, annee: yearOverride ?? (year ? Number(year[1]) : null) };
}
