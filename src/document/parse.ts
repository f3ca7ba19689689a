// Text → data with positions: js-yaml (YAML 1.2 core schema, dates stay strings; pinned to an exact version,
// for the positions rely on its listener) and a listener that records where each node starts (NodeTable).
// Errors come back as data, never thrown.
import { CORE_SCHEMA, load, type LoadOptions } from 'js-yaml';
import { MAX_DEPTH, MAX_EXPANDED_NODES } from './limits.js';
import { syntaxProblem, type InputProblem } from '../problem.js';
import { Locator } from './locator.js';
import { NodeTable } from './node-table.js';

export type Parsed = { ok: true; data: unknown; locator: Locator } | { ok: false; problem: InputProblem };

/**
 * Parses one YAML document; its locator stays valid until its holder releases it (`locator.release()`).
 * `released`: node tables no locator holds any more (a session's), so that a batch reuses one table from file to
 * file instead of growing a new one per file; a table goes back there when its locator is released.
 */
export function parseYaml(text: string, released: NodeTable[] = []): Parsed {
  const table = released.pop() ?? new NodeTable();
  table.reset();
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, listener: table.listener, maxDepth: MAX_DEPTH } as LoadOptions);
  } catch (error) {
    released.push(table);
    return { ok: false, problem: describeSyntaxError(error, text) };
  }
  // Aliases share nodes: a few lines can stand for billions of them ("billion laughs"), or for a node that
  // contains itself (`x: &a [*a]`), which no later stage could walk.
  if (text.includes('*')) {
    const size = expandedSize(data, MAX_EXPANDED_NODES);
    if (size === CYCLE || size > MAX_EXPANDED_NODES) {
      released.push(table);
      return { ok: false, problem: size === CYCLE ? syntaxProblem('parse.aliasCycle', {}) : syntaxProblem('parse.aliasBomb', { limit: MAX_EXPANDED_NODES }) };
    }
  }
  return { ok: true, data, locator: new Locator(text, table, () => released.push(table)) };
}

const CYCLE = -1;

/**
 * Number of nodes once aliases are expanded (counting stops past `limit`), or CYCLE when a node contains itself.
 * Iterative, with each shared node counted once: neither a long chain of aliases nor a huge expansion costs
 * stack or time.
 */
function expandedSize(root: unknown, limit: number): number {
  if (root === null || typeof root !== 'object') return 1;
  const IN_PROGRESS = -2;
  const sizes = new Map<object, number>();
  const stack: Array<{ node: object; children: unknown[]; next: number; size: number }> = [];
  const open = (node: object) => {
    sizes.set(node, IN_PROGRESS);
    stack.push({ node, children: Object.values(node), next: 0, size: 1 });
  };
  open(root);
  let result = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.children.length || frame.size > limit) {
      stack.pop();
      sizes.set(frame.node, frame.size);
      if (stack.length === 0) result = frame.size;
      else stack[stack.length - 1]!.size += frame.size;
      continue;
    }
    const child = frame.children[frame.next++];
    if (child === null || typeof child !== 'object') {
      frame.size++;
      continue;
    }
    const known = sizes.get(child);
    if (known === IN_PROGRESS) return CYCLE;
    if (known !== undefined) frame.size += known;
    else open(child);
  }
  return result;
}

interface YamlError {
  reason?: string;
  mark?: { line: number; column: number };
  message?: string;
}

function describeSyntaxError(error: unknown, text: string): InputProblem {
  const { reason = '', mark } = (error ?? {}) as YamlError;
  let line = mark ? mark.line + 1 : 1;
  let column = mark ? mark.column + 1 : 1;
  const lineText = text.split('\n')[line - 1] ?? '';
  if (reason.startsWith('expected a single document')) {
    const second = secondDocumentLine(text);
    return syntaxProblem('parse.multipleDocuments', {}, second, 1);
  }
  if (reason.startsWith('nesting exceeded maxDepth')) return syntaxProblem('parse.tooDeep', { limit: MAX_DEPTH }, line, column);
  if (reason === 'tab characters must not be used in indentation' || /^[ ]*\t/.test(lineText)) {
    return syntaxProblem('parse.tab', {}, line, (lineText.indexOf('\t') + 1) || column);
  }
  if (reason === 'duplicated mapping key') {
    // js-yaml stops at the second occurrence of the key, in a block or a flow mapping alike.
    const key = /^["']?([^"':#,{}[\]]+?)["']?\s*:/.exec(lineText.slice(column - 1))?.[1]?.trim() ?? null;
    return syntaxProblem('parse.duplicateKey', { key: key || null }, line, column);
  }
  const tag = /^unknown tag !<([^>]*)>/.exec(reason)?.[1];
  if (tag !== undefined) {
    const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    // js-yaml stops after the tagged value (past the end of the line for a scalar, after the block for a collection):
    // the finding points at the tag itself, the nearest one at or above that place.
    const lines = text.split('\n');
    const written = shown.startsWith('!!') ? shown : tag.startsWith('!') ? tag : `!<${tag}>`;
    for (let at = Math.min(line, lines.length); at >= Math.max(1, line - 200); at--) {
      const index = lines[at - 1]!.indexOf(written);
      if (index !== -1) return syntaxProblem('parse.unknownTag', { tag: shown }, at, index + 1);
    }
    return syntaxProblem('parse.unknownTag', { tag: shown }, line, column);
  }
  if (!mark) {
    line = 1;
    column = 1;
  }
  return syntaxProblem('parse.syntax', { reason: reason || String((error as YamlError)?.message ?? error) }, line, column);
}

function secondDocumentLine(text: string): number {
  const lines = text.split('\n');
  let contentSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^---(\s|$)/.test(line) && contentSeen) return i + 1;
    if (/^\.\.\.(\s|$)/.test(line)) return i + 1;
    if (!/^\s*(#.*)?$/.test(line) && !/^---(\s|$)/.test(line) && !/^%/.test(line)) contentSeen = true;
    else if (/^---\s+\S/.test(line)) contentSeen = true;
  }
  return 1;
}
