// The guided form, generated from the profile schema the checker validates with (its titles, descriptions and allowed
// values): one widget per kind of node, so that a field added to the schema appears here without a line of code.
// Each control carries `data-field` (the path findings name) so that a finding can lead to it.
import { valueNames } from '../init/schema-choices.js';
import type { Lang } from '../types.js';
import { capitalised, h, uniqueId, withCode, type Child } from './dom.js';
import { pathName, type FieldPath } from './profile-document.js';
import type { Texts } from './texts.js';
import { readDate, readNumber, showDate, showNumber } from './values.js';

export interface SchemaNode {
  type?: string;
  title?: string;
  description?: string;
  enum?: string[];
  format?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
}

export interface FormContext {
  schema: SchemaNode;
  texts: Texts;
  lang: Lang;
  /** Sets a value; undefined removes it. */
  set(path: FieldPath, value: unknown): void;
  add(path: FieldPath, item: unknown): void;
  remove(path: FieldPath, index: number): void;
  /** The rules a dérogation may name (id and a short description). */
  rules(): ReadonlyArray<{ id: string; description: string }>;
  /** The commune search over the Code officiel géographique (SPEC §11). */
  communeSearch(path: FieldPath): Node;
  /** Paths of the blocks left open, kept from one rendering to the next. */
  open: Set<string>;
  /** What was typed in a field and could not be read (a number, a date), by path: shown again, with its reason, until fixed. */
  pending: Map<string, string>;
  /** The rule a new dérogation is asked for (from a finding's button), preselected in « Nouvelle dérogation ». */
  derogationRule: string;
}

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const target = root.$defs?.[node.$ref.replace('#/$defs/', '')] ?? {};
  // The referring node's own title and description come first.
  return { ...target, ...Object.fromEntries(Object.entries(node).filter(([key]) => key !== '$ref')) };
}

/** The description without its « Valeurs : … » list, which the control itself shows. */
function ownDescription(node: SchemaNode): string {
  return (node.description ?? '').replace(/\s*(Valeurs|Values)\s*:.*$/s, '').trim();
}

function fieldId(path: FieldPath): string {
  return `champ-${pathName(path).replace(/[^A-Za-z0-9_]+/g, '-')}`;
}

/**
 * The schema's description as the form reads: the form takes dates as JJ/MM/AAAA (or AAAA-MM-JJ), decimals with a
 * comma, and writes the quotes YAML needs itself (a code typed « "59" » is read as 59).
 */
function formHint(node: SchemaNode, lang: Lang): string {
  let text = ownDescription(node);
  if (node.format === 'date') text = text.replace(/AAAA-MM-JJ/g, 'JJ/MM/AAAA').replace(/YYYY-MM-DD/g, 'DD/MM/YYYY');
  if (lang === 'fr' && (node.type === 'number' || node.type === 'integer')) text = text.replace(/(\d)\.(\d)/g, '$1,$2');
  return text.replace(/,? entre guillemets,?/g, '').replace(/,? in quotes,?/g, '').replace(/ \(par exemple "([^"]+)"/g, ' (par exemple $1').replace(/ \(for example "([^"]+)"/g, ' (for example $1');
}

function hint(id: string, node: SchemaNode, lang: Lang = 'fr'): { element: Child; describedBy?: string } {
  const text = formHint(node, lang);
  if (!text) return { element: null };
  return { element: h('p', { class: 'hint', id: `${id}-aide` }, withCode(text)), describedBy: `${id}-aide` };
}

/** A text control whose value is read with French habits; a value it cannot read is said beside it, not written. */
function readControl(ctx: FormContext, path: FieldPath, id: string, shown: string, read: (text: string) => { ok: boolean; value?: unknown }, problem: string, describedBy?: string): HTMLElement {
  const errorId = `${id}-saisie`;
  const key = pathName(path);
  const pending = ctx.pending.get(key);
  const input = h('input', { id, type: 'text', value: pending ?? shown, 'data-field': key, 'aria-describedby': describedBy, autocomplete: 'off', spellcheck: 'false' });
  // The reason is always in the page (empty when there is none), so that showing it does not move what is below.
  const error = h('p', { class: 'input-error', id: errorId }, pending !== undefined ? problem : '');
  const mark = (invalid: boolean) => {
    error.textContent = invalid ? problem : '';
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', [describedBy, invalid ? errorId : null].filter(Boolean).join(' '));
    if (!input.getAttribute('aria-describedby')) input.removeAttribute('aria-describedby');
  };
  if (pending !== undefined) mark(true);
  input.addEventListener('change', () => {
    const result = read(input.value);
    if (!result.ok) {
      ctx.pending.set(key, input.value);
      mark(true);
      return;
    }
    ctx.pending.delete(key);
    mark(false);
    ctx.set(path, result.value);
  });
  return h('div', { class: 'control' }, input, error);
}

function scalarField(ctx: FormContext, node: SchemaNode, path: FieldPath, value: unknown): HTMLElement {
  const { texts, lang } = ctx;
  const id = fieldId(path);
  const { element: help, describedBy } = hint(id, node, lang);
  const label = h('label', { for: id }, node.title ?? String(path[path.length - 1]), context(ctx, path));
  const key = path[path.length - 1];
  let control: HTMLElement;
  if (key === 'regle' && path.includes('derogations')) {
    const rules = ctx.rules();
    const known = typeof value === 'string' && rules.some((rule) => rule.id === value);
    control = h(
      'select',
      { id, 'data-field': pathName(path), 'aria-describedby': describedBy, onchange: (event: Event) => ctx.set(path, (event.target as HTMLSelectElement).value || undefined) },
      h('option', { value: '' }, texts.notSet),
      !known && typeof value === 'string' && value !== '' ? h('option', { value, selected: true }, value) : null,
      rules.map((rule) => h('option', { value: rule.id, selected: value === rule.id }, rule.id)),
    );
  } else if (node.enum) {
    const names = valueNames(node.description ?? '');
    control = h(
      'select',
      { id, 'data-field': pathName(path), 'aria-describedby': describedBy, onchange: (event: Event) => ctx.set(path, (event.target as HTMLSelectElement).value || undefined) },
      h('option', { value: '' }, texts.notSet),
      // A value the schema does not allow stays visible, so that its finding can be read and fixed here.
      typeof value === 'string' && value !== '' && !node.enum.includes(value) ? h('option', { value, selected: true }, value) : null,
      node.enum.map((choice) => h('option', { value: choice, selected: value === choice }, names.has(choice) ? texts.valueWithCode(capitalised(names.get(choice)!), choice) : choice)),
    );
  } else if (node.type === 'boolean') {
    const current = value === true ? 'true' : value === false ? 'false' : '';
    control = h(
      'select',
      { id, 'data-field': pathName(path), 'aria-describedby': describedBy, onchange: (event: Event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        ctx.set(path, chosen === '' ? undefined : chosen === 'true');
      } },
      h('option', { value: '', selected: current === '' }, texts.notSet),
      h('option', { value: 'true', selected: current === 'true' }, texts.yes),
      h('option', { value: 'false', selected: current === 'false' }, texts.no),
    );
  } else if (node.type === 'integer' || node.type === 'number') {
    const integer = node.type === 'integer';
    // A year is written as a year (2025), never grouped as a count (2 025).
    const year = typeof key === 'string' && /annee/.test(key);
    const shown = year && typeof value === 'number' ? String(value) : showNumber(value, locale(lang));
    control = readControl(ctx, path, id, shown, (text) => readNumber(text, integer), integer ? texts.integerExpected : texts.numberExpected, describedBy);
    control.querySelector('input')!.setAttribute('inputmode', integer ? 'numeric' : 'decimal');
  } else if (node.format === 'date') {
    control = readControl(ctx, path, id, showDate(value), readDate, texts.dateExpected, describedBy);
    const input = control.querySelector('input')!;
    input.setAttribute('inputmode', 'numeric');
    input.setAttribute('placeholder', lang === 'fr' ? 'JJ/MM/AAAA' : 'DD/MM/YYYY');
  } else {
    const shown = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    control = h('input', {
      id,
      type: 'text',
      value: shown,
      'data-field': pathName(path),
      'aria-describedby': describedBy,
      autocomplete: node.format === 'email' ? 'email' : 'off',
      onchange: (event: Event) => ctx.set(path, unquoted((event.target as HTMLInputElement).value) || undefined),
    });
  }
  return h('div', { class: 'field' }, label, help, control);
}

/**
 * For a field below a block's first level, the title of what it belongs to, said to screen readers only: « Nom »
 * alone names five fields; « Nom (Présidence) » one.
 */
function context(ctx: FormContext, path: FieldPath): Child {
  if (path.length < 3) return null;
  const parent = path.slice(0, -1);
  const last = parent[parent.length - 1];
  let node: SchemaNode | undefined = ctx.schema;
  for (const part of parent) node = node && resolve(typeof part === 'number' ? (node.items ?? {}) : (node.properties?.[part] ?? {}), ctx.schema);
  const title = typeof last === 'number' ? ctx.texts.item(node?.title ?? '', last + 1) : (node?.title ?? String(last));
  return h('span', { class: 'visually-hidden' }, ` (${title})`);
}


/** A value typed with the quotes a YAML file needs (« "59" ») is the value itself: the form writes the quotes. */
function unquoted(text: string): string {
  const trimmed = text.trim();
  const quoted = /^(["'«“])\s*(.*?)\s*(["'»”])$/.exec(trimmed);
  return quoted ? quoted[2]! : trimmed;
}

function checkboxGroup(ctx: FormContext, node: SchemaNode, items: SchemaNode, path: FieldPath, value: unknown): HTMLElement {
  const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
  const names = valueNames(items.description ?? '');
  const id = fieldId(path);
  const { element: help, describedBy } = hint(id, node);
  const options = items.enum!;
  const onChange = () => {
    const values = options.filter((choice) => (document.getElementById(`${id}-${choice}`) as HTMLInputElement | null)?.checked);
    // Values the schema does not know stay in the list: the finding about them says what to do.
    const others = [...chosen].filter((choice) => !options.includes(choice));
    ctx.set(path, values.length + others.length > 0 ? [...values, ...others] : undefined);
  };
  return h(
    'fieldset',
    { class: 'group', 'data-field': pathName(path), 'aria-describedby': describedBy },
    h('legend', null, node.title ?? String(path[path.length - 1])),
    help,
    options.map((choice) =>
      h(
        'div',
        { class: 'check' },
        h('input', { type: 'checkbox', id: `${id}-${choice}`, checked: chosen.has(choice), onchange: onChange }),
        h('label', { for: `${id}-${choice}` }, names.has(choice) ? texts(ctx).valueWithCode(capitalised(names.get(choice)!), choice) : choice),
      ),
    ),
  );
}

const texts = (ctx: FormContext) => ctx.texts;

function linesField(ctx: FormContext, node: SchemaNode, path: FieldPath, value: unknown): HTMLElement {
  const id = fieldId(path);
  const { element: help, describedBy } = hint(id, node);
  const lines = Array.isArray(value) ? value.map(String).join('\n') : '';
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, `${node.title ?? String(path[path.length - 1])}${ctx.texts.onePerLine}`),
    help,
    h('textarea', {
      id,
      rows: 3,
      value: lines,
      'data-field': pathName(path),
      'aria-describedby': describedBy,
      onchange: (event: Event) => {
        const values = (event.target as HTMLTextAreaElement).value.split('\n').map((line) => line.trim()).filter((line) => line !== '');
        ctx.set(path, values.length > 0 ? values : undefined);
      },
    }),
  );
}

function objectList(ctx: FormContext, node: SchemaNode, items: SchemaNode, path: FieldPath, value: unknown): HTMLElement {
  const list = Array.isArray(value) ? value : [];
  const itemTitle = items.title ?? ctx.texts.item('', 0);
  const id = fieldId(path);
  const { element: help, describedBy } = hint(id, node);
  const isCommunes = pathName(path) === 'clsm.territoire.communes';
  const isDerogations = pathName(path) === 'derogations';
  return h(
    'fieldset',
    { class: 'list', 'data-field': pathName(path), 'aria-describedby': describedBy },
    h('legend', null, node.title ?? String(path[path.length - 1])),
    help,
    isDerogations ? [h('pre', { class: 'example' }, ctx.texts.derogationExample), newDerogation(ctx)] : null,
    isCommunes ? ctx.communeSearch(path) : null,
    list.map((item, index) => {
      const itemPath = [...path, index];
      const title = ctx.texts.item(itemTitle, index + 1);
      return h(
        'fieldset',
        { class: 'item', 'data-field': pathName(itemPath) },
        h('legend', null, title),
        fields(ctx, items, itemPath, item),
        h('button', { type: 'button', class: 'secondary', onclick: () => ctx.remove(path, index) }, ctx.texts.remove(title)),
      );
    }),
    h('button', { type: 'button', class: 'secondary add', 'data-add': pathName(path), onclick: () => ctx.add(path, {}) }, ctx.texts.add(itemTitle)),
  );
}

/**
 * A dérogation is written whole (rule, justification, end date): an incomplete one would make the profile invalid and
 * hide every other finding while the person is still typing.
 */
function newDerogation(ctx: FormContext): HTMLElement {
  const { texts, lang } = ctx;
  const rule = h(
    'select',
    { id: 'nouvelle-derogation-regle' },
    h('option', { value: '' }, texts.notSet),
    ctx.rules().map((candidate) => h('option', { value: candidate.id, selected: candidate.id === ctx.derogationRule }, candidate.id)),
  );
  const justification = h('input', { id: 'nouvelle-derogation-justification', type: 'text', autocomplete: 'off' });
  const until = h('input', { id: 'nouvelle-derogation-fin', type: 'text', inputmode: 'numeric', placeholder: lang === 'fr' ? 'JJ/MM/AAAA' : 'DD/MM/YYYY', autocomplete: 'off' });
  const problem = h('p', { class: 'input-error', id: 'nouvelle-derogation-probleme', role: 'alert' });
  const add = () => {
    const date = readDate(until.value);
    if (!rule.value || justification.value.trim() === '' || !date.ok || date.value === undefined) {
      problem.textContent = texts.derogationIncomplete;
      return;
    }
    problem.textContent = '';
    ctx.add(['derogations'], { regle: rule.value, justification: justification.value.trim(), jusqu_au: date.value });
  };
  return h(
    'fieldset',
    { class: 'item new-derogation' },
    h('legend', null, texts.newDerogation),
    h('div', { class: 'field' }, h('label', { for: rule.id }, texts.ruleChoice), rule),
    h('div', { class: 'field' }, h('label', { for: justification.id }, texts.derogationJustification), justification),
    h('div', { class: 'field' }, h('label', { for: until.id }, texts.derogationUntil), until),
    problem,
    h('button', { type: 'button', onclick: add }, texts.addDerogation),
  );
}

/** The controls of an object's properties (an item of a list, or a block). */
function fields(ctx: FormContext, node: SchemaNode, path: FieldPath, value: unknown): Child[] {
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.entries(node.properties ?? {}).map(([key, child]) => field(ctx, child, [...path, key], data[key]));
}

function field(ctx: FormContext, raw: SchemaNode, path: FieldPath, value: unknown): Child {
  const node = resolve(raw, ctx.schema);
  if (node.type === 'object' && node.properties) {
    return h(
      'fieldset',
      { class: 'group', 'data-field': pathName(path) },
      h('legend', null, node.title ?? String(path[path.length - 1])),
      hint(fieldId(path), node).element,
      fields(ctx, node, path, value),
    );
  }
  if (node.type === 'array' && node.items) {
    const items = resolve(node.items, ctx.schema);
    if (items.enum) return checkboxGroup(ctx, node, items, path, value);
    if (items.type === 'object') return objectList(ctx, node, items, path, value);
    return linesField(ctx, node, path, value);
  }
  return scalarField(ctx, node, path, value);
}

/** The whole form: the root's own fields first, then one collapsible block per part of the profile. */
export function renderForm(ctx: FormContext, data: Record<string, unknown>): HTMLElement {
  const root = ctx.schema;
  const scalars: Child[] = [];
  const blocks: Child[] = [];
  for (const [key, child] of Object.entries(root.properties ?? {})) {
    const node = resolve(child, root);
    if (node.type !== 'object' && node.type !== 'array') {
      scalars.push(field(ctx, child, [key], data[key]));
      continue;
    }
    const details = h(
      'details',
      { class: 'block', 'data-block': key, open: ctx.open.has(key) },
      h('summary', null, h('span', { class: 'block-title' }, node.title ?? key), h('span', { class: 'block-count', 'data-count-for': key })),
      h(
        'div',
        { class: 'block-body' },
        node.type === 'object'
          ? h('fieldset', { class: 'group', 'data-field': key }, h('legend', { class: 'visually-hidden' }, node.title ?? key), hint(fieldId([key]), node).element, fields(ctx, node, [key], data[key]))
          : field(ctx, child, [key], data[key]),
      ),
    );
    details.addEventListener('toggle', () => (details.open ? ctx.open.add(key) : ctx.open.delete(key)));
    blocks.push(details);
  }
  return h('div', { class: 'form', id: uniqueId('formulaire') }, h('fieldset', { class: 'group' }, h('legend', null, root.title ?? ''), scalars), blocks);
}
