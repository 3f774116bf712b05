import { shortened } from "./message-text.js";

/**
 * Stable reasons for a {@link WebFingerError}.
 *
 * - `invalid_resource`: the handle or resource to look up is malformed, or names no host to ask.
 * - `not_found`: the server has no such resource (404, also after the host-meta fallback).
 * - `gone`: the resource existed and was deleted (410).
 * - `http_status`: any other error status (403, 429, 5xx …); see {@link WebFingerError.status}.
 * - `invalid_response`: the answer is unusable: wrong content type, invalid or oversized JSON, a
 *   JRD that breaks RFC 7033, a host-meta document that is not valid XRD (or declares entities).
 * - `blocked`: the request was refused before it left, or on a redirect: a private or loopback
 *   address (SSRF guard), or a plain `http:` URL where only `https:` is allowed.
 * - `network`: the server could not be reached: DNS, connection, TLS, timeout, redirect loop.
 * - `no_actor_link`: the JRD has no `self` link with an ActivityPub media type.
 * - `subject_mismatch`: the JRD names another account as canonical and that account's own server
 *   does not confirm it, or the chain of canonical subjects goes on past one step.
 * - `actor_mismatch`: the loop-back check failed: the account's WebFinger `self` link is not the
 *   actor's `id`, or the document at the `self` link has another `id`.
 * - `handle_mismatch`: the actor verifies as another account than the one expected.
 * - `invalid_actor`: the actor document has no usable `id`, or neither `preferredUsername` nor
 *   `webfinger`.
 */
export type WebFingerErrorCode =
  | "invalid_resource"
  | "not_found"
  | "gone"
  | "http_status"
  | "invalid_response"
  | "blocked"
  | "network"
  | "no_actor_link"
  | "subject_mismatch"
  | "actor_mismatch"
  | "handle_mismatch"
  | "invalid_actor";

/** What a {@link WebFingerError} is built from besides its code and message. */
export interface WebFingerErrorDetails {
  /** The URL that was being fetched, if the failure concerns one. */
  readonly url?: string;
  /** The HTTP status, for `not_found`, `gone` and `http_status`. */
  readonly status?: number;
  /** The underlying error (a `FetchError`, an `AcctSyntaxError` …), when there is one. */
  readonly cause?: unknown;
}

const maxMessageLength = 2000;

/** How a URL is appended to a message. */
function urlSuffix(url: string): string {
  return ` (${shortened(url, 500)})`;
}

/**
 * Why a WebFinger lookup, handle resolution or actor verification failed. The client functions
 * return it inside a failed result instead of throwing; switch on {@link WebFingerError.code}.
 */
export class WebFingerError extends Error {
  /** Why it failed; stable across versions. */
  readonly code: WebFingerErrorCode;
  /** The URL that was being fetched, if the failure concerns one; otherwise `undefined`. */
  readonly url: string | undefined;
  /** The HTTP status of the answer, where there was one; otherwise `undefined`. */
  readonly status: number | undefined;

  /**
   * @param code - why it failed.
   * @param message - what happened and what to check; the URL is appended when given. Both are
   *   cut in the middle when they are very long (past 2,000 and 500 characters): they may quote
   *   what a hostile server sent.
   * @param details - the URL, status and cause, where known.
   */
  constructor(code: WebFingerErrorCode, message: string, details: WebFingerErrorDetails = {}) {
    super(
      `${shortened(message, maxMessageLength)}${details.url === undefined ? "" : urlSuffix(details.url)}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = "WebFingerError";
    this.code = code;
    this.url = details.url;
    this.status = details.status;
  }
}

/** A failed client result: the error says why. */
export interface WebFingerFailure {
  /** Always `false` for a failure. */
  readonly ok: false;
  /** Why it failed. */
  readonly error: WebFingerError;
}

/** Wraps an error into a failed result. */
export function failure(error: WebFingerError): WebFingerFailure {
  return { ok: false, error };
}

/**
 * The same failure told with more context: `prefix` and `suffix` go around the original message
 * (without its URL, which the new error appends once), code, URL and status are kept unless
 * `details` replaces them, and the original becomes the cause.
 */
export function withContext(
  error: WebFingerError,
  context: { readonly prefix?: string; readonly suffix?: string; readonly url?: string },
): WebFingerError {
  const url = context.url ?? error.url;
  let message = error.message;
  const suffix = error.url === undefined ? "" : urlSuffix(error.url);
  if (suffix !== "" && message.endsWith(suffix)) message = message.slice(0, -suffix.length);
  return new WebFingerError(error.code, `${context.prefix ?? ""}${message}${context.suffix ?? ""}`, {
    ...(url === undefined ? {} : { url }),
    ...(error.status === undefined ? {} : { status: error.status }),
    cause: error,
  });
}
