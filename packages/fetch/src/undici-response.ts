import type { Dispatcher } from "undici";
import type { Deadline } from "./deadline.js";
import { FetchError } from "./fetch-error.js";
import { safeFetchCapHint, toBodyStream, tooLargeError } from "./response-body.js";

/** Statuses whose responses have no body, whatever the server sends. */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** Bodies up to this size with a declared `Content-Length` are read before the `Response` is returned. */
const eagerBodyBytes = 64 * 1024;

/** Most bytes of an unwanted body read so its connection can be reused; a bigger one is dropped. */
const discardLimitBytes = 64 * 1024;

/** Reads and drops a body we do not hand out, so its connection can go back to the pool. */
export function discard(body: Dispatcher.ResponseData["body"]): void {
  body.dump({ limit: discardLimitBytes }).catch(() => undefined);
}

/**
 * The first value of a response header. undici builds the record from the wire (a header named
 * `__proto__` or `constructor` becomes an own property), so only own properties are read.
 */
export function firstHeader(headers: Dispatcher.ResponseData["headers"], name: string): string | null {
  if (!Object.hasOwn(headers, name)) return null;
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** undici's header record as `Response` headers; repeated fields (e.g. `set-cookie`) stay separate. */
function toHeaders(raw: Dispatcher.ResponseData["headers"]): HeadersInit {
  // Own keys only: the names are the server's choice.
  const names = Object.keys(raw);
  if (!names.some((name) => Array.isArray(raw[name]))) {
    // The common case: no repeated field, and a plain record is the cheapest init Response takes.
    return raw as Record<string, string>;
  }
  const pairs: [string, string][] = [];
  for (const name of names) {
    const value = raw[name];
    if (Array.isArray(value)) for (const item of value) pairs.push([name, item]);
    else if (value !== undefined) pairs.push([name, value]);
  }
  return pairs;
}

/** What {@link toResponse} needs to know about the call. */
export interface ResponseContext {
  /** The URL of this hop. */
  readonly url: string;
  readonly method: string;
  readonly redirected: boolean;
  /** The cap in force for this call. */
  readonly maxBytes: number;
  readonly deadline: Deadline;
  /** Turns a body stream error into the error the reader sees. */
  readonly mapError: (error: unknown) => unknown;
}

/**
 * Turns undici's response into a standard `Response` whose body is capped at `maxBytes`
 * (a declared length past it fails at once) and decoded per `Content-Encoding`.
 *
 * @throws {FetchError} `network` for a status outside 200–599, `too_large` for a declared length
 *   past the cap.
 */
export async function toResponse(data: Dispatcher.ResponseData, context: ResponseContext): Promise<Response> {
  const { statusCode } = data;
  const { url, maxBytes, deadline } = context;
  if (statusCode < 200 || statusCode > 599) {
    data.body.destroy();
    throw new FetchError("network", `The server answered with an invalid status ${statusCode}`, { url });
  }
  const declaredLength = firstHeader(data.headers, "content-length");
  const declared = declaredLength === null ? Number.NaN : Number(declaredLength);
  if (declared > maxBytes) {
    data.body.destroy();
    throw tooLargeError(url, maxBytes, safeFetchCapHint);
  }
  const contentEncoding = firstHeader(data.headers, "content-encoding");
  let body: ReadableStream<Uint8Array> | ArrayBuffer | null = null;
  if (context.method === "HEAD" || nullBodyStatuses.has(statusCode)) {
    discard(data.body);
    deadline.clear();
  } else if (declared <= eagerBodyBytes && contentEncoding === null) {
    // A small body of known length is read now: it is usually in the same packets as the
    // headers, and a byte body is far cheaper to hand out than a stream.
    body = await data.body.arrayBuffer();
    deadline.clear();
  } else {
    body = toBodyStream(data.body, {
      url,
      maxBytes,
      contentEncoding,
      mapError: context.mapError,
      onSettled: () => deadline.clear(),
    });
  }
  const response = new Response(body, {
    status: statusCode,
    statusText: data.statusText,
    headers: toHeaders(data.headers),
  });
  Object.defineProperty(response, "url", { value: url });
  if (context.redirected) Object.defineProperty(response, "redirected", { value: true });
  return response;
}
