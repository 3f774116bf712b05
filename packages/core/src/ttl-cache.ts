import { BoundedMap } from "./bounded-map.js";
import { integerOption } from "./option-checks.js";

/** Options of {@link TtlCache}. */
export interface TtlCacheOptions {
  /**
   * Milliseconds an entry is served after it was stored, unless `set` gives its own.
   */
  readonly ttl: number;
  /**
   * The most entries kept; the least recently used goes first.
   * @defaultValue 10000
   */
  readonly maxEntries?: number;
  /**
   * The clock, in epoch milliseconds (tests pass a fake one).
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}

/** A cached value and when it was stored. */
export interface CacheEntry<V> {
  /** The value. */
  readonly value: V;
  /** When it was stored, in epoch milliseconds. */
  readonly storedAt: number;
  /** When it stops being served, in epoch milliseconds. */
  readonly expiresAt: number;
}

/**
 * A bounded cache whose entries expire, with one shared load per key: concurrent
 * {@link TtlCache.load} calls for a key that is not cached wait for the same promise. A load that
 * rejects is not cached; to remember a failure (negative caching), resolve with a value that
 * says so and give it a shorter `ttl`.
 */
export class TtlCache<K, V> {
  readonly #entries: BoundedMap<K, CacheEntry<V>>;
  readonly #inFlight = new Map<K, Promise<V>>();
  readonly #ttl: number;
  readonly #now: () => number;

  /** @throws RangeError when `ttl` or `maxEntries` is out of range. */
  constructor(options: TtlCacheOptions) {
    this.#ttl = integerOption(options.ttl, "ttl", 0, 0);
    this.#entries = new BoundedMap(integerOption(options.maxEntries, "maxEntries", 10_000, 1));
    this.#now = options.now ?? Date.now;
  }

  /** How many entries are stored (expired ones included until they are read or evicted). */
  get size(): number {
    return this.#entries.size;
  }

  /** The entry for `key` while it is fresh, else `undefined` (an expired entry is dropped). */
  getEntry(key: K): CacheEntry<V> | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#now() < entry.expiresAt) return entry;
    this.#entries.delete(key);
    return undefined;
  }

  /** The value for `key` while it is fresh, else `undefined`. */
  get(key: K): V | undefined {
    return this.getEntry(key)?.value;
  }

  /** Stores `value` for `ttl` milliseconds (the cache's own `ttl` when not given). */
  set(key: K, value: V, ttl: number = this.#ttl): void {
    const storedAt = this.#now();
    this.#entries.set(key, { value, storedAt, expiresAt: storedAt + ttl });
  }

  /** Forgets `key`. */
  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  /** Forgets everything (loads under way still finish, and store what they get). */
  clear(): void {
    this.#entries.clear();
  }

  /**
   * The fresh value for `key`, or the value `loader` resolves to, stored for `ttlOf(value)`
   * milliseconds (the cache's `ttl` by default). Concurrent calls for one key share one load. A
   * rejected load is not stored; every waiting caller sees the rejection.
   *
   * @param key - what to look up.
   * @param loader - loads the value on a miss.
   * @param options - `ttlOf`: how long to keep a loaded value (negative caching gives misses a
   *   shorter life); `refresh`: load again even when a fresh value is cached (key rotation).
   */
  load(
    key: K,
    loader: (key: K) => Promise<V>,
    options: { readonly ttlOf?: (value: V) => number; readonly refresh?: boolean } = {},
  ): Promise<V> {
    if (options.refresh !== true) {
      const entry = this.getEntry(key);
      if (entry !== undefined) return Promise.resolve(entry.value);
    }
    const pending = this.#inFlight.get(key);
    if (pending !== undefined) return pending;
    let loading: Promise<V>;
    try {
      loading = loader(key);
    } catch (error) {
      loading = Promise.reject(error);
    }
    const promise = loading
      .then((value) => {
        this.set(key, value, options.ttlOf === undefined ? this.#ttl : options.ttlOf(value));
        return value;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }
}
