// The profile being edited, as the `yaml` package's Document: the form changes one node at a time, so that the
// person's comments, order and layout stay where they were. The text is the one truth: the form reads from it.
import { Document, isCollection, isMap, isSeq, parseDocument } from 'yaml';
import { SCHEMA_MODELINE } from '../init/profile-yaml.js';

export type FieldPath = readonly (string | number)[];

export interface ProfileDocument {
  text: string;
  /** The data, or null when the text is not YAML the form can read (a syntax error, a list at the root). */
  data: Record<string, unknown> | null;
}

export function readProfile(text: string): ProfileDocument {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { text, data: null };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // An alias bomb (the `yaml` package refuses to expand it): the checker says what is wrong; the form waits.
    return { text, data: null };
  }
  if (data === null || data === undefined) return { text, data: {} };
  return { text, data: typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null };
}

/** `a.b[0].c`, as findings name paths. */
export function pathName(path: FieldPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function edit(text: string, change: (doc: Document) => void): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  change(doc);
  return doc.toString({ lineWidth: 0 });
}

/** Makes every collection on the way to `path` exist (a `portage:` left empty becomes a map). */
function ensureParents(doc: Document, path: FieldPath): void {
  for (let i = 1; i < path.length; i++) {
    const node = doc.getIn(path.slice(0, i), true);
    if (!isCollection(node)) doc.setIn(path.slice(0, i), doc.createNode(typeof path[i] === 'number' ? [] : {}));
  }
}

/** Maps left empty by a removal go too (never the root, never a list's item). */
function pruneEmpty(doc: Document, path: FieldPath): void {
  for (let i = path.length - 1; i >= 1; i--) {
    const parent = path.slice(0, i);
    const node = doc.getIn(parent, true);
    if (typeof parent[parent.length - 1] === 'number' || !isCollection(node) || node.items.length > 0) return;
    doc.deleteIn(parent);
  }
}

/** Sets a value (undefined removes the key). */
export function setValue(text: string, path: FieldPath, value: unknown): string {
  return edit(text, (doc) => {
    if (value === undefined) {
      if (doc.hasIn(path)) doc.deleteIn(path);
      pruneEmpty(doc, path);
      return;
    }
    ensureParents(doc, path);
    const existing = doc.getIn(path, true);
    // A scalar keeps its node (and the comment beside it); a list or map is replaced.
    if (existing && typeof value !== 'object' && !isCollection(existing) && 'value' in (existing as object)) (existing as { value: unknown }).value = value;
    else doc.setIn(path, doc.createNode(value));
  });
}

export function addItem(text: string, path: FieldPath, item: unknown): string {
  return edit(text, (doc) => {
    ensureParents(doc, [...path, 0]);
    const list = doc.getIn(path, true);
    if (!isSeq(list)) doc.setIn(path, doc.createNode([]));
    doc.addIn(path, doc.createNode(item));
  });
}

export function removeItem(text: string, path: FieldPath, index: number): string {
  return edit(text, (doc) => {
    doc.deleteIn([...path, index]);
    const list = doc.getIn(path, true);
    if (isSeq(list) && list.items.length === 0) {
      doc.deleteIn(path);
      pruneEmpty(doc, path);
    }
  });
}

/** The text as saved: with the schema modeline first, for editors (kept as is when the file has one). */
export function withModeline(text: string): string {
  return /^#.*yaml-language-server:/m.test(text.split('\n').slice(0, 5).join('\n')) ? text : `#${SCHEMA_MODELINE}\n${text}`;
}
