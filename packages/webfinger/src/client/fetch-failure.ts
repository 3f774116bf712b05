import { type FetchError, isFetchError } from "@fedikit/fetch";
import { type FetchFailureCode, WebFingerError } from "../shared/webfinger-error.js";
import type { ClientSettings } from "./client-options.js";

/** What a failed request was, for the message of its error. */
export interface RequestContext {
  /** The URL that failed. */
  readonly url: string;
  /** What was being done, starting a sentence: `Looking up acct:alice@example.social`. */
  readonly what: string;
  /** The settings of the call. */
  readonly settings: ClientSettings;
  /** The body cap that applied and the option that sets it. */
  readonly cap: { readonly maxBytes: number; readonly option: "maxBytes" | "maxHostMetaBytes" };
}

/** The codes of `@fedikit/fetch` a {@link WebFingerError} keeps as they are. */
const fetchCodes: ReadonlySet<string> = new Set<FetchFailureCode>([
  "ssrf_blocked",
  "timeout",
  "too_large",
  "too_many_redirects",
  "bad_scheme",
  "bad_content_type",
  "http_status",
  "invalid_json",
  "network",
]);

/** The WebFinger error for an HTTP error status: `not_found`, `gone` or `http_status`. */
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

/** The message of a body past the cap, naming the option that raises it. */
export function tooLargeMessage(context: RequestContext): string {
  return (
    `${context.what}: the body is larger than ${context.cap.maxBytes} bytes; ` +
    `raise ${context.cap.option} if such documents are expected`
  );
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

/**
 * What to say about a `FetchError`. Its own message may name options of `createSafeFetch`
 * (`allowPrivateAddress`, `timeout`), which the WebFinger functions do not have, so those codes
 * get a message that says how to pass them here: as a `fetch` made with them.
 */
function messageFor(error: FetchError, context: RequestContext): string {
  const { what, url, settings } = context;
  // With httpsOnly: false, a refused http: URL was refused by the fetch itself.
  if (
    error.code === "bad_scheme" &&
    !settings.httpsOnly &&
    URL.canParse(url) &&
    new URL(url).protocol === "http:"
  ) {
    return (
      `${what}: the fetch itself refuses plain http: URLs; with httpsOnly: false, pass a fetch ` +
      "that allows them, e.g. createSafeFetch({ httpsOnly: false }) from @fedikit/fetch"
    );
  }
  switch (error.code) {
    case "ssrf_blocked":
      return (
        `${what}: the fetch refused to connect to ${hostOf(url)}, a private, loopback or otherwise ` +
        "non-public address (its SSRF guard). To reach such hosts (tests, local federation), pass " +
        "fetch: createSafeFetch({ allowPrivateAddress: true }) from @fedikit/fetch" +
        (settings.httpsOnly ? ", and httpsOnly: false if the server speaks plain http" : "")
      );
    case "timeout":
      return (
        `${what}: no complete answer in time (the fetch's timeout). If the server is known to be ` +
        "slow, pass fetch: createSafeFetch({ timeout: milliseconds }) from @fedikit/fetch"
      );
    case "too_large":
      return tooLargeMessage(context);
    default: {
      // A FetchError names its URL at the end; the WebFingerError names it once, with its own.
      const suffix = ` (${error.url})`;
      const message = error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
      return `${what}: ${message}`;
    }
  }
}

/**
 * Turns whatever a fetch function or a body reader threw into a {@link WebFingerError} (one that
 * already is stays as it is). A `FetchError` keeps its code and becomes the cause; anything else
 * a fetch throws (`TypeError: fetch failed`) is `network`. A caller's abort is re-thrown as it
 * is, as `fetch` does.
 *
 * @throws the abort reason when the caller's signal is aborted.
 */
export function fetchFailure(error: unknown, context: RequestContext): WebFingerError {
  const { signal } = context.settings;
  if (signal?.aborted) throw signal.reason;
  if (error instanceof WebFingerError) return error;
  const { url, what } = context;
  if (isFetchError(error)) {
    if (error.code === "http_status" && error.status !== undefined) {
      return statusError(error.status, "", url, what);
    }
    const code = fetchCodes.has(error.code) ? (error.code as FetchFailureCode) : "network";
    return new WebFingerError(code, messageFor(error, context), { url, status: error.status, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new WebFingerError("network", `${what}: ${message}`, { url, cause: error });
}
