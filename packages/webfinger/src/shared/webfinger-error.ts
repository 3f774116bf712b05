import { FedikitError } from "@fedikit/core";
import { shortened } from "./message-text.js";

/**
 * Why an `acct:` URI, a handle or a host was refused: the codes of a {@link WebFingerError} that
 * the parsers give, and that a lookup keeps when its resource was malformed.
 *
 * - `not_acct_uri`: the text does not start with the `acct:` scheme.
 * - `missing_user`: nothing before the `@`.
 * - `missing_host`: no `@`, or nothing after the last one.
 * - `invalid_user`: the user part has a character that is not allowed there (whitespace, a
 *   control character, a raw `/`, `?`, `#` …), or broken percent-encoding or UTF-8.
 * - `invalid_host`: the host is not a domain name, an IPv4 address or a bracketed IPv6 address.
 * - `invalid_port`: the port is not a number from 1 to 65535.
 */
export type AcctSyntaxCode =
  | "not_acct_uri"
  | "missing_user"
  | "missing_host"
  | "invalid_user"
  | "invalid_host"
  | "invalid_port";

/**
 * The codes a {@link WebFingerError} keeps from the `FetchError` behind it, in the same words as
 * `@fedikit/fetch` (the `FetchError` is the error's `cause`). The package's own checks of
 * schemes, redirects, sizes, media types and JSON use the same words.
 *
 * - `ssrf_blocked`: the fetch refused a private, loopback or otherwise non-public address.
 * - `timeout`: no complete answer in time.
 * - `too_large`: the body is larger than the cap (`maxBytes`, `maxHostMetaBytes`).
 * - `too_many_redirects`: more redirects than `maxRedirects`.
 * - `bad_scheme`: a URL (or a redirect target) that is not `https:` (or `http:` with
 *   `httpsOnly: false`), or a `Location` that is not a URL.
 * - `bad_content_type`: the answer's media type is not one the document is served as.
 * - `http_status`: an error status other than 404 and 410; see {@link WebFingerError.status}.
 * - `invalid_json`: the body is not UTF-8 JSON, or nests deeper than `maxDepth`.
 * - `network`: the server could not be reached (DNS, connection, TLS), or the fetch threw.
 */
export type FetchFailureCode =
  | "ssrf_blocked"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "bad_scheme"
  | "bad_content_type"
  | "http_status"
  | "invalid_json"
  | "network";

/**
 * Stable reasons for a {@link WebFingerError}: the {@link AcctSyntaxCode}s, the
 * {@link FetchFailureCode}s, and
 *
 * - `invalid_resource`: a resource that names no server to ask (`mailto:`, a URL without host).
 * - `not_found`: the server has no such resource (404, also after the host-meta fallback).
 * - `gone`: the resource existed and was deleted (410).
 * - `invalid_response`: the answer is JSON or XML but not a usable JRD or XRD: a JRD that breaks
 *   RFC 7033, a host-meta document that is not valid XRD (or declares entities), an `lrdd`
 *   template or a `self` link that is not an http(s) URL.
 * - `no_actor_link`: the JRD has no `self` link with an ActivityPub media type.
 * - `subject_mismatch`: the JRD names another account as canonical and that account's own
 *   server does not confirm it, or the chain of canonical subjects goes on past one step.
 * - `actor_mismatch`: the loop-back check failed: the account's `self` link is not the actor's
 *   `id`, or the document at the `self` link has another `id`, or was served from another origin
 *   than its `id`.
 * - `handle_mismatch`: the actor verifies as another account than the one expected.
 * - `invalid_actor`: the actor document has no usable `id`, neither `preferredUsername` nor
 *   `webfinger`, or a type that is not an actor type (`actorTypes`).
 */
export type WebFingerErrorCode =
  | AcctSyntaxCode
  | FetchFailureCode
  | "invalid_resource"
  | "not_found"
  | "gone"
  | "invalid_response"
  | "no_actor_link"
  | "subject_mismatch"
  | "actor_mismatch"
  | "handle_mismatch"
  | "invalid_actor";

/** What a {@link WebFingerError} is built from besides its code and message. */
export interface WebFingerErrorDetails {
  /** The URL that was being fetched, if the failure concerns one. */
  readonly url?: string | undefined;
  /** The HTTP status, for `not_found`, `gone` and `http_status`. */
  readonly status?: number | undefined;
  /** The text that was being parsed, for the {@link AcctSyntaxCode}s. */
  readonly input?: string | undefined;
  /** The underlying error (a `FetchError`, another `WebFingerError` …), when there is one. */
  readonly cause?: unknown;
}

/** Longest message kept whole; longer ones may quote a hostile server and are cut in the middle. */
const maxMessageLength = 2000;
/** Longest URL or input quoted whole in a message. */
const maxQuotedLength = 500;

/** How a URL is appended to a message. */
export function urlSuffix(url: string): string {
  return ` (${shortened(url, maxQuotedLength)})`;
}

/**
 * The one error of `@fedikit/webfinger`: why a handle did not parse, a lookup, a handle
 * resolution or an actor verification failed. Parsers and client functions return it inside a
 * failed `Result` instead of throwing; switch on {@link WebFingerError.code}. A failure caused by
 * a fetch keeps the fetch's code and has the `FetchError` as `cause`.
 */
export class WebFingerError extends FedikitError<WebFingerErrorCode> {
  /** The URL that was being fetched, if the failure concerns one; otherwise `undefined`. */
  readonly url: string | undefined;
  /** The HTTP status of the answer, where there was one; otherwise `undefined`. */
  readonly status: number | undefined;
  /** The text that was being parsed, for the {@link AcctSyntaxCode}s; otherwise `undefined`. */
  readonly input: string | undefined;

  /**
   * @param code - why it failed.
   * @param message - what happened and what to change; the URL is appended when given. Both are
   *   cut in the middle when they are very long (past 2,000 and 500 characters): they may quote
   *   what a hostile server sent.
   * @param details - the URL, status, input and cause, where known.
   */
  constructor(code: WebFingerErrorCode, message: string, details: WebFingerErrorDetails = {}) {
    super(
      code,
      `${shortened(message, maxMessageLength)}${details.url === undefined ? "" : urlSuffix(details.url)}`,
      details.cause === undefined ? {} : { cause: details.cause },
    );
    this.name = "WebFingerError";
    this.url = details.url;
    this.status = details.status;
    this.input = details.input;
  }
}

/**
 * The same failure told with more context: `prefix` and `suffix` go around the original message
 * (without its URL, which the new error appends once), code, URL, status and input are kept
 * unless `url` replaces the URL, and the original becomes the cause.
 */
export function restated(
  error: WebFingerError,
  context: { readonly prefix?: string; readonly suffix?: string; readonly url?: string },
): WebFingerError {
  let message = error.message;
  const suffix = error.url === undefined ? "" : urlSuffix(error.url);
  if (suffix !== "" && message.endsWith(suffix)) message = message.slice(0, -suffix.length);
  return new WebFingerError(error.code, `${context.prefix ?? ""}${message}${context.suffix ?? ""}`, {
    url: context.url ?? error.url,
    status: error.status,
    input: error.input,
    cause: error,
  });
}
