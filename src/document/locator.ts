// Maps a profile path to the line:column of its node, or of its nearest existing parent.
import type { PathSegment, Position } from '../types.js';

/**
 * Offsets (in the decoded text) of a list's items, or of a mapping's child nodes in document order
 * (key, value, key, value…), paired into `keys` on first use.
 */
export interface ContainerOffsets {
  items?: number[];
  pairs?: { starts: number[]; results: unknown[] };
  keys?: Map<string, { key: number; value: number }>;
}

function pairKeys(record: Record<string, unknown>, { starts, results }: { starts: number[]; results: unknown[] }) {
  const keys = new Map<string, { key: number; value: number }>();
  let i = 0;
  while (i < starts.length) {
    const key = String(results[i]);
    if (i + 1 < starts.length && Object.is(record[key], results[i + 1])) {
      keys.set(key, { key: starts[i]!, value: starts[i + 1]! });
      i += 2;
    } else {
      // A key with no value node (`{ a, b: 1 }`): the value is where the key is.
      keys.set(key, { key: starts[i]!, value: starts[i]! });
      i += 1;
    }
  }
  return keys;
}

export class Locator {
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly root: unknown,
    private readonly rootOffset: number,
    private readonly containers: Map<object, ContainerOffsets>,
  ) {}

  /**
   * A scalar points at its value; a block, a list or an empty value at its key (the line a person
   * would look at); a missing node at its nearest existing parent. `preferKey` points at the key
   * even for a scalar (an unknown key).
   */
  locate(path: readonly PathSegment[], preferKey = false): Position {
    let node: unknown = this.root;
    let offset = this.rootOffset;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const offsets = node !== null && typeof node === 'object' ? this.containers.get(node) : undefined;
      if (!offsets) break;
      let childOffset: number | undefined;
      let keyOffset: number | undefined;
      if (typeof segment === 'number') childOffset = offsets.items?.[segment];
      else {
        if (!offsets.keys && offsets.pairs) offsets.keys = pairKeys(node as Record<string, unknown>, offsets.pairs);
        const entry = offsets.keys?.get(segment);
        if (entry) {
          childOffset = entry.value;
          keyOffset = entry.key;
        }
      }
      if (childOffset === undefined) break;
      node = (node as Record<PathSegment, unknown>)[segment];
      const isScalarValue = node !== null && typeof node !== 'object';
      offset = keyOffset !== undefined && (preferKey || !isScalarValue) ? keyOffset : childOffset;
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
