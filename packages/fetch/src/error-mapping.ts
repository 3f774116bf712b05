import type { Deadline } from "./deadline.js";
import { FetchError } from "./fetch-error.js";
import { BlockedAddressError } from "./guarded-lookup.js";
import { quoteRemote } from "./quote-remote.js";
import { ssrfError } from "./target-check.js";

/** What {@link toFetchError} needs to know about the exchange that failed. */
export interface FailureContext {
  readonly url: string;
  readonly deadline: Deadline;
  /** The total timeout in force for this call, in milliseconds. */
  readonly timeout: number;
  readonly connectTimeout: number;
}

/** The most characters of the causes' messages quoted (they can contain a host name). */
const maxDetailLength = 300;

/** How many causes are followed; a cycle of causes stops there too. */
const maxCauseDepth = 8;

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current != null && chain.length < maxCauseDepth; ) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * Turns whatever undici, the socket or the lookup threw into a {@link FetchError}, except a
 * caller's own abort, whose reason is passed through as `fetch` does.
 */
export function toFetchError(
  error: unknown,
  { url, deadline, timeout, connectTimeout }: FailureContext,
): unknown {
  if (deadline.userAborted) return deadline.reason;
  if (deadline.timedOut) {
    return new FetchError(
      "timeout",
      `No complete response within ${timeout} ms; raise timeout (on createSafeFetch, or init.fedikit.timeout ` +
        "for one request) if this server is known to be slow",
      { url, cause: error },
    );
  }
  for (const cause of causes(error)) {
    if (cause instanceof FetchError) return cause;
    if (cause instanceof BlockedAddressError) {
      return ssrfError(url, `${cause.hostname} (${cause.address})`, cause.address, cause.reason);
    }
    const code = (cause as { code?: unknown }).code;
    if (code === "UND_ERR_CONNECT_TIMEOUT") {
      return new FetchError(
        "timeout",
        `Could not connect within ${connectTimeout} ms; raise connectTimeout on createSafeFetch if the host is slow to answer`,
        { url, cause: error },
      );
    }
    if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
      return new FetchError("timeout", `The server stopped sending within ${timeout} ms`, {
        url,
        cause: error,
      });
    }
  }
  const detail = causes(error)
    .map((cause) => (cause instanceof Error ? cause.message : String(cause)))
    .filter((message) => message && message !== "fetch failed")
    .join(": ");
  return new FetchError(
    "network",
    `The request failed: ${quoteRemote(detail || "unknown network error", maxDetailLength)}`,
    {
      url,
      cause: error,
    },
  );
}
