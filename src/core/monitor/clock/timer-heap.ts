/** One timer in a {@link TimerHeap}. */
export interface HeapTimer<T> {
  readonly at: number;
  /** Insertion order: timers due at the same instant fire in the order they were set. */
  readonly seq: number;
  readonly value: T;
}

function before<T>(a: HeapTimer<T>, b: HeapTimer<T>): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/**
 * A binary min-heap of timers ordered by due time, then by insertion. A
 * simulated day holds tens of thousands of timers; a sorted array would
 * make each insertion linear.
 */
export class TimerHeap<T> {
  readonly #items: HeapTimer<T>[] = [];

  /** How many timers are stored. */
  get size(): number {
    return this.#items.length;
  }

  /** The earliest timer, without removing it. */
  peek(): HeapTimer<T> | undefined {
    return this.#items[0];
  }

  /** Adds a timer. */
  push(timer: HeapTimer<T>): void {
    const items = this.#items;
    items.push(timer);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as HeapTimer<T>;
      if (!before(timer, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = timer;
  }

  /** Removes and returns the earliest timer. */
  pop(): HeapTimer<T> | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const l = items[left] as HeapTimer<T>;
      const r = items[right];
      const [child, childIndex] = r !== undefined && before(r, l) ? [r, right] : [l, left];
      if (!before(child, last)) break;
      items[i] = child;
      i = childIndex;
    }
    items[i] = last;
    return top;
  }
}
