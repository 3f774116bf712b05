import { FedikitError } from "@fedikit/core";
import { quoteRemote } from "./quote-remote.js";

/**
 * Stable machine-readable reasons for a {@link FetchError}.
 *
 * - `ssrf_blocked`: the host is, or resolves to, a non-public address (loopback, private, …).
 * - `timeout`: connecting, or the whole exchange including the body, took too long.
 * - `too_large`: the response body is larger than the configured cap.
 * - `too_many_redirects`: more redirects than allowed (or any, with `redirect: "error"`).
 * - `bad_scheme`: the URL (or a redirect target) is not `http:`/`https:`, or is `http:` when only
 *   `https:` is allowed, or is not a URL at all.
 * - `bad_content_type`: a document helper got a media type it does not accept.
 * - `http_status`: a document helper got a non-2xx status.
 * - `invalid_json`: a body that is not JSON, is not UTF-8, nests too deep, or (for a document
 *   helper) is not a JSON object.
 * - `origin_mismatch`: {@link fetchActivityStreams} got a document whose `id` is not a URL of the
 *   origin it was served from (after redirects); a document speaks only for its own origin.
 * - `network`: anything else that stopped the exchange (refused, reset, DNS failure, TLS error).
 */
export type FetchErrorCode =
  | "ssrf_blocked"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "bad_scheme"
  | "bad_content_type"
  | "http_status"
  | "invalid_json"
  | "origin_mismatch"
  | "network";

/** What a {@link FetchError} is built from. */
export interface FetchErrorDetails {
  /** The URL being fetched when the error happened (the redirect hop, if any). */
  readonly url: string;
  /** The HTTP status, for `http_status` errors. */
  readonly status?: number;
  /** The underlying error, when there is one. */
  readonly cause?: unknown;
}

/**
 * The one error class of `@fedikit/fetch`. Switch on {@link FetchError.code}; the message says
 * what happened and what to change, and ends with the URL (shortened when long: a hostile server
 * chooses its length; {@link FetchError.url} keeps it whole).
 */
export class FetchError extends FedikitError<FetchErrorCode> {
  /** The URL being fetched when the error happened, whole. */
  readonly url: string;
  /** The HTTP status, for `http_status` errors; otherwise `undefined`. */
  readonly status: number | undefined;

  /**
   * @param code - why the fetch failed.
   * @param message - what happened and what to change; the URL is appended.
   * @param details - the URL, and the status or cause where there is one.
   */
  constructor(code: FetchErrorCode, message: string, details: FetchErrorDetails) {
    super(
      code,
      `${message} (${quoteRemote(details.url)})`,
      details.cause === undefined ? {} : { cause: details.cause },
    );
    this.name = "FetchError";
    this.url = details.url;
    this.status = details.status;
  }
}

/** Whether a value is a {@link FetchError}, optionally with one of the given codes. */
export function isFetchError(value: unknown, ...codes: FetchErrorCode[]): value is FetchError {
  return value instanceof FetchError && (codes.length === 0 || codes.includes(value.code));
}
