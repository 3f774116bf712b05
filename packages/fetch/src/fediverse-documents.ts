import {
  activityStreamsAccept,
  type FetchFunction,
  isActivityStreamsMediaType,
  isJrdMediaType,
  jrdAccept,
  type MediaType,
  parseMediaType,
} from "@fedikit/core";
import { type JsonReadOptions, readJson } from "./bounded-body.js";
import { safeFetch } from "./create-safe-fetch.js";
import { FetchError } from "./fetch-error.js";

/** Options of {@link fetchActivityStreams} and {@link fetchJrd}. */
export interface FetchDocumentOptions extends JsonReadOptions {
  /**
   * The fetch function to use, e.g. one that signs requests for authorized fetch.
   * @defaultValue {@link safeFetch}
   */
  readonly fetch?: FetchFunction;
  /**
   * Extra request headers; `Accept` is set unless given here.
   * @defaultValue none
   */
  readonly headers?: HeadersInit;
  /**
   * Aborts the request.
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

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

async function fetchJsonDocument(
  url: string | URL,
  options: FetchDocumentOptions,
  accept: string,
  accepts: (type: MediaType | null) => boolean,
  expected: string,
): Promise<FetchedDocument> {
  const headers = new Headers(options.headers);
  if (!headers.has("accept")) headers.set("accept", accept);
  const fetch = options.fetch ?? safeFetch;
  const response = await fetch(url, { headers, ...(options.signal ? { signal: options.signal } : {}) });
  const finalUrl = response.url || String(url);
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    throw new FetchError(
      "http_status",
      `The server answered ${response.status} ${response.statusText}`.trim(),
      {
        url: finalUrl,
        status: response.status,
      },
    );
  }
  const contentType = response.headers.get("content-type");
  if (!accepts(parseMediaType(contentType))) {
    await response.body?.cancel();
    throw new FetchError(
      "bad_content_type",
      `Expected ${expected} but got ${contentType ? JSON.stringify(contentType) : "no Content-Type"}; ` +
        "the URL may not point at such a document",
      { url: finalUrl },
    );
  }
  const document = await readJson(response, options);
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new FetchError("invalid_json", "Expected a JSON object at the top level", { url: finalUrl });
  }
  return {
    document: document as Record<string, unknown>,
    url: finalUrl,
    status: response.status,
    headers: response.headers,
  };
}

/**
 * Fetches an ActivityStreams document (an actor, a note, a collection …): sends the `Accept`
 * header ActivityPub requires, refuses other media types than `application/activity+json` and
 * `application/ld+json` (so an uploaded file cannot pass for an actor), and parses the JSON
 * within the size and depth bounds.
 *
 * @throws {FetchError} `http_status`, `bad_content_type`, `invalid_json`, `too_large`, or any
 *   error of the fetch function.
 */
export function fetchActivityStreams(
  url: string | URL,
  options: FetchDocumentOptions = {},
): Promise<FetchedDocument> {
  return fetchJsonDocument(
    url,
    options,
    activityStreamsAccept,
    isActivityStreamsMediaType,
    "application/activity+json or application/ld+json",
  );
}

/**
 * Fetches a JRD (JSON Resource Descriptor, RFC 7033), accepting `application/jrd+json` and
 * `application/json`, within the size and depth bounds. Validating its fields is
 * `@fedikit/webfinger`'s job.
 *
 * @throws {FetchError} `http_status`, `bad_content_type`, `invalid_json`, `too_large`, or any
 *   error of the fetch function.
 */
export function fetchJrd(url: string | URL, options: FetchDocumentOptions = {}): Promise<FetchedDocument> {
  return fetchJsonDocument(
    url,
    options,
    jrdAccept,
    isJrdMediaType,
    "application/jrd+json or application/json",
  );
}
