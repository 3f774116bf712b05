import type { AddressGuardOptions } from "./address-guard.js";
import type { HostLookup } from "./guarded-lookup.js";

/**
 * Options of {@link createSafeFetch}. Every bound has a safe default; `timeout`, `maxBytes`,
 * `maxRedirects` and `httpsOnly` can also be set for one call (see {@link SafeFetchInit}).
 */
export interface SafeFetchOptions extends AddressGuardOptions {
  /**
   * Refuse plain `http:` URLs, on the first request and on every redirect hop (a hop to `http:`
   * is refused before it is requested).
   * @defaultValue `false`
   */
  readonly httpsOnly?: boolean;
  /**
   * Milliseconds to resolve the host and open the connection (TLS handshake included), from 1
   * to 2^31 − 1 (about 24.8 days), as for every duration here.
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
  readonly maxBytes?: number;
  /**
   * Redirects followed before failing with `too_many_redirects`; `0` follows none.
   * @defaultValue `5`
   */
  readonly maxRedirects?: number;
  /**
   * `User-Agent` for requests that set none.
   * @defaultValue {@link defaultUserAgent}, e.g. `Fedikit/0.1.0 (@fedikit/fetch; +https://github.com/fedikit/fedikit)`
   */
  readonly userAgent?: string;
  /**
   * Resolves host names; every address it returns is checked before the connection is made, and
   * the socket connects only to addresses it returned.
   * @defaultValue {@link systemLookup} (`dns.lookup`, honouring `/etc/hosts`)
   */
  readonly lookup?: HostLookup;
  /**
   * Milliseconds an idle keep-alive connection stays in the pool.
   * @defaultValue `4_000`
   */
  readonly keepAliveTimeout?: number;
  /**
   * Most connections open at once to one origin; further requests wait for a free one.
   * @defaultValue `undefined` (no limit)
   */
  readonly maxConnectionsPerOrigin?: number;
}

/**
 * Bounds for one call of a {@link SafeFetch}, passed as `init.fedikit`. Each number replaces the
 * instance's value for that call (higher or lower); `httpsOnly: true` adds the https-only rule
 * for that call, while `false` cannot lift an instance's `httpsOnly: true`.
 */
export interface SafeFetchRequestOptions {
  /**
   * Milliseconds for this whole exchange (every redirect hop and the body).
   * @defaultValue the instance's `timeout`
   */
  readonly timeout?: number;
  /**
   * Largest response body in bytes for this call.
   * @defaultValue the instance's `maxBytes`
   */
  readonly maxBytes?: number;
  /**
   * Redirects followed for this call; `0` follows none (the redirect fails with
   * `too_many_redirects`; use `redirect: "manual"` to get it as a response).
   * @defaultValue the instance's `maxRedirects`
   */
  readonly maxRedirects?: number;
  /**
   * Refuse `http:` for this call, on the first request and on every redirect hop, before the hop
   * is requested.
   * @defaultValue the instance's `httpsOnly`
   */
  readonly httpsOnly?: boolean;
}

/**
 * The `init` a {@link SafeFetch} reads: a standard `RequestInit` plus `fedikit`, the bounds of
 * this one call. Any other `fetch` ignores the field, so code that takes any fetch can always
 * pass it. It is read from `init` only (a `Request` object drops unknown fields), so a wrapper
 * that forwards calls (a signing fetch) must pass `init` on.
 *
 * @example
 * ```ts
 * const init: SafeFetchInit = { headers, fedikit: { timeout: 5_000, maxRedirects: 0 } };
 * const response = await fetch(url, init);
 * ```
 */
export interface SafeFetchInit extends RequestInit {
  /**
   * Bounds for this call only.
   * @defaultValue the instance's bounds
   */
  readonly fedikit?: SafeFetchRequestOptions;
}

/** Defaults of {@link SafeFetchOptions}, as numbers. */
export const safeFetchDefaults = {
  connectTimeout: 10_000,
  timeout: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  keepAliveTimeout: 4_000,
} as const;
