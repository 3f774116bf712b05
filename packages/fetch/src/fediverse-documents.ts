import {
  activityStreamsAccept,
  type FetchFunction,
  failure,
  getOwn,
  isActivityStreamsMediaType,
  isJrdMediaType,
  jrdAccept,
  type MediaType,
  mayClaimId,
  parseMediaType,
  type Result,
  success,
} from "@fedikit/core";
import { type ReadJsonOptions, readJson } from "./bounded-body.js";
import { safeFetch } from "./create-safe-fetch.js";
import { FetchError } from "./fetch-error.js";
import { quoteRemote } from "./quote-remote.js";

/** Options of {@link fetchActivityStreams}. */
export interface FetchActivityStreamsOptions extends ReadJsonOptions {
  /**
   * The fetch function to use, e.g. a configured `createSafeFetch`, or one that signs requests
   * for authorized fetch.
   * @defaultValue {@link safeFetch}
   */
  readonly fetch?: FetchFunction;
  /**
   * Extra request headers; `Accept` is set unless given here.
   * @defaultValue none
   */
  readonly headers?: HeadersInit;
  /**
   * Aborts the request; the function then rejects with the signal's reason.
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/** Options of {@link fetchJrd}: those of {@link fetchActivityStreams}. */
export type FetchJrdOptions = FetchActivityStreamsOptions;

/** A JSON document fetched by {@link fetchActivityStreams} or {@link fetchJrd}. */
export interface FetchedDocument {
  /** The parsed top-level JSON object. */
  readonly document: Record<string, unknown>;
  /** The URL the document came from, after redirects. */
  readonly url: string;
  /** The response status (2xx). */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
}

/** What a kind of document is fetched with and accepted as. */
interface DocumentKind {
  readonly accept: string;
  readonly accepts: (type: MediaType | null) => boolean;
  /** The accepted media types, for messages. */
  readonly expected: string;
}

const activityStreams: DocumentKind = {
  accept: activityStreamsAccept,
  accepts: isActivityStreamsMediaType,
  expected: "application/activity+json or application/ld+json",
};

const jrd: DocumentKind = {
  accept: jrdAccept,
  accepts: isJrdMediaType,
  expected: "application/jrd+json or application/json",
};

/** The failure for whatever the fetch function threw: its `FetchError`, or `network`. */
function fetchFailure(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new FetchError("network", `The request failed: ${quoteRemote(detail)}`, { url, cause: error });
}

async function fetchJsonDocument(
  url: string | URL,
  options: FetchActivityStreamsOptions,
  kind: DocumentKind,
): Promise<Result<FetchedDocument, FetchError>> {
  const { signal } = options;
  const headers = new Headers(options.headers);
  if (!headers.has("accept")) headers.set("accept", kind.accept);
  const fetch = options.fetch ?? safeFetch;
  let response: Response;
  try {
    response = await fetch(url, { headers, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return failure(fetchFailure(error, String(url)));
  }
  const finalUrl = response.url || String(url);
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel().catch(() => undefined);
    const statusText = response.statusText ? ` ${quoteRemote(response.statusText)}` : "";
    return failure(
      new FetchError("http_status", `The server answered ${response.status}${statusText}`, {
        url: finalUrl,
        status: response.status,
      }),
    );
  }
  const contentType = response.headers.get("content-type");
  if (!kind.accepts(parseMediaType(contentType))) {
    await response.body?.cancel().catch(() => undefined);
    return failure(
      new FetchError(
        "bad_content_type",
        `Expected ${kind.expected} but got ${contentType ? `"${quoteRemote(contentType)}"` : "no Content-Type"}; ` +
          "the URL may not point at such a document",
        { url: finalUrl },
      ),
    );
  }
  const read = await readJson(response, options);
  if (!read.ok) return read;
  const document = read.value;
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return failure(
      new FetchError("invalid_json", "Expected a JSON object at the top level", { url: finalUrl }),
    );
  }
  return success({
    document: document as Record<string, unknown>,
    url: finalUrl,
    status: response.status,
    headers: response.headers,
  });
}

/**
 * The same-origin rule: a document speaks only for its own origin, so an `id` it claims must be
 * a URL of the origin it was served from (after redirects). A document without an `id` claims
 * nothing (an anonymous collection page, say).
 */
function checkClaimedId(fetched: FetchedDocument): FetchError | null {
  const id = getOwn(fetched.document, "id");
  if (id === undefined || id === null || mayClaimId(id, fetched.url)) return null;
  const claimed =
    typeof id === "string" ? `"${quoteRemote(id)}"` : `a ${Array.isArray(id) ? "list" : typeof id}`;
  return new FetchError(
    "origin_mismatch",
    `The document claims the id ${claimed}, which is not a URL of the origin it was served from; ` +
      "a document speaks only for its own origin: fetch it from its id instead",
    { url: fetched.url },
  );
}

/**
 * Fetches an ActivityStreams document (an actor, a note, a collection …): sends the `Accept`
 * header ActivityPub requires, refuses other media types than `application/activity+json` and
 * `application/ld+json` (so an uploaded file cannot pass for an actor), parses the JSON within
 * the size and depth bounds, and checks that the `id` the document claims, when it has one, has
 * the origin of the URL it was finally served from (so an open redirect on a victim's server
 * cannot make an attacker's document speak for the victim).
 *
 * The response is remote input, so this never throws for it: check `ok`.
 *
 * @returns the document, or a failure: `http_status`, `bad_content_type`, `invalid_json`,
 *   `too_large`, `origin_mismatch`, or the fetch's own code (`ssrf_blocked`, `timeout`,
 *   `network` …); whatever else the fetch function throws becomes `network`, with it as `cause`.
 * @throws the reason of `options.signal` when the caller aborts.
 */
export async function fetchActivityStreams(
  url: string | URL,
  options: FetchActivityStreamsOptions = {},
): Promise<Result<FetchedDocument, FetchError>> {
  const fetched = await fetchJsonDocument(url, options, activityStreams);
  if (!fetched.ok) return fetched;
  const mismatch = checkClaimedId(fetched.value);
  return mismatch === null ? fetched : failure(mismatch);
}

/**
 * Fetches a JRD (JSON Resource Descriptor, RFC 7033), accepting `application/jrd+json` and
 * `application/json`, within the size and depth bounds. Validating its fields (and its
 * `subject`) is `@fedikit/webfinger`'s job.
 *
 * @returns the document, or a failure as {@link fetchActivityStreams} gives (never
 *   `origin_mismatch`).
 * @throws the reason of `options.signal` when the caller aborts.
 */
export function fetchJrd(
  url: string | URL,
  options: FetchJrdOptions = {},
): Promise<Result<FetchedDocument, FetchError>> {
  return fetchJsonDocument(url, options, jrd);
}
