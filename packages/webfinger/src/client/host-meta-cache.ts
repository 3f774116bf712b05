import { durationOption, integerOption, type Result, TtlCache } from "@fedikit/core";
import type { Jrd } from "../documents/jrd.js";
import type { WebFingerError } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";

/** What {@link lookupHostMeta} finds. */
export interface HostMetaFound {
  /** The host-meta document; an XRD is converted to its JRD form (RFC 6415 Appendix A). */
  readonly hostMeta: Jrd;
  /** The URL it came from, after redirects. */
  readonly url: string;
}

/** The result of {@link lookupHostMeta}: the document, or why there is none. */
export type LookupHostMetaResult = Result<HostMetaFound, WebFingerError, WebFingerWarning>;

/**
 * Remembers the host-meta outcome of each origin (`https://example.social`), found or not, for
 * the lookups it is passed to as `hostMetaCache`. Made by {@link createHostMetaCache}; an
 * application may bring its own (shared between processes, say).
 */
export interface HostMetaCache {
  /**
   * The outcome remembered for `origin` while it is fresh; otherwise what `load` gives, which is
   * then remembered. A `load` that rejects (the caller aborted) is not remembered.
   */
  lookup(origin: string, load: () => Promise<LookupHostMetaResult>): Promise<LookupHostMetaResult>;
  /** Forgets every origin. */
  clear(): void;
}

/** Options of {@link createHostMetaCache}. */
export interface HostMetaCacheOptions {
  /**
   * Milliseconds a found host-meta document is reused.
   * @defaultValue `86_400_000` (one day)
   */
  readonly ttl?: number;
  /**
   * Milliseconds a failure (no host-meta, an invalid one, an unreachable host) is remembered, so
   * that lookups of unknown accounts do not fetch and parse host-meta each time.
   * @defaultValue `3_600_000` (one hour)
   */
  readonly negativeTtl?: number;
  /**
   * The most origins remembered; the least recently used goes first.
   * @defaultValue `10_000`
   */
  readonly maxEntries?: number;
  /**
   * The clock, in epoch milliseconds (tests pass a fake one).
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}

/**
 * Creates a bounded, expiring memory of host-meta outcomes per origin, on core's `TtlCache`. Pass
 * it as `hostMetaCache` to the lookups that should share it: a host whose WebFinger endpoint
 * answers 404 then has its host-meta read once per `negativeTtl`, not once per unknown account.
 *
 * @example
 * ```ts
 * import { createHostMetaCache, lookupWebFinger } from "@fedikit/webfinger/client";
 *
 * const hostMetaCache = createHostMetaCache({ negativeTtl: 10 * 60_000 });
 * const result = await lookupWebFinger("acct:nobody@example.social", { hostMetaCache });
 * ```
 * @throws {TypeError} or `RangeError` naming the option, for an option out of range.
 */
export function createHostMetaCache(options: HostMetaCacheOptions = {}): HostMetaCache {
  const ttl = durationOption(options.ttl, "ttl", 86_400_000);
  const negativeTtl = durationOption(options.negativeTtl, "negativeTtl", 3_600_000);
  const maxEntries = integerOption(options.maxEntries, "maxEntries", 10_000, 1);
  const cache = new TtlCache<string, LookupHostMetaResult>({
    ttl,
    maxEntries,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return {
    async lookup(origin, load) {
      const cached = cache.get(origin);
      if (cached !== undefined) return cached;
      // Not TtlCache.load: its shared in-flight promise would hand one caller's abort to others.
      const result = await load();
      cache.set(origin, result, result.ok ? ttl : negativeTtl);
      return result;
    },
    clear() {
      cache.clear();
    },
  };
}
