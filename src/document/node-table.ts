// Where each YAML node starts, recorded while js-yaml parses: one row per node, in document order, with
// the end of its subtree. Rows live in arrays reused from one file to the next, so that
// recording positions allocates nothing per node; a table is valid until the next parse starts.

export class NodeTable {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  result: unknown[] = [];
  count = 0;
  generation = 0;
  private stack = new Int32Array(128);
  private depth = 0;

  reset(): void {
    this.count = 0;
    this.depth = 0;
    this.generation++;
  }

  open(position: number): void {
    if (this.count === this.start.length) this.grow();
    const id = this.count++;
    this.start[id] = position;
    if (this.depth === this.stack.length) {
      const stack = new Int32Array(this.stack.length * 2);
      stack.set(this.stack);
      this.stack = stack;
    }
    this.stack[this.depth++] = id;
  }

  close(result: unknown): void {
    const id = this.stack[--this.depth]!;
    this.result[id] = result;
    this.end[id] = this.count;
  }

  /** The node that holds a container's own children: js-yaml wraps some nodes in a node of the same value. */
  unwrap(id: number): number {
    let current = id;
    for (;;) {
      const first = current + 1;
      if (first >= this.end[current]! || this.end[first] !== this.end[current] || this.result[first] !== this.result[current]) return current;
      current = first;
    }
  }

  private grow(): void {
    const size = this.start.length * 2;
    for (const name of ['start', 'end'] as const) {
      const grown = new Int32Array(size);
      grown.set(this[name]);
      this[name] = grown;
    }
  }
}
