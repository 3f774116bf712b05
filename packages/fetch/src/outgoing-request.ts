import { FetchError } from "./fetch-error.js";

/** A request body that can be sent again on a 307/308 redirect, or a one-shot stream. */
export type OutgoingBody =
  | { readonly replayable: true; readonly data: string | Uint8Array }
  | { readonly replayable: false; readonly data: ReadableStream<Uint8Array> };

/** A fetch call's input and init, normalized once so every redirect hop can reuse it. */
export interface OutgoingRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
  readonly body: OutgoingBody | null;
  readonly redirect: RequestRedirect;
  readonly signal: AbortSignal | null;
}

/** The parts of a `Request` that are read; any realm's `Request` class has them. */
interface RequestLike {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array> | null;
  readonly redirect: RequestRedirect;
  readonly signal: AbortSignal;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function isRequestLike(input: unknown): input is RequestLike {
  return (
    typeof input === "object" &&
    input !== null &&
    !(input instanceof URL) &&
    typeof (input as RequestLike).url === "string" &&
    typeof (input as RequestLike).method === "string" &&
    typeof (input as RequestLike).arrayBuffer === "function"
  );
}

const normalizedMethods = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"]);
const forbiddenMethods = new Set(["CONNECT", "TRACE", "TRACK"]);

function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`The ${upper} method cannot be fetched`);
  return normalizedMethods.has(upper) ? upper : method;
}

async function encodeBody(body: BodyInit, headers: Headers): Promise<OutgoingBody> {
  if (typeof body === "string") {
    if (!headers.has("content-type")) headers.set("content-type", "text/plain;charset=UTF-8");
    return { replayable: true, data: body };
  }
  if (body instanceof Uint8Array) return { replayable: true, data: body };
  if (ArrayBuffer.isView(body)) {
    return { replayable: true, data: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  }
  if (body instanceof ArrayBuffer) return { replayable: true, data: new Uint8Array(body) };
  if (body instanceof ReadableStream) return { replayable: false, data: body };
  // URLSearchParams, Blob, FormData: let the platform serialize them and pick the media type.
  const encoded = new Response(body);
  const type = encoded.headers.get("content-type");
  if (type && !headers.has("content-type")) headers.set("content-type", type);
  return { replayable: true, data: new Uint8Array(await encoded.arrayBuffer()) };
}

/**
 * Reads the arguments of a fetch call the way `fetch` does: `init` overrides the `Request`'s
 * fields, `init.headers` replaces its headers, and a `Request` body is read into memory so it can
 * follow a 307/308 redirect.
 *
 * @throws {FetchError} `bad_scheme` when the input is not a valid URL.
 * @throws {TypeError} for what `fetch` rejects too: a body on GET/HEAD, a forbidden method.
 */
export async function normalizeRequest(
  input: string | URL | Request,
  init: RequestInit | undefined,
  userAgent: string,
): Promise<OutgoingRequest> {
  const request = isRequestLike(input) ? input : null;
  const href = request ? request.url : String(input);
  let url: URL;
  try {
    url = new URL(href);
  } catch (cause) {
    throw new FetchError("bad_scheme", "Not a valid absolute URL; pass an http: or https: URL", {
      url: href,
      cause,
    });
  }
  const method = normalizeMethod(init?.method ?? request?.method ?? "GET");
  const headers = new Headers(init?.headers ?? request?.headers);
  if (!headers.has("user-agent")) headers.set("user-agent", userAgent);

  let body: OutgoingBody | null = null;
  if (init?.body !== undefined && init.body !== null) {
    body = await encodeBody(init.body, headers);
  } else if (init?.body === undefined && request?.body) {
    body = { replayable: true, data: new Uint8Array(await request.arrayBuffer()) };
  }
  if (body && (method === "GET" || method === "HEAD")) {
    throw new TypeError(`A ${method} request cannot have a body`);
  }
  const signals = [init?.signal, request?.signal].filter((signal): signal is AbortSignal => !!signal);
  return {
    url,
    method,
    headers,
    body,
    redirect: init?.redirect ?? request?.redirect ?? "follow",
    signal: signals.length > 1 ? AbortSignal.any(signals) : (signals[0] ?? null),
  };
}
