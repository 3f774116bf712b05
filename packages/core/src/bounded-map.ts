import { integerOption } from "./option-checks.js";

/**
 * A `Map` that never holds more than `maxEntries` entries: setting one more evicts the least
 * recently used (a `get` or `set` counts as use). The one size-bounded map of every package, for
 * caches whose keys come from outside.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();
  /** The most entries kept. */
  readonly maxEntries: number;

  /**
   * @param maxEntries - the most entries kept; at least 1.
   * @throws RangeError when `maxEntries` is not an integer of at least 1.
   */
  constructor(maxEntries: number) {
    this.maxEntries = integerOption(maxEntries, "maxEntries", 1, 1);
  }

  /** How many entries there are. */
  get size(): number {
    return this.#entries.size;
  }

  /** The value for `key` (marking it recently used), or `undefined`. */
  get(key: K): V | undefined {
    const entries = this.#entries;
    const value = entries.get(key);
    if (value === undefined && !entries.has(key)) return undefined;
    entries.delete(key);
    entries.set(key, value as V);
    return value;
  }

  /** The value for `key` without marking it used. */
  peek(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** Whether there is an entry for `key` (does not mark it used). */
  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Stores `value` under `key`, evicting the least recently used entry when full. */
  set(key: K, value: V): this {
    const entries = this.#entries;
    entries.delete(key);
    if (entries.size >= this.maxEntries) entries.delete(entries.keys().next().value as K);
    entries.set(key, value);
    return this;
  }

  /** Removes the entry for `key`; whether there was one. */
  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  /** Removes every entry. */
  clear(): void {
    this.#entries.clear();
  }

  /** The keys, least recently used first. */
  keys(): IterableIterator<K> {
    return this.#entries.keys();
  }
}
