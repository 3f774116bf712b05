import { Readable } from "node:stream";
import { Agent, type Dispatcher } from "undici";
import { createAddressGuard } from "./address-guard.js";
import { Deadline } from "./deadline.js";
import { type FailureContext, toFetchError } from "./error-mapping.js";
import { FetchError } from "./fetch-error.js";
import { createGuardedLookup, systemResolver } from "./guarded-lookup.js";
import type { OutgoingBody, OutgoingRequest } from "./outgoing-request.js";
import { normalizeRequest } from "./outgoing-request.js";
import { isRedirectStatus, nextHop } from "./redirect.js";
import { toBodyStream, tooLargeError } from "./response-body.js";
import { type SafeFetchOptions, safeFetchDefaults } from "./safe-fetch-options.js";
import { checkTarget } from "./target-check.js";
import { defaultUserAgent } from "./user-agent.js";

/**
 * A `fetch`-compatible function with the guards of {@link createSafeFetch}; it can be passed
 * anywhere a `fetch` is expected.
 */
export interface SafeFetch {
  /**
   * Fetches like the standard `fetch`, within the instance's bounds.
   * @throws {FetchError} when a guard or bound stops the request, or the network fails.
   * @throws the abort reason of `init.signal` when the caller aborts.
   */
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Closes the pooled connections; the function still works afterwards, with a new pool. */
  close(): Promise<void>;
}

const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** Bodies up to this size with a declared `Content-Length` are read before the `Response` is returned. */
const eagerBodyBytes = 64 * 1024;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function undiciBody(body: OutgoingBody | null): string | Uint8Array | Readable | null {
  if (!body) return null;
  return body.replayable
    ? body.data
    : Readable.fromWeb(body.data as import("node:stream/web").ReadableStream);
}

/** Reads and drops a body we do not hand out, so its connection can go back to the pool. */
function discard(body: Dispatcher.ResponseData["body"]): void {
  body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function firstHeader(headers: Dispatcher.ResponseData["headers"], name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** undici's header record as `Response` headers; repeated fields (e.g. `set-cookie`) stay separate. */
function toHeaders(raw: Dispatcher.ResponseData["headers"]): HeadersInit {
  let pairs: [string, string][] | undefined;
  for (const name in raw) {
    if (Array.isArray(raw[name])) {
      pairs = [];
      break;
    }
  }
  // The common case: no repeated field, and a plain record is the cheapest init Response takes.
  if (!pairs) return raw as Record<string, string>;
  for (const name in raw) {
    const value = raw[name];
    if (Array.isArray(value)) for (const item of value) pairs.push([name, item]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
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
 * - redirects are followed by hand, at most `maxRedirects`, each hop checked again; a hop to
 *   another origin drops `Authorization`, `Cookie`, `Signature` and `Signature-Input`;
 * - connect and total timeouts, and a response size cap enforced while streaming.
 *
 * Responses are standard `Response` objects; `url` and `redirected` tell the final URL.
 *
 * @example
 * ```ts
 * const fetch = createSafeFetch({ timeout: 10_000, httpsOnly: true });
 * const response = await fetch("https://example.social/users/alice", {
 *   headers: { accept: "application/activity+json" },
 * });
 * ```
 * @throws {TypeError} for invalid options (negative bounds, a malformed `allowedPrivateAddresses` entry).
 */
export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const guard = createAddressGuard(options);
  const httpsOnly = options.httpsOnly ?? false;
  const connectTimeout = positiveInteger(
    "connectTimeout",
    options.connectTimeout,
    safeFetchDefaults.connectTimeout,
  );
  const timeout = positiveInteger("timeout", options.timeout, safeFetchDefaults.timeout);
  const maxBytes = positiveInteger(
    "maxResponseBytes",
    options.maxResponseBytes,
    safeFetchDefaults.maxResponseBytes,
  );
  const maxRedirects = positiveInteger("maxRedirects", options.maxRedirects, safeFetchDefaults.maxRedirects);
  const keepAliveTimeout = positiveInteger(
    "keepAliveTimeout",
    options.keepAliveTimeout,
    safeFetchDefaults.keepAliveTimeout,
  );
  const connections = options.connectionsPerOrigin;
  if (connections !== undefined) positiveInteger("connectionsPerOrigin", connections, 0);
  const userAgent = options.userAgent ?? defaultUserAgent;
  const lookup = createGuardedLookup(options.resolve ?? systemResolver, guard);

  let agent: Agent | undefined;
  const dispatcher = (): Agent => {
    agent ??= new Agent({
      connect: { timeout: connectTimeout, lookup },
      keepAliveTimeout,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      ...(connections === undefined ? {} : { connections }),
    });
    return agent;
  };

  async function toResponse(
    data: Dispatcher.ResponseData,
    hop: OutgoingRequest,
    redirected: boolean,
    failure: FailureContext,
  ): Promise<Response> {
    const { statusCode } = data;
    const url = hop.url.href;
    if (statusCode < 200 || statusCode > 599) {
      data.body.destroy();
      throw new FetchError("network", `The server answered with an invalid status ${statusCode}`, { url });
    }
    const declaredLength = firstHeader(data.headers, "content-length");
    const declared = declaredLength === null ? Number.NaN : Number(declaredLength);
    if (declared > maxBytes) {
      data.body.destroy();
      throw tooLargeError(url, maxBytes);
    }
    const contentEncoding = firstHeader(data.headers, "content-encoding");
    let body: ReadableStream<Uint8Array> | ArrayBuffer | null = null;
    if (hop.method === "HEAD" || nullBodyStatuses.has(statusCode)) {
      discard(data.body);
      failure.deadline.clear();
    } else if (declared <= eagerBodyBytes && contentEncoding === null) {
      // A small body of known length is read now: it is usually in the same packets as the
      // headers, and a byte body is far cheaper to hand out than a stream.
      body = await data.body.arrayBuffer();
      failure.deadline.clear();
    } else {
      body = toBodyStream(data.body, {
        url,
        maxBytes,
        contentEncoding,
        mapError: (error) => toFetchError(error, failure),
        onSettled: () => failure.deadline.clear(),
      });
    }
    const response = new Response(body, {
      status: statusCode,
      statusText: data.statusText,
      headers: toHeaders(data.headers),
    });
    Object.defineProperty(response, "url", { value: url });
    if (redirected) Object.defineProperty(response, "redirected", { value: true });
    return response;
  }

  async function safeFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = await normalizeRequest(input, init, userAgent);
    if (request.signal?.aborted) throw request.signal.reason;
    const deadline = new Deadline(timeout, request.signal);
    let hop = request;
    const failure = (): FailureContext => ({ url: hop.url.href, deadline, timeout, connectTimeout });
    try {
      for (let redirects = 0; ; redirects++) {
        checkTarget(hop.url, guard, httpsOnly);
        const data = await dispatcher().request({
          origin: hop.url.origin,
          path: hop.url.pathname + hop.url.search,
          method: hop.method as Dispatcher.HttpMethod,
          headers: Object.fromEntries(hop.headers),
          body: undiciBody(hop.body),
          signal: deadline,
        });
        const location = isRedirectStatus(data.statusCode) ? firstHeader(data.headers, "location") : null;
        if (location === null || hop.redirect === "manual")
          return await toResponse(data, hop, redirects > 0, failure());
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
            `More than ${maxRedirects} redirects; raise maxRedirects if this chain is expected`,
            { url: hop.url.href },
          );
        }
        hop = nextHop(hop, data.statusCode, location);
      }
    } catch (error) {
      deadline.clear();
      throw toFetchError(error, failure());
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
 * 30 s total timeout, 10 MiB cap, 5 redirects). Created on first use, not at import.
 */
export const safeFetch: SafeFetch = Object.assign(
  (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    defaultInstance ??= createSafeFetch();
    return defaultInstance(input, init);
  },
  {
    async close(): Promise<void> {
      await defaultInstance?.close();
    },
  },
);
