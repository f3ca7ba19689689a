// Where each YAML node starts, recorded while js-yaml parses: one row per node, in document order, with
// the end of its subtree, in typed arrays that grow by doubling and are reused once released (nothing
// allocated per node).

export class NodeTable {
  start = new Int32Array(512);
  end = new Int32Array(512);
  result: unknown[] = [];
  count = 0;
  private stack = new Int32Array(64);
  private depth = 0;

  /** js-yaml's listener, bound once per table. */
  readonly listener = (event: 'open' | 'close', state: { position: number; result: unknown }): void => {
    if (event === 'open') this.open(state.position);
    else this.close(state.result);
  };

  reset(): void {
    this.count = 0;
    this.depth = 0;
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
