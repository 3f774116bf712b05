import type { FetchFunction } from "@fedikit/core";
import { jsonReadDefaults, safeFetch, safeFetchDefaults } from "@fedikit/fetch";

/** How the client functions fetch: shared by every lookup, resolution and verification. */
export interface WebFingerClientOptions {
  /**
   * The `fetch` to use: any fetch-compatible function, e.g. a configured `createSafeFetch`, or a
   * wrapper that signs requests. Whatever it is, bodies are read within `maxBytes`/`maxDepth`.
   * @defaultValue `safeFetch` of `@fedikit/fetch` (SSRF guard, 30 s timeout)
   */
  readonly fetch?: FetchFunction;
  /**
   * The scheme WebFinger and host-meta are queried over. RFC 7033 requires `https:`; `http:` is
   * for tests and local development only, and also lets redirects lead to `http:` URLs.
   * @defaultValue `"https:"`
   */
  readonly protocol?: "https:" | "http:";
  /**
   * Largest response body in bytes (JRD, XRD or actor document); larger ones fail with
   * `invalid_response`.
   * @defaultValue `1_048_576` (1 MiB)
   */
  readonly maxBytes?: number;
  /**
   * Deepest nesting of a JSON body; deeper ones fail with `invalid_response`.
   * @defaultValue `64`
   */
  readonly maxDepth?: number;
  /**
   * Redirects followed per request (WebFinger, host-meta, the actor). They are followed here,
   * not by `fetch`, so that a hop to plain `http:` or another scheme is refused before it is
   * requested; `0` follows none.
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
   * Aborts every request; the functions then reject with the signal's reason, as `fetch` does.
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/** {@link WebFingerClientOptions} with every default filled in. */
export interface ClientSettings {
  readonly fetch: FetchFunction;
  readonly protocol: "https:" | "http:";
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxRedirects: number;
  readonly hostMetaFallback: boolean;
  readonly signal: AbortSignal | undefined;
}

function bound(name: string, value: number | undefined, fallback: number, least = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < least) {
    throw new TypeError(
      `${name} must be ${least === 0 ? "a non-negative" : "a positive"} integer, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * Fills in the defaults of {@link WebFingerClientOptions}.
 * @throws {TypeError} for a bound that is not a positive integer (`maxRedirects`: non-negative)
 *   or an unknown protocol.
 */
export function clientSettings(options: WebFingerClientOptions): ClientSettings {
  const protocol = options.protocol ?? "https:";
  if (protocol !== "https:" && protocol !== "http:") {
    throw new TypeError(`protocol must be "https:" or "http:", got ${JSON.stringify(protocol)}`);
  }
  return {
    fetch: options.fetch ?? safeFetch,
    protocol,
    maxBytes: bound("maxBytes", options.maxBytes, jsonReadDefaults.maxBytes),
    maxDepth: bound("maxDepth", options.maxDepth, jsonReadDefaults.maxDepth),
    maxRedirects: bound("maxRedirects", options.maxRedirects, safeFetchDefaults.maxRedirects, 0),
    hostMetaFallback: options.hostMetaFallback ?? true,
    signal: options.signal,
  };
}
