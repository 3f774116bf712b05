import type { AddressGuardOptions } from "./address-guard.js";
import type { HostResolver } from "./guarded-lookup.js";

/**
 * Options of {@link createSafeFetch}. Every bound has a safe default.
 */
export interface SafeFetchOptions extends AddressGuardOptions {
  /**
   * Refuse plain `http:` URLs, on the first request and on every redirect.
   * @defaultValue `false`
   */
  readonly httpsOnly?: boolean;
  /**
   * Milliseconds to resolve the host and open the connection (TLS handshake included).
   * @defaultValue `10_000`
   */
  readonly connectTimeout?: number;
  /**
   * Milliseconds for the whole exchange: every redirect hop and reading the whole body.
   * @defaultValue `30_000`
   */
  readonly timeout?: number;
  /**
   * Largest response body in bytes, after `Content-Encoding` is decoded. A bigger body fails with
   * `too_large` as soon as the cap is passed; it is never buffered whole.
   * @defaultValue `10_485_760` (10 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * Redirects followed before failing with `too_many_redirects`.
   * @defaultValue `5`
   */
  readonly maxRedirects?: number;
  /**
   * `User-Agent` for requests that set none.
   * @defaultValue {@link defaultUserAgent}, e.g. `Fedikit/0.1.0 (@fedikit/fetch; +https://github.com/fedikit/fedikit)`
   */
  readonly userAgent?: string;
  /**
   * Resolves host names; every address it returns is checked before the connection is made.
   * @defaultValue {@link systemResolver} (`dns.lookup`, honouring `/etc/hosts`)
   */
  readonly resolve?: HostResolver;
  /**
   * Milliseconds an idle keep-alive connection stays in the pool.
   * @defaultValue `4_000`
   */
  readonly keepAliveTimeout?: number;
  /**
   * Most connections open at once to one origin; further requests wait for a free one.
   * @defaultValue `undefined` (no limit)
   */
  readonly connectionsPerOrigin?: number;
}

/** Defaults of {@link SafeFetchOptions}, as numbers. */
export const safeFetchDefaults = {
  connectTimeout: 10_000,
  timeout: 30_000,
  maxResponseBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  keepAliveTimeout: 4_000,
} as const;
