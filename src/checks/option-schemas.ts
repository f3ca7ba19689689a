// Option schemas shared by several checks: a profile path, a condition on a list item's field.
import type { SchemaType } from './schema-type.js';

export const PROFILE_PATH = {
  type: 'string',
  pattern: '^[a-z_][a-z0-9_]*(\\[\\*\\])?(\\.[a-z_][a-z0-9_]*(\\[\\*\\])?)*$',
  description: 'Chemin dans le profil, en notation pointée (`a.b.c`) ; `[*]` parcourt une liste.',
} as const;

export const FIELD_NAME = { type: 'string', pattern: '^[a-z_][a-z0-9_]*$' } as const;

export const CONDITION = {
  type: 'object',
  additionalProperties: false,
  required: ['field'],
  description: 'Condition sur un champ d’un élément : toutes les comparaisons données doivent être vraies.',
  properties: {
    field: FIELD_NAME,
    equals: { type: ['string', 'number', 'boolean'] },
    gt: { type: 'number' },
    gte: { type: 'number' },
    lt: { type: 'number' },
    lte: { type: 'number' },
    in_year: { const: true },
  },
} as const;

export type Condition = SchemaType<typeof CONDITION>;

export const CONDITIONS = { type: 'array', items: CONDITION } as const;
