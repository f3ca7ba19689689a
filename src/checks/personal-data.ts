// Personal data a shared profile should not hold (clsm's own rule, RGPD art. 9): the name of a COPIL member sitting as
// a person concerned by a psychiatric condition or as a carer (naming them discloses health data), and an e-mail
// address or a phone number in a free-text field outside the CLSM's own contact block.
import { segmentsOf, valueAt } from '../paths.js';
import type { PathSegment } from '../types.js';
import { defineCheck } from './define-check.js';
import { FIELD_NAME, PROFILE_PATH } from './option-schemas.js';
import type { CheckProblem } from './types.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// French numbers: 0X XX XX XX XX or +33 / 0033 X XX XX XX XX, with spaces, dots or dashes between pairs.
const PHONE = /(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/;

export const personalData = defineCheck({
  name: 'personal-data',
  summary: {
    fr: 'Un écart par membre de la liste `members` dont la catégorie est l’une de `categories` et qui porte un nom (`name_field`), et un écart par texte du profil, hors des chemins `except`, qui contient une adresse électronique ou un numéro de téléphone (message `contact`, l’argument `kind` valant `courriel` ou `telephone`).',
    en: 'One finding per item of the `members` list whose category is one of `categories` and that carries a name (`name_field`), and one finding per text of the profile, outside the `except` paths, that holds an e-mail address or a phone number (message `contact`, with the `kind` argument `courriel` or `telephone`).',
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['members', 'categories', 'name_field', 'except'],
    properties: {
      members: PROFILE_PATH,
      categories: { type: 'array', items: { type: 'string' }, minItems: 1 },
      name_field: FIELD_NAME,
      except: { type: 'array', items: PROFILE_PATH },
    },
  },
  traits: { messages: () => ['contact'] },
  run(profile, options) {
    const problems: CheckProblem[] = [];
    const members = valueAt(profile, options.members);
    if (Array.isArray(members)) {
      members.forEach((member: Record<string, unknown> | null, index) => {
        const category = member?.categorie;
        const name = member?.[options.name_field];
        if (typeof category === 'string' && options.categories.includes(category) && typeof name === 'string' && name.trim() !== '') {
          problems.push({ path: [...segmentsOf(options.members), index, options.name_field], args: { value: category } });
        }
      });
    }
    const skipped = options.except.map((path) => path + '.');
    const visit = (node: unknown, path: PathSegment[], dotted: string): void => {
      if (typeof node === 'string') {
        const kind = contactKind(node);
        if (kind) problems.push({ path, args: { kind }, messageId: 'contact' });
        return;
      }
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        node.forEach((item, index) => visit(item, [...path, index], dotted));
        return;
      }
      for (const [key, value] of Object.entries(node)) {
        const next = dotted === '' ? key : `${dotted}.${key}`;
        if (skipped.some((prefix) => `${next}.`.startsWith(prefix))) continue;
        visit(value, [...path, key], next);
      }
    };
    visit(profile, [], '');
    return problems;
  },
});

function contactKind(text: string): 'courriel' | 'telephone' | undefined {
  if (text.includes('@') && EMAIL.test(text)) return 'courriel';
  if (/\d{2}/.test(text) && PHONE.test(text)) return 'telephone';
  return undefined;
}
