import { Readable } from "node:stream";
import { integerOption } from "@fedikit/core";
import { Agent, type Dispatcher } from "undici";
import { createAddressGuard } from "./address-guard.js";
import { Deadline, type StartTimer, systemTimer } from "./deadline.js";
import { type FailureContext, toFetchError } from "./error-mapping.js";
import { FetchError } from "./fetch-error.js";
import { createGuardedLookup, systemLookup } from "./guarded-lookup.js";
import type { OutgoingBody } from "./outgoing-request.js";
import { normalizeRequest } from "./outgoing-request.js";
import { isRedirectStatus, nextHop } from "./redirect.js";
import { type CallBounds, callBounds, maxTimerMilliseconds } from "./request-bounds.js";
import { type SafeFetchInit, type SafeFetchOptions, safeFetchDefaults } from "./safe-fetch-options.js";
import { checkTarget } from "./target-check.js";
import { discard, firstHeader, toResponse } from "./undici-response.js";
import { defaultUserAgent } from "./user-agent.js";

/**
 * A `fetch`-compatible function with the guards of {@link createSafeFetch}; it can be passed
 * anywhere a `fetch` is expected.
 */
export interface SafeFetch {
  /**
   * Fetches like the standard `fetch`, within the instance's bounds, or those of
   * `init.fedikit` for this call (see {@link SafeFetchInit}).
   * @throws {FetchError} when a guard or bound stops the request, or the network fails.
   * @throws the abort reason of `init.signal` when the caller aborts.
   * @throws {TypeError} or {RangeError} for what `fetch` rejects too (a body on GET, a forbidden
   *   method) and for an `init.fedikit` bound out of range.
   */
  (input: string | URL | Request, init?: SafeFetchInit): Promise<Response>;
  /** Closes the pooled connections; the function still works afterwards, with a new pool. */
  close(): Promise<void>;
}

/**
 * What a test substitutes for the real world: the timer of the total `timeout`, and TLS options
 * for the connector (a loopback HTTPS server's certificate authority). Not exported.
 */
export interface SafeFetchEnvironment {
  readonly startTimer: StartTimer;
  readonly tls?: { readonly ca?: string | Buffer };
}

const realEnvironment: SafeFetchEnvironment = { startTimer: systemTimer };

function undiciBody(body: OutgoingBody | null): string | Uint8Array | Readable | null {
  if (!body) return null;
  return body.replayable
    ? body.data
    : Readable.fromWeb(body.data as import("node:stream/web").ReadableStream);
}

/**
 * Creates a `fetch`-compatible function for outbound requests to the fediverse, built on an undici
 * connection pool (keep-alive) and guarded against server-side request forgery:
 *
 * - only `http:` and `https:` (or only `https:` with `httpsOnly`);
 * - the host name is resolved once, the connection is refused if ANY address is non-public
 *   (see {@link classifyAddress}), and the socket connects to the checked address, so DNS
 *   rebinding cannot slip through; `localhost` names and IP-literal hosts in any notation are
 *   checked too;
 * - redirects are followed by hand, at most `maxRedirects`, each hop checked again before it is
 *   requested; a hop to another origin drops `Authorization`, `Cookie`, `Signature` and
 *   `Signature-Input`;
 * - connect and total timeouts, and a response size cap enforced while streaming.
 *
 * `timeout`, `maxBytes`, `maxRedirects` and `httpsOnly` can be set for one call through
 * `init.fedikit` ({@link SafeFetchInit}). Responses are standard `Response` objects; `url` and
 * `redirected` tell the final URL.
 *
 * @example
 * ```ts
 * const fetch = createSafeFetch({ timeout: 10_000, httpsOnly: true });
 * const response = await fetch("https://example.social/users/alice", {
 *   headers: { accept: "application/activity+json" },
 * });
 * ```
 * @throws {RangeError} for a bound out of range (the message names the option).
 * @throws {TypeError} for a bound that is not a number, or a malformed `allowedPrivateAddresses` entry.
 */
export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  return createSafeFetchWith(options, realEnvironment);
}

/** {@link createSafeFetch} in a given environment (tests pass a hand-fired timer and a CA). */
export function createSafeFetchWith(options: SafeFetchOptions, environment: SafeFetchEnvironment): SafeFetch {
  const guard = createAddressGuard(options);
  const connectTimeout = integerOption(
    options.connectTimeout,
    "connectTimeout",
    safeFetchDefaults.connectTimeout,
    1,
    maxTimerMilliseconds,
  );
  const instanceBounds: CallBounds = {
    timeout: integerOption(options.timeout, "timeout", safeFetchDefaults.timeout, 1, maxTimerMilliseconds),
    maxBytes: integerOption(options.maxBytes, "maxBytes", safeFetchDefaults.maxBytes),
    maxRedirects: integerOption(options.maxRedirects, "maxRedirects", safeFetchDefaults.maxRedirects),
    httpsOnly: options.httpsOnly === true,
  };
  const keepAliveTimeout = integerOption(
    options.keepAliveTimeout,
    "keepAliveTimeout",
    safeFetchDefaults.keepAliveTimeout,
    1,
    maxTimerMilliseconds,
  );
  const connections =
    options.maxConnectionsPerOrigin === undefined
      ? undefined
      : integerOption(options.maxConnectionsPerOrigin, "maxConnectionsPerOrigin", 0, 1);
  const userAgent = options.userAgent ?? defaultUserAgent;
  const lookup = createGuardedLookup(options.lookup ?? systemLookup, guard);
  const { startTimer } = environment;

  let agent: Agent | undefined;
  const dispatcher = (): Agent => {
    agent ??= new Agent({
      connect: { timeout: connectTimeout, lookup, ...environment.tls },
      keepAliveTimeout,
      ...(connections === undefined ? {} : { connections }),
    });
    return agent;
  };

  async function safeFetch(input: string | URL | Request, init?: SafeFetchInit): Promise<Response> {
    const bounds = callBounds(init?.fedikit, instanceBounds);
    const request = await normalizeRequest(input, init, userAgent);
    if (request.signal?.aborted) throw request.signal.reason;
    const { timeout, maxBytes, maxRedirects, httpsOnly } = bounds;
    const deadline = new Deadline(timeout, request.signal, startTimer);
    let hop = request;
    const failure = (): FailureContext => ({ url: hop.url.href, deadline, timeout, connectTimeout });
    const mapError = (error: unknown) => toFetchError(error, failure());
    try {
      for (let redirects = 0; ; redirects++) {
        // Every hop is checked before it is requested: scheme, httpsOnly, IP-literal hosts.
        checkTarget(hop.url, guard, httpsOnly);
        const data = await dispatcher().request({
          origin: hop.url.origin,
          path: hop.url.pathname + hop.url.search,
          method: hop.method as Dispatcher.HttpMethod,
          headers: Object.fromEntries(hop.headers),
          body: undiciBody(hop.body),
          signal: deadline,
          // undici's own idle timers, kept as a backstop behind the deadline.
          headersTimeout: timeout,
          bodyTimeout: timeout,
        });
        const location = isRedirectStatus(data.statusCode) ? firstHeader(data.headers, "location") : null;
        if (location === null || hop.redirect === "manual") {
          return await toResponse(data, {
            url: hop.url.href,
            method: hop.method,
            redirected: redirects > 0,
            maxBytes,
            deadline,
            mapError,
          });
        }
        discard(data.body);
        if (hop.redirect === "error") {
          throw new FetchError(
            "too_many_redirects",
            `Got a ${data.statusCode} redirect but redirect is "error"`,
            {
              url: hop.url.href,
            },
          );
        }
        if (redirects >= maxRedirects) {
          throw new FetchError(
            "too_many_redirects",
            `More than ${maxRedirects} redirects; raise maxRedirects (on createSafeFetch, or ` +
              "init.fedikit.maxRedirects for one request) if this chain is expected",
            { url: hop.url.href },
          );
        }
        hop = nextHop(hop, data.statusCode, location);
      }
    } catch (error) {
      deadline.clear();
      throw mapError(error);
    }
  }

  return Object.assign(safeFetch, {
    async close(): Promise<void> {
      const closing = agent;
      agent = undefined;
      await closing?.close();
    },
  });
}

let defaultInstance: SafeFetch | undefined;

/**
 * The shared default instance of {@link createSafeFetch} (all defaults: private addresses refused,
 * 30 s total timeout, 10 MiB cap, 5 redirects). Created on first use, not at import. To reach a
 * private address, make your own instance with `createSafeFetch({ allowedPrivateAddresses })`.
 */
export const safeFetch: SafeFetch = Object.assign(
  (input: string | URL | Request, init?: SafeFetchInit): Promise<Response> => {
    defaultInstance ??= createSafeFetch();
    return defaultInstance(input, init);
  },
  {
    async close(): Promise<void> {
      await defaultInstance?.close();
    },
  },
);
