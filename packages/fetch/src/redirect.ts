import { FetchError } from "./fetch-error.js";
import type { OutgoingRequest } from "./outgoing-request.js";
import { quoteRemote } from "./quote-remote.js";

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Whether a status is one of the redirects `fetch` follows (301, 302, 303, 307, 308). */
export function isRedirectStatus(status: number): boolean {
  return redirectStatuses.has(status);
}

/**
 * Request headers that carry credentials or a signature made for one origin. They are dropped
 * when a redirect leads to another origin.
 */
export const credentialHeaders: readonly string[] = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "signature",
  "signature-input",
];

const bodyHeaders = [
  "content-encoding",
  "content-language",
  "content-location",
  "content-type",
  "content-length",
];

/**
 * The request for the next hop of a redirect, following the Fetch standard: 303 (and 301/302
 * after a POST) become a GET without a body; 307/308 resend method and body; a hop to another
 * origin loses the {@link credentialHeaders}.
 *
 * @throws {FetchError} `bad_scheme` for a `Location` that is not a URL, `network` when a
 *   streamed body would have to be sent twice.
 */
export function nextHop(request: OutgoingRequest, status: number, location: string): OutgoingRequest {
  let url: URL;
  try {
    url = new URL(location, request.url);
  } catch (cause) {
    throw new FetchError("bad_scheme", `The redirect target "${quoteRemote(location)}" is not a valid URL`, {
      url: request.url.href,
      cause,
    });
  }
  const headers = new Headers(request.headers);
  if (url.origin !== request.url.origin) for (const name of credentialHeaders) headers.delete(name);

  const becomesGet =
    (status === 303 && request.method !== "GET" && request.method !== "HEAD") ||
    ((status === 301 || status === 302) && request.method === "POST");
  if (becomesGet) {
    for (const name of bodyHeaders) headers.delete(name);
    return { ...request, url, method: "GET", headers, body: null };
  }
  if (request.body && !request.body.replayable) {
    throw new FetchError(
      "network",
      `A ${status} redirect needs the request body sent again, but it was a stream that is already spent; ` +
        "pass the body as a string or bytes to allow this",
      { url: request.url.href },
    );
  }
  return { ...request, url, headers };
}
