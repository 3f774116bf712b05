import type { PublicKeyInput } from "./import-public-key.js";
import type { KeyResolveOptions, KeyResolver } from "./key-resolver.js";

/** Loads a key from its source; the caching resolver calls it on a miss or a refresh. */
export type KeyLoader = (keyId: string) => Promise<PublicKeyInput | null>;

/** Options of {@link createCachingKeyResolver}. */
export interface CachingKeyResolverOptions {
  /** Where keys come from on a cache miss (for example {@link createFetchKeyLoader}). */
  readonly load: KeyLoader;
  /**
   * Seconds a found key is served from the cache.
   * @defaultValue 3600
   */
  readonly ttl?: number;
  /**
   * Seconds a "no such key" answer is remembered (negative caching).
   * @defaultValue 300
   */
  readonly negativeTtl?: number;
  /**
   * Seconds that must pass since a key was loaded before a refresh (after a failed
   * verification) loads it again. Keeps a stream of bad signatures from turning into a stream of
   * fetches.
   * @defaultValue 60
   */
  readonly minRefreshInterval?: number;
  /**
   * Most keys kept; the oldest entry goes first.
   * @defaultValue 10000
   */
  readonly maxEntries?: number;
  /**
   * The clock, in epoch milliseconds (tests pass a fake one).
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}

interface Entry {
  readonly key: PublicKeyInput | null;
  readonly loadedAt: number;
}

/** A {@link KeyResolver} that caches, and can be cleared. */
export interface CachingKeyResolver extends KeyResolver {
  /** Forgets one key, or every key when `keyId` is not given. */
  clear(keyId?: string): void;
}

/**
 * A {@link KeyResolver} with a TTL cache, negative caching, one in-flight load per key id, and
 * key rotation: when a verifier asks again with `refresh: true` the key is loaded anew (at most
 * once per `minRefreshInterval`). A cache hit is answered synchronously; a load that throws is not
 * cached, so the next lookup of that key id loads again.
 *
 * @throws TypeError when `load` is not a function or a bound is negative.
 */
export function createCachingKeyResolver(options: CachingKeyResolverOptions): CachingKeyResolver {
  const { load } = options;
  if (typeof load !== "function") throw new TypeError("createCachingKeyResolver needs a load function.");
  const ttl = (options.ttl ?? 3600) * 1000;
  const negativeTtl = (options.negativeTtl ?? 300) * 1000;
  const minRefresh = (options.minRefreshInterval ?? 60) * 1000;
  const maxEntries = options.maxEntries ?? 10_000;
  if (!(ttl >= 0 && negativeTtl >= 0 && minRefresh >= 0 && maxEntries >= 1)) {
    throw new TypeError("Cache bounds must be non-negative (maxEntries at least 1).");
  }
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<PublicKeyInput | null>>();

  const fetchAndStore = (keyId: string): Promise<PublicKeyInput | null> => {
    const pending = inFlight.get(keyId);
    if (pending) return pending;
    let loading: Promise<PublicKeyInput | null>;
    try {
      loading = load(keyId);
    } catch (error) {
      loading = Promise.reject(error);
    }
    const promise = loading
      .then((key) => {
        entries.delete(keyId);
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(keyId, { key, loadedAt: now() });
        return key;
      })
      .finally(() => inFlight.delete(keyId));
    inFlight.set(keyId, promise);
    return promise;
  };

  return {
    resolve(
      keyId: string,
      { refresh }: KeyResolveOptions,
    ): Promise<PublicKeyInput | null> | PublicKeyInput | null {
      const entry = entries.get(keyId);
      if (entry) {
        const age = now() - entry.loadedAt;
        const fresh = age < (entry.key === null ? negativeTtl : ttl);
        if (fresh && !(refresh && age >= minRefresh)) return entry.key;
      }
      return fetchAndStore(keyId);
    },
    clear(keyId?: string): void {
      if (keyId === undefined) entries.clear();
      else entries.delete(keyId);
    },
  };
}
