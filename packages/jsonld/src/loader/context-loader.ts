import type { FetchFunction, Result } from "@fedikit/core";
import type { JsonObject } from "../contexts/bundled-contexts.js";
import type { JsonLdError } from "../jsonld-error.js";

/** A context document a {@link ContextLoader} found, and where it found it. */
export interface LoadedContext {
  /** The URL it is filed under (a bundled context's canonical URL; a remote one's final URL). */
  readonly url: string;
  /** The context document (frozen: never modify it). */
  readonly document: JsonObject;
  /** `"bundled"`: carried by this package; `"given"`: passed in `contexts`; `"remote"`: fetched. */
  readonly source: "bundled" | "given" | "remote";
}

/**
 * Where JSON-LD contexts come from: memory first (the bundled contexts and any given ones), and
 * the network only when its creator allowed it. Make one with {@link createContextLoader} and
 * share it: its cache of remote contexts lives in it.
 */
export interface ContextLoader {
  /** Whether contexts that are not in memory may be fetched. */
  readonly allowsRemoteContexts: boolean;
  /** The context for `url` from memory (bundled or given), or `undefined`; never fetches. */
  local(url: string): LoadedContext | undefined;
  /**
   * The context for `url`: from memory, else from the cache, else fetched (when allowed).
   * Fails with `remote_context_blocked` when remote contexts are not allowed, with the fetch's
   * code when fetching fails, and with `context_origin_mismatch` when the response came from
   * another origin than `url`. Rejects only when `signal` aborts, with its reason.
   */
  load(url: string, options?: { readonly signal?: AbortSignal }): Promise<Result<LoadedContext, JsonLdError>>;
}

/** Options of {@link createContextLoader}. */
export interface ContextLoaderOptions {
  /**
   * Fetch contexts that are neither bundled nor given (through `fetch`, within `maxBytes` and
   * `timeout`, cached for `ttl`). Off by default: a document that names an unknown context fails
   * with `remote_context_blocked`, and nothing goes to the network.
   * @defaultValue `false`
   */
  readonly allowRemoteContexts?: boolean;
  /**
   * More context documents to serve from memory, by URL (your own vocabulary's context, say).
   * They may not replace a bundled context.
   * @defaultValue none
   */
  readonly contexts?: ReadonlyMap<string, JsonObject>;
  /**
   * How remote contexts are fetched. Keep the SSRF guard: pass a `createSafeFetch` instance, or
   * a wrapper around one.
   * @defaultValue `safeFetch` from `@fedikit/fetch`
   */
  readonly fetch?: FetchFunction;
  /**
   * Largest remote context document, in bytes.
   * @defaultValue `1_048_576` (1 MiB)
   */
  readonly maxBytes?: number;
  /**
   * Milliseconds to fetch one remote context, redirects and body included.
   * @defaultValue `10_000`
   */
  readonly timeout?: number;
  /**
   * Milliseconds a fetched context is served from the cache.
   * @defaultValue `3_600_000` (1 hour)
   */
  readonly ttl?: number;
  /**
   * Milliseconds a failed fetch is remembered, so a hostile document cannot make the loader
   * fetch the same failing URL again and again.
   * @defaultValue `60_000`
   */
  readonly negativeTtl?: number;
  /**
   * Most remote contexts kept in the cache; the least recently used goes first.
   * @defaultValue `100`
   */
  readonly maxEntries?: number;
  /**
   * The clock, in epoch milliseconds, for the cache.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}

/** Defaults of {@link ContextLoaderOptions}, as numbers. */
export const contextLoaderDefaults = {
  maxBytes: 1024 * 1024,
  timeout: 10_000,
  ttl: 3_600_000,
  negativeTtl: 60_000,
  maxEntries: 100,
} as const;
