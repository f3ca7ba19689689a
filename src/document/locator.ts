// Maps a profile path to the line:column of its node, or of its nearest existing parent.
import type { PathSegment, Position } from '../types.js';
import type { NodeTable } from './node-table.js';

export class Locator {
  private lineStarts: number[] | undefined;
  private readonly generation: number;
  /** Findings of one file often share a path (one per missing category…): each path is walked once. */
  private readonly cache = new Map<string, Position>();

  constructor(
    private readonly text: string,
    private readonly table: NodeTable,
  ) {
    this.generation = table.generation;
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
    const table = this.table;
    if (table.generation !== this.generation) throw new Error('Locator used after the next parse');
    if (table.count === 0) return { line: 1, column: 1 };
    let node = 0;
    let offset = table.start[0]!;
    for (const segment of path) {
      const container = table.unwrap(node);
      const value = table.result[container];
      if (value === null || typeof value !== 'object') break;
      let keyNode = -1;
      let valueNode = -1;
      const end = table.end[container]!;
      if (Array.isArray(value)) {
        let index = 0;
        for (let child = container + 1; child < end && valueNode === -1; child = table.end[child]!, index++) {
          if (index === segment) valueNode = child;
        }
      } else {
        const record = value as Record<string, unknown>;
        const wanted = String(segment);
        for (let key = container + 1; key < end; ) {
          const next = table.end[key]!;
          const name = String(table.result[key]);
          // A key with no value node (`{ a, b: 1 }`) is followed by the next key, not by its value.
          const paired = next < end && Object.is(record[name], table.result[next]);
          if (name === wanted) {
            keyNode = key;
            valueNode = paired ? next : key;
            break;
          }
          key = paired ? table.end[next]! : next;
        }
      }
      if (valueNode === -1) break;
      node = valueNode;
      const child = table.result[valueNode];
      const isScalarValue = child !== null && typeof child !== 'object';
      offset = keyNode !== -1 && (preferKey || !isScalarValue) ? table.start[keyNode]! : table.start[valueNode]!;
    }
    return this.position(offset);
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
