// Maps a profile path to the line:column of its node, or of its nearest existing parent.
import type { PathSegment, Position } from '../types.js';
import type { NodeTable } from './node-table.js';

/** Children scanned before a container is indexed. */
const INDEX_AFTER = 32;

export class Locator {
  private lineStarts: number[] | undefined;
  /** Findings of one file often share a path (one per missing category…): each path is walked once. */
  private readonly cache = new Map<string, Position>();
  /** Made only for a file with a long container (rare): most files never need it. */
  private indexes: Map<number, Map<string, readonly [number, number]>> | undefined;
  private keyNode = -1;
  private valueNode = -1;

  private released = false;

  constructor(
    private readonly text: string,
    private readonly table: NodeTable,
    private readonly onRelease: () => void = () => {},
  ) {}

  /** Gives the node table back for the next parse; the locator cannot be used after that. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.onRelease();
  }

  /**
   * A scalar points at its value; a block, a list or an empty value at its key (the line a person
   * would look at); a missing node at its nearest existing parent. `preferKey` points at the key
   * even for a scalar (an unknown key).
   */
  locate(path: readonly PathSegment[], preferKey = false): Position {
    const key = `${preferKey ? 'k' : 'v'}${path.join('\u0000')}`;
    let position = this.cache.get(key);
    if (!position) this.cache.set(key, (position = this.walk(path, preferKey)));
    return position;
  }

  private walk(path: readonly PathSegment[], preferKey: boolean): Position {
    if (this.released) throw new Error('Locator used after release');
    const table = this.table;
    if (table.count === 0) return { line: 1, column: 1 };
    let node = 0;
    let offset = table.start[0]!;
    for (const segment of path) {
      const container = table.unwrap(node);
      const value = table.result[container];
      if (value === null || typeof value !== 'object') break;
      if (!this.child(container, value, segment)) break;
      const { keyNode, valueNode } = this;
      node = valueNode;
      const child = table.result[valueNode];
      const isScalarValue = child !== null && typeof child !== 'object';
      offset = keyNode !== -1 && (preferKey || !isScalarValue) ? table.start[keyNode]! : table.start[valueNode]!;
    }
    return this.position(offset);
  }

  /**
   * Finds a container's child: its key node (-1 in a list) and value node go to `keyNode` and `valueNode`
   * (fields rather than a returned pair: no allocation per step). A short container is scanned; a long one
   * (a profile with thousands of unknown keys or items) is indexed on its first long scan, so that locating
   * every one of its findings stays linear.
   */
  private child(container: number, value: object, segment: PathSegment): boolean {
    const indexed = this.indexes?.get(container);
    if (indexed) return this.found(indexed.get(String(segment)));
    const end = this.table.end[container]!;
    const wanted = String(segment);
    for (let key = container + 1, position = 0; key < end; key = this.table.end[this.valueNode]!, position++) {
      if (position === INDEX_AFTER) return this.found(this.index(container, value).get(wanted));
      if (this.read(key, end, value, position) === wanted) return true;
    }
    return false;
  }

  private index(container: number, value: object): Map<string, readonly [number, number]> {
    const end = this.table.end[container]!;
    const children = new Map<string, readonly [number, number]>();
    for (let key = container + 1, position = 0; key < end; key = this.table.end[this.valueNode]!, position++) {
      const name = this.read(key, end, value, position);
      if (!children.has(name)) children.set(name, [this.keyNode, this.valueNode]);
    }
    (this.indexes ??= new Map()).set(container, children);
    return children;
  }

  /** Reads the child that starts at node `key` into `keyNode` and `valueNode`; returns its name (its index in a list). */
  private read(key: number, end: number, value: object, position: number): string {
    const table = this.table;
    if (Array.isArray(value)) {
      this.keyNode = -1;
      this.valueNode = key;
      return String(position);
    }
    const name = String(table.result[key]);
    const next = table.end[key]!;
    // A key with no value node (`{ a, b: 1 }`) is followed by the next key, not by its value.
    const paired = next < end && Object.is((value as Record<string, unknown>)[name], table.result[next]);
    this.keyNode = key;
    this.valueNode = paired ? next : key;
    return name;
  }

  private found(pair: readonly [number, number] | undefined): boolean {
    if (!pair) return false;
    [this.keyNode, this.valueNode] = pair;
    return true;
  }

  private position(rawOffset: number): Position {
    const offset = this.skipBlank(rawOffset);
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** The parser reports where it started looking for a node; the node starts after blanks and comments. */
  private skipBlank(offset: number): number {
    const text = this.text;
    let i = offset;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) i++;
      else if (ch === 0x23 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) {
        while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
      } else break;
    }
    return i < text.length ? i : Math.min(offset, Math.max(0, text.length - 1));
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}
