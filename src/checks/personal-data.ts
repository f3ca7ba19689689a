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
    // One walk over every text, with one path stack: a batch runs this on every profile (no allocation per node).
    const except = exceptTrees.get(options.except) ?? exceptTrees.set(options.except, exceptTree(options.except)).get(options.except)!;
    const path: PathSegment[] = [];
    // Texts are looked at from their container, without a call or a path step each: most nodes are texts.
    const text = (value: string, last: PathSegment): void => {
      const kind = contactKind(value);
      if (kind) problems.push({ path: [...path, last], args: { kind }, messageId: 'contact' });
    };
    const step = (child: unknown, segment: PathSegment, skip: ExceptTree | undefined): void => {
      if (typeof child === 'string') {
        if (child.length >= SHORTEST_CONTACT) text(child, segment);
      } else if (child !== null && typeof child === 'object') {
        path.push(segment);
        visit(child, skip);
        path.pop();
      }
    };
    const visit = (node: object, skip: ExceptTree | undefined): void => {
      if (Array.isArray(node)) {
        for (let index = 0; index < node.length; index++) step(node[index], index, undefined);
        return;
      }
      // `for…in` walks the parser's plain objects without allocating their key list (no inherited enumerable keys).
      for (const key in node) {
        const below = skip?.get(key);
        if (below !== SKIPPED) step((node as Record<string, unknown>)[key], key, below);
      }
    };
    if (profile !== null && typeof profile === 'object') visit(profile, except);
    return problems;
  },
});

const SKIPPED = true;
/** Each rule's except tree, built once: the options of a loaded rule do not change, and the check runs on every profile. */
const exceptTrees = new WeakMap<readonly string[], ExceptTree>();
type ExceptTree = Map<string, ExceptTree | typeof SKIPPED>;

/** `clsm.contact` → { clsm: { contact: SKIPPED } }: the walk compares one key at a time. */
function exceptTree(paths: readonly string[]): ExceptTree {
  const root: ExceptTree = new Map();
  for (const path of paths) {
    const keys = path.split('.');
    let node = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) node.set(key, SKIPPED);
      else {
        const next = node.get(key);
        node.set(key, next instanceof Map ? next : new Map());
        node = node.get(key) as ExceptTree;
      }
    });
  }
  return root;
}

/** A phone number has at least ten digits: most texts are set aside without a regular expression. */
function digitCount(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length && digits < 10; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** `a@b.fr` and ten digits are the shortest contacts: codes, dates and short values are set aside at once. */
const SHORTEST_CONTACT = 6;

function contactKind(text: string): 'courriel' | 'telephone' | undefined {
  if (text.length < SHORTEST_CONTACT) return undefined;
  if (text.includes('@') && EMAIL.test(text)) return 'courriel';
  if (digitCount(text) >= 10 && PHONE.test(text)) return 'telephone';
  return undefined;
}
