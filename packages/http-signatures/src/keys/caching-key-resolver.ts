import { durationOption, integerOption, TtlCache } from "@fedikit/core";
import { SignatureError } from "../shared/signature-error.js";
import { importPublicKey } from "./import-public-key.js";
import type { ImportedKey } from "./imported-key.js";
import type { KeyResolveOptions, KeyResolver, ResolvedKey } from "./key-resolver.js";

/**
 * Loads a key from its source; the caching resolver calls it on a miss or a refresh. Resolve
 * with `null` when there is no such key. Reject with a `SignatureError` whose code is
 * `invalid_key` or `key_not_found` for a permanent problem (remembered for `negativeTtl`); any
 * other rejection (a network failure) is not remembered.
 */
export type KeyLoader = (keyId: string) => Promise<ResolvedKey | null>;

/** Options of {@link createCachingKeyResolver}. */
export interface CachingKeyResolverOptions {
  /** Where keys come from on a cache miss (for example {@link createFetchKeyLoader}). */
  readonly load: KeyLoader;
  /**
   * Milliseconds a found key is served from the cache.
   * @defaultValue 3600000 (one hour)
   */
  readonly ttl?: number;
  /**
   * Milliseconds a key that is missing, or that fails to import, is remembered as such (negative
   * caching): a sender cannot make every request cost a fetch or a key parse.
   * @defaultValue 300000 (five minutes)
   */
  readonly negativeTtl?: number;
  /**
   * Milliseconds that must pass since a key was loaded before a refresh (after a failed
   * verification) loads it again. Keeps a stream of bad signatures from turning into a stream of
   * fetches.
   * @defaultValue 60000 (one minute)
   */
  readonly minRefreshInterval?: number;
  /**
   * Most keys kept (found, missing or invalid); the least recently used goes first.
   * @defaultValue 10000
   */
  readonly maxEntries?: number;
  /**
   * The clock, in epoch milliseconds (tests pass a fake one).
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}

/** A {@link KeyResolver} that caches, and can be cleared. */
export interface CachingKeyResolver extends KeyResolver {
  /** Forgets one key, or every key when `keyId` is not given. */
  clear(keyId?: string): void;
  /** How many keys (found, missing or invalid) are cached now; at most `maxEntries`. */
  readonly size: number;
}

/** What the cache keeps per key id: the imported key, or why there is none. */
type Entry =
  | { readonly found: ResolvedKey & { readonly key: ImportedKey } }
  | { readonly refused: "key_not_found" | "invalid_key"; readonly message: string };

const MISSING: Entry = { refused: "key_not_found", message: "" };

function refusedBy(error: unknown): Entry | null {
  if (error instanceof SignatureError && (error.code === "invalid_key" || error.code === "key_not_found")) {
    return { refused: error.code, message: error.message };
  }
  return null;
}

/** Imports what the loader found, once: a key that does not import is remembered as invalid. */
function toEntry(loaded: unknown, keyId: string): Entry {
  if (loaded === null || loaded === undefined) return MISSING;
  const { key, owner } = loaded as Partial<ResolvedKey>;
  if (typeof loaded !== "object" || key === undefined || (owner !== undefined && typeof owner !== "string")) {
    return {
      refused: "invalid_key",
      message: `The key loader returned ${typeof loaded} for ${keyId}; it must return { key, owner? } or null.`,
    };
  }
  try {
    return { found: Object.freeze({ key: importPublicKey(key), owner }) };
  } catch (error) {
    return { refused: "invalid_key", message: `Key ${keyId} cannot be used: ${(error as Error).message}` };
  }
}

function answer(entry: Entry, keyId: string): ResolvedKey | null {
  if ("found" in entry) return entry.found;
  if (entry === MISSING) return null;
  // A fresh error per answer: a cached one would be shared (and filled in) by every verification.
  throw new SignatureError(entry.refused, `${entry.message} (remembered for negativeTtl)`, { keyId });
}

/**
 * A {@link KeyResolver} with a TTL cache that imports each key once when it loads it, negative
 * caching (of missing keys and of keys that fail to import), one in-flight load per key id, and
 * key rotation: when a verifier asks again with `refresh: true` the key is loaded anew (at most
 * once per `minRefreshInterval`). A cache hit is answered synchronously: the key (already an
 * `ImportedKey`), `null` for a key remembered as missing, or a thrown `SignatureError`
 * (`invalid_key`, `key_not_found`) for one remembered as unusable. A load that rejects for
 * another reason than such a `SignatureError` is not cached, so the next lookup loads again.
 *
 * @throws TypeError when `load` is not a function; RangeError when a bound is out of range.
 */
export function createCachingKeyResolver(options: CachingKeyResolverOptions): CachingKeyResolver {
  const { load } = options;
  if (typeof load !== "function") throw new TypeError("createCachingKeyResolver needs a load function.");
  const ttl = durationOption(options.ttl, "ttl", 3_600_000);
  const negativeTtl = durationOption(options.negativeTtl, "negativeTtl", 300_000);
  const minRefreshInterval = durationOption(options.minRefreshInterval, "minRefreshInterval", 60_000);
  const maxEntries = integerOption(options.maxEntries, "maxEntries", 10_000, 1);
  const now = options.now ?? Date.now;
  const cache = new TtlCache<string, Entry>({ ttl, maxEntries, now });
  const loadEntry = async (keyId: string): Promise<Entry> => {
    let loaded: unknown;
    try {
      loaded = await load(keyId);
    } catch (error) {
      const refused = refusedBy(error);
      if (refused === null) throw error;
      return refused;
    }
    return toEntry(loaded, keyId);
  };
  const ttlOf = (entry: Entry): number => ("found" in entry ? ttl : negativeTtl);

  return {
    resolve(keyId: string, { refresh }: KeyResolveOptions): ResolvedKey | null | Promise<ResolvedKey | null> {
      const entry = cache.getEntry(keyId);
      const reload = entry !== undefined && refresh && now() - entry.storedAt >= minRefreshInterval;
      if (entry !== undefined && !reload) return answer(entry.value, keyId);
      return cache.load(keyId, loadEntry, { ttlOf, refresh: reload }).then((loaded) => answer(loaded, keyId));
    },
    clear(keyId?: string): void {
      if (keyId === undefined) cache.clear();
      else cache.delete(keyId);
    },
    get size(): number {
      return cache.size;
    },
  };
}
