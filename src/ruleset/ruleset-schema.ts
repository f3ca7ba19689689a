// The ruleset file's JSON Schema, generated at build time from the check declarations: each check's options
// schema becomes a branch of the rule (`if check is X then options follow X's schema`), where a number may also
// be a `$param` reference to one of the rule's parameters. Written to schemas/ruleset.schema.json by the build.
import type { AnyCheck } from '../checks/types.js';
import { AXES } from '../types.js';

type Schema = Record<string, unknown>;

export const RULESET_SCHEMA_ID = 'https://clsm.dev/schemas/ruleset.schema.json';

const PARAM_REFERENCE = { type: 'string', pattern: '^\\$[a-z_][a-z0-9_]*$', description: 'Renvoi à un paramètre de la règle (`$nom`).' };

const text = (description: string): Schema => ({
  type: 'object',
  description,
  additionalProperties: false,
  required: ['fr', 'en'],
  properties: { fr: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
});

const ID = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };

/** A copy of an options schema in which every number may be written as a `$param` reference. */
export function withParamReferences(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withParamReferences);
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as Schema;
  if (node.type === 'number' || node.type === 'integer') return { anyOf: [node, PARAM_REFERENCE] };
  const copy: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    // Property names and enum values are data, not schemas.
    if (key === 'properties') copy[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, withParamReferences(sub)]));
    else if (key === 'items' || key === 'additionalProperties' || key === 'anyOf') copy[key] = withParamReferences(value);
    else copy[key] = value;
  }
  return copy;
}

const partialText = (description: string): Schema => ({
  type: 'object',
  description: `${description} Une seule langue suffit : l’autre reste celle de la règle héritée.`,
  additionalProperties: false,
  minProperties: 1,
  properties: { fr: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
});

const PROFILE_PATH_PATTERN = '^[a-z_][a-z0-9_]*(\\[\\*\\])?(\\.[a-z_][a-z0-9_]*(\\[\\*\\])?)*$';

/** The properties of a rule; `textOf` makes a complete text (a new rule) or a partial one (a change to an inherited rule). */
function ruleProperties(checks: readonly AnyCheck[], textOf: (description: string) => Schema): Schema {
  return {
    id: { ...ID, description: 'Identifiant de la règle, unique dans le jeu de règles.' },
    severity: { enum: ['error', 'warning', 'info', 'off'], description: 'Gravité : error, warning, info, ou off pour désactiver la règle.' },
    axis: { enum: [...AXES], description: 'Axe du référentiel auquel la règle se rattache.' },
    reference: textOf('La section du référentiel (ou le texte) sur laquelle la règle s’appuie.'),
    applies_to: {
      type: 'array',
      description: 'Statuts des CLSM vérifiés par la règle (par défaut : actif et en_sommeil).',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['actif', 'en_creation', 'en_sommeil'] },
    },
    params: {
      type: 'object',
      description: 'Paramètres de la règle, que les options citent par `$nom` et les messages par `{nom}`. Dans une règle héritée, seuls les paramètres nommés changent.',
      // Bounded: a threshold of 1e308 would be written « Infinity » in every message that names it.
      additionalProperties: { type: ['number', 'string', 'boolean'], minimum: -1e9, maximum: 1e9 },
    },
    when: {
      type: 'object',
      description: 'La règle ne s’applique que si la valeur à `path` vaut `equals`, ou (`years_before`) est une date d’au moins ce nombre d’années avant l’année de référence.',
      additionalProperties: false,
      required: ['path'],
      minProperties: 2,
      properties: {
        path: { type: 'string', pattern: PROFILE_PATH_PATTERN, description: 'Chemin dans le profil, en notation pointée (`a.b.c`) ; `[*]` parcourt une liste.' },
        equals: { type: ['string', 'number', 'boolean'] },
        years_before: { anyOf: [{ type: 'integer', minimum: 0 }, PARAM_REFERENCE] },
      },
    },
    unless_fired: { type: 'array', description: 'La règle se tait quand l’une de ces règles relève un écart.', items: { type: 'string' } },
    check: { enum: checks.map((check) => check.name), description: 'La fonction de contrôle du moteur (voir `clsm rules --checks`).' },
    options: { type: 'object', description: 'Les options de la fonction de contrôle. Dans une règle héritée, seules les options nommées changent.' },
    description: textOf('Ce que la règle vérifie.'),
    rationale: textOf('Pourquoi : ce que dit le référentiel.'),
    message: textOf('Le message d’un écart ; `{nom}` cite un argument ou un paramètre.'),
    messages: {
      type: 'object',
      description: 'Les autres messages de la règle, par identifiant, que sa fonction de contrôle choisit selon l’écart (voir `clsm rules --checks`).',
      propertyNames: ID,
      additionalProperties: textOf('Un message ; `{nom}` cite un argument ou un paramètre.'),
    },
    remediation: textOf('Comment combler l’écart.'),
  };
}

/** The fields a new rule must give (description and rationale are shown by `explain` when present). */
export const NEW_RULE_REQUIRED = ['id', 'severity', 'axis', 'reference', 'check', 'options', 'message', 'remediation'] as const;

export function rulesetSchema(checks: readonly AnyCheck[]): Schema {
  const optionBranches = checks.map((check) => ({
    if: { properties: { check: { const: check.name } }, required: ['check'] },
    then: { properties: { options: withParamReferences(check.options) } },
  }));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: RULESET_SCHEMA_ID,
    title: 'Jeu de règles clsm',
    description:
      'Un jeu de règles : des données seulement, qui relient chaque règle à une fonction de contrôle du moteur et à ses options. Un jeu qui en étend un autre (`extends`) ne donne que ce qui change. Fichier produit par la construction de clsm à partir des fonctions de contrôle : ne pas le modifier à la main.',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'rules'],
    properties: {
      id: { ...ID, description: 'Identifiant du jeu de règles, en minuscules et tirets.' },
      title: text('Titre du jeu de règles, en français et en anglais.'),
      extends: {
        type: 'string',
        minLength: 1,
        description: 'Le jeu de règles étendu : un identifiant fourni (`referentiel-2025`) ou le chemin d’un autre fichier, relatif à celui-ci.',
      },
      source: text('Le texte dont les règles sont tirées.'),
      labels: {
        type: 'object',
        description: 'Libellés des valeurs du profil que les messages citent (`{missing}`, `{value}`), par langue.',
        additionalProperties: false,
        properties: { fr: { type: 'object', additionalProperties: { type: 'string' } }, en: { type: 'object', additionalProperties: { type: 'string' } } },
      },
      rules: {
        type: 'array',
        minItems: 1,
        description: 'Les règles. Dans un jeu qui en étend un autre : une règle héritée (son `id` seul, et ce qui change) ou une règle nouvelle (tous ses champs).',
      },
    },
    if: { properties: { extends: { type: 'string' } }, required: ['extends'] },
    then: { properties: { rules: { type: 'array', items: { $ref: '#/$defs/ruleChange' } } } },
    else: { properties: { rules: { type: 'array', items: { $ref: '#/$defs/rule' } } } },
    $defs: {
      rule: {
        type: 'object',
        additionalProperties: false,
        required: [...NEW_RULE_REQUIRED],
        properties: ruleProperties(checks, text),
        allOf: optionBranches,
      },
      ruleChange: {
        type: 'object',
        description: 'Une règle héritée que ce jeu change (seules les clés données changent), ou une règle nouvelle.',
        additionalProperties: false,
        required: ['id'],
        properties: ruleProperties(checks, partialText),
        allOf: optionBranches,
      },
    },
  };
}
