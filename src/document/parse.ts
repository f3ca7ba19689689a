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
 * Node tables no locator holds any more: a batch reuses one table from file to file instead of growing a new
 * one per file. A table comes back here only when its locator is released by whoever holds it.
 */
const released: NodeTable[] = [];

/** Parses one YAML document; its locator stays valid until its holder releases it (`locator.release()`). */
export function parseYaml(text: string): Parsed {
  const table = released.pop() ?? new NodeTable();
  table.reset();
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, listener: table.listener, maxDepth: MAX_DEPTH } as LoadOptions);
  } catch (error) {
    released.push(table);
    return { ok: false, problem: describeSyntaxError(error, text) };
  }
  // Aliases share nodes: a few lines can stand for billions of them ("billion laughs").
  if (text.includes('*') && expandedSize(data, new Map(), MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES) {
    released.push(table);
    return { ok: false, problem: syntaxProblem('parse.aliasBomb', { limit: MAX_EXPANDED_NODES }) };
  }
  return { ok: true, data, locator: new Locator(text, table, () => released.push(table)) };
}

/** Number of nodes once aliases are expanded, memoised per shared node so that the count itself stays cheap. */
function expandedSize(node: unknown, memo: Map<object, number>, limit: number): number {
  if (node === null || typeof node !== 'object') return 1;
  const known = memo.get(node);
  if (known !== undefined) return known;
  let size = 1;
  for (const child of Object.values(node)) {
    size += expandedSize(child, memo, limit);
    if (size > limit) break;
  }
  memo.set(node, size);
  return size;
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
    const key = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(lineText)?.[1] ?? null;
    const keyColumn = key ? lineText.indexOf(key) + 1 : column;
    return syntaxProblem('parse.duplicateKey', { key }, line, keyColumn);
  }
  const tag = /^unknown tag !<([^>]*)>/.exec(reason)?.[1];
  if (tag !== undefined) {
    const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
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
