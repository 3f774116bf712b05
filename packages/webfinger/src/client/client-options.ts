import { type FetchFunction, integerOption } from "@fedikit/core";
import { safeFetch } from "@fedikit/fetch";
import type { HostMetaCache } from "./host-meta-cache.js";

/** How the client functions fetch: shared by every lookup, resolution and verification. */
export interface WebFingerClientOptions {
  /**
   * The `fetch` to use: any fetch-compatible function, e.g. a configured `createSafeFetch` (for
   * private addresses in tests and local federation: `createSafeFetch({ allowPrivateAddress:
   * true })`), or a wrapper that signs requests. Whatever it is, bodies are read within
   * `maxBytes`, and redirects are followed by this package (see `maxRedirects`).
   * @defaultValue `safeFetch` of `@fedikit/fetch` (SSRF guard, 30 s timeout)
   */
  readonly fetch?: FetchFunction;
  /**
   * Query WebFinger and host-meta over `https:` only, and refuse redirects and `self` links to
   * plain `http:`, as RFC 7033 requires. `false` queries over plain `http:`: for tests and local
   * development only.
   * @defaultValue `true`
   */
  readonly httpsOnly?: boolean;
  /**
   * Largest JRD or actor document in bytes; a larger one fails with `too_large`.
   * @defaultValue `1_048_576` (1 MiB, what Mastodon allows for fetched JSON)
   */
  readonly maxBytes?: number;
  /**
   * Largest host-meta document in bytes; a larger one fails with `too_large`. Real ones are
   * under 2 KB, and parsing XML is slow enough that a big one would stall the event loop.
   * @defaultValue `16_384` (16 KiB)
   */
  readonly maxHostMetaBytes?: number;
  /**
   * Deepest nesting of a JSON body; a deeper one fails with `invalid_json`.
   * @defaultValue `64`
   */
  readonly maxDepth?: number;
  /**
   * Redirects followed per request (WebFinger, host-meta, the actor). They are followed here,
   * not by `fetch`, so that a hop to plain `http:` or another scheme is refused before it is
   * requested; `0` follows none. More fail with `too_many_redirects`.
   * @defaultValue `5`
   */
  readonly maxRedirects?: number;
  /**
   * Try host-meta (`/.well-known/host-meta`, then `/.well-known/host-meta.json`) and its `lrdd`
   * template when `/.well-known/webfinger` answers 404, answers something that is not a JRD, or
   * cannot be reached.
   * @defaultValue `true`
   */
  readonly hostMetaFallback?: boolean;
  /**
   * Remembers each host's host-meta outcome, found or not, so that a burst of lookups of unknown
   * accounts on one host reads its host-meta once; see {@link createHostMetaCache}. Without one,
   * every fallback fetches host-meta again.
   * @defaultValue none (no caching)
   */
  readonly hostMetaCache?: HostMetaCache;
  /**
   * Aborts every request; the functions then reject with the signal's reason, as `fetch` does.
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/** {@link WebFingerClientOptions} with every default filled in. */
export interface ClientSettings {
  readonly fetch: FetchFunction;
  readonly httpsOnly: boolean;
  readonly maxBytes: number;
  readonly maxHostMetaBytes: number;
  readonly maxDepth: number;
  readonly maxRedirects: number;
  readonly hostMetaFallback: boolean;
  readonly hostMetaCache: HostMetaCache | undefined;
  readonly signal: AbortSignal | undefined;
}

/** Defaults of {@link WebFingerClientOptions}. */
export const clientDefaults = {
  maxBytes: 1024 * 1024,
  maxHostMetaBytes: 16 * 1024,
  maxDepth: 64,
  maxRedirects: 5,
} as const;

function booleanOption(value: boolean | undefined, name: string, defaultValue: boolean): boolean {
  if (value === undefined) return defaultValue;
  if (typeof value !== "boolean") throw new TypeError(`${name} must be true or false, not ${typeof value}.`);
  return value;
}

/**
 * Fills in the defaults of {@link WebFingerClientOptions}.
 * @throws {TypeError} or `RangeError` naming the option, for a bound that is not an integer
 *   of at least 1 (`maxRedirects`: at least 0), a flag that is not a boolean, or a `fetch` that is
 *   not a function.
 */
export function clientSettings(options: WebFingerClientOptions): ClientSettings {
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new TypeError(`fetch must be a function, not ${typeof options.fetch}.`);
  }
  return {
    fetch: options.fetch ?? safeFetch,
    httpsOnly: booleanOption(options.httpsOnly, "httpsOnly", true),
    maxBytes: integerOption(options.maxBytes, "maxBytes", clientDefaults.maxBytes, 1),
    maxHostMetaBytes: integerOption(
      options.maxHostMetaBytes,
      "maxHostMetaBytes",
      clientDefaults.maxHostMetaBytes,
      1,
    ),
    maxDepth: integerOption(options.maxDepth, "maxDepth", clientDefaults.maxDepth, 1),
    maxRedirects: integerOption(options.maxRedirects, "maxRedirects", clientDefaults.maxRedirects, 0),
    hostMetaFallback: booleanOption(options.hostMetaFallback, "hostMetaFallback", true),
    hostMetaCache: options.hostMetaCache,
    signal: options.signal,
  };
}
