import type { Deadline } from "./deadline.js";
import { FetchError } from "./fetch-error.js";
import { BlockedAddressError } from "./guarded-lookup.js";
import { ssrfError } from "./target-check.js";

/** What {@link toFetchError} needs to know about the exchange that failed. */
export interface FailureContext {
  readonly url: string;
  readonly deadline: Deadline;
  readonly timeout: number;
  readonly connectTimeout: number;
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current != null && chain.length < 8; ) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * Turns whatever undici, the socket or the resolver threw into a {@link FetchError}, except a
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
      `No complete response within ${timeout} ms; raise the timeout option if this server is known to be slow`,
      { url, cause: error },
    );
  }
  for (const cause of causes(error)) {
    if (cause instanceof FetchError) return cause;
    if (cause instanceof BlockedAddressError)
      return ssrfError(url, `${cause.hostname} (${cause.address})`, cause.reason);
    const code = (cause as { code?: unknown }).code;
    if (code === "UND_ERR_CONNECT_TIMEOUT") {
      return new FetchError(
        "timeout",
        `Could not connect within ${connectTimeout} ms; raise connectTimeout if the host is slow to answer`,
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
  return new FetchError("network", `The request failed: ${detail || "unknown network error"}`, {
    url,
    cause: error,
  });
}
