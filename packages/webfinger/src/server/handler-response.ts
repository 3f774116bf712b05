/** The methods the WebFinger and host-meta handlers answer. */
export const allowedMethods = "GET, HEAD, OPTIONS";

/** The CORS header RFC 7033 section 5 requires on every WebFinger answer. */
const cors = { "access-control-allow-origin": "*" } as const;

const encoder = new TextEncoder();

/**
 * A response to a GET or HEAD: the same status and headers for both (with `Content-Length`),
 * the body only for GET.
 */
export function respond(
  request: Request,
  status: number,
  headers: Record<string, string>,
  body: string,
): Response {
  const bytes = encoder.encode(body);
  return new Response(request.method === "HEAD" || bytes.byteLength === 0 ? null : bytes, {
    status,
    headers: { ...cors, ...headers, "content-length": String(bytes.byteLength) },
  });
}

/** A plain-text error answer, with CORS so browser clients can read why. */
export function respondWithText(request: Request, status: number, text: string): Response {
  // The text may quote the request; nosniff keeps browsers from reading it as anything but text.
  return respond(
    request,
    status,
    { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
    text,
  );
}

/**
 * The answer to anything but GET and HEAD: a CORS preflight answer for OPTIONS, 405 otherwise.
 * `null` for GET and HEAD, which the handler answers itself.
 */
export function answerOtherMethods(request: Request): Response | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  if (request.method === "OPTIONS") {
    return new Response(null, {
      status: 204,
      headers: {
        ...cors,
        "access-control-allow-methods": allowedMethods,
        "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? "accept",
        "access-control-max-age": "86400",
        allow: allowedMethods,
      },
    });
  }
  return new Response(`${request.method} is not supported here; use GET`, {
    status: 405,
    headers: { ...cors, allow: allowedMethods, "content-type": "text/plain; charset=utf-8" },
  });
}
