/**
 * A small table of recent texts and the frozen values parsed from them, for the parsers' hot
 * paths: a server sees the same inbox URL and the same one or two `headers="…"` lists on every
 * request, and parsing each again costs more than finding it.
 *
 * It is the exception the conventions allow to "no module-level state": bounded (`size` entries,
 * the oldest replaced first), holding only non-secret text a sender sent and values derived from
 * it, frozen so that sharing them between requests is safe, and cleared by
 * {@link clearInterningTables} in tests. Texts are compared with `===` in a short scan: hashing a
 * freshly built string for a `Map` costs more than comparing it with a handful of others.
 */
export class InterningTable<V> {
  readonly #texts: (string | undefined)[];
  readonly #values: (V | undefined)[];
  #next = 0;
  /** How many texts are kept at most. */
  readonly size: number;

  /** @param size - how many texts are kept (a handful: each lookup compares against all). */
  constructor(size: number) {
    this.size = size;
    this.#texts = new Array(size).fill(undefined);
    this.#values = new Array(size).fill(undefined);
    tables.push(this as InterningTable<unknown>);
  }

  /** The value kept for `text`, or the one `parse` makes (kept, frozen, when `parse` does not return `null`). */
  get<P extends V | null>(text: string, parse: (text: string) => P): P | V {
    const texts = this.#texts;
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] === text) return this.#values[i]!;
    }
    const value = parse(text);
    if (value !== null) {
      const slot = this.#next;
      texts[slot] = text;
      this.#values[slot] = Object.freeze(value) as V;
      this.#next = (slot + 1) % texts.length;
    }
    return value;
  }

  /** How many texts are kept now (at most `size`). */
  get count(): number {
    return this.#texts.filter((text) => text !== undefined).length;
  }

  /** Forgets every text. */
  clear(): void {
    this.#texts.fill(undefined);
    this.#values.fill(undefined);
    this.#next = 0;
  }
}

/** Every table made, so tests can start from empty ones. */
const tables: InterningTable<unknown>[] = [];

/** Empties every {@link InterningTable} (for tests). */
export function clearInterningTables(): void {
  for (const table of tables) table.clear();
}
