import { isFetchError } from "@fedikit/fetch";
import { WebFingerError, type WebFingerErrorCode } from "../shared/webfinger-error.js";

/** The WebFinger error for an HTTP error status. */
export function statusError(status: number, statusText: string, url: string, what: string): WebFingerError {
  const answered = `answered ${status} ${statusText}`.trim();
  if (status === 404)
    return new WebFingerError("not_found", `${what}: the server ${answered}`, { url, status });
  if (status === 410) {
    return new WebFingerError("gone", `${what}: the server ${answered}; the resource was deleted`, {
      url,
      status,
    });
  }
  return new WebFingerError("http_status", `${what}: the server ${answered}`, { url, status });
}

function codeOf(error: unknown): WebFingerErrorCode {
  if (!isFetchError(error)) return "network";
  switch (error.code) {
    case "ssrf_blocked":
    case "bad_scheme":
      return "blocked";
    case "too_large":
    case "invalid_json":
    case "bad_content_type":
      return "invalid_response";
    case "http_status":
      return "http_status";
    default:
      return "network";
  }
}

/**
 * Turns whatever a fetch function or a body reader threw into a {@link WebFingerError} (one that
 * already is stays as it is); a caller's abort is re-thrown as it is, as `fetch` does.
 *
 * @throws the abort reason when `signal` is aborted.
 */
export function fetchFailure(
  error: unknown,
  url: string,
  what: string,
  signal: AbortSignal | undefined,
): WebFingerError {
  if (signal?.aborted) throw signal.reason;
  if (error instanceof WebFingerError) return error;
  if (isFetchError(error) && error.code === "http_status" && error.status !== undefined) {
    return statusError(error.status, "", url, what);
  }
  let message = error instanceof Error ? error.message : String(error);
  // A FetchError names its URL at the end; the WebFingerError names it once, with its own.
  if (isFetchError(error) && message.endsWith(` (${error.url})`))
    message = message.slice(0, -error.url.length - 3);
  return new WebFingerError(codeOf(error), `${what}: ${message}`, {
    url,
    cause: error,
    ...(isFetchError(error) && error.status !== undefined ? { status: error.status } : {}),
  });
}
