import { isFetchError } from "@fedikit/fetch";
import { JsonLdError, type JsonLdErrorCode, quote } from "../jsonld-error.js";

/**
 * A failed context fetch as a {@link JsonLdError} with the fetch's own code (`ssrf_blocked`,
 * `too_large` …) and the `FetchError` as its cause; anything a custom `fetch` threw is `network`.
 */
export function fetchFailure(url: string, error: unknown): JsonLdError {
  const code: JsonLdErrorCode = isFetchError(error) ? error.code : "network";
  const reason = error instanceof Error ? error.message : String(error);
  return new JsonLdError(code, `Fetching the context ${quote(url)} failed: ${reason}`, { url, cause: error });
}
