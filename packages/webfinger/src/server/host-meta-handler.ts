import { answerOtherMethods, respond } from "./handler-response.js";

/** Options of {@link createHostMetaHandler} and {@link createHostMetaJsonHandler}. */
export interface HostMetaHandlerOptions {
  /**
   * The public origin of the server, e.g. `https://example.social`: the `lrdd` template points
   * there. Given explicitly because behind a TLS-terminating proxy the request URL says `http:`.
   */
  readonly origin: string | URL;
  /**
   * Where the WebFinger handler is mounted: a path, optionally with a query
   * (`/index.php?route=webfinger`), to which `resource={uri}` is added.
   * @defaultValue `"/.well-known/webfinger"`
   */
  readonly webFingerPath?: string;
  /**
   * `Cache-Control` of the answers.
   * @defaultValue none (no header)
   */
  readonly cacheControl?: string;
}

function webFingerTemplate(options: HostMetaHandlerOptions): string {
  const origin = new URL(options.origin);
  if (
    (origin.protocol !== "https:" && origin.protocol !== "http:") ||
    origin.pathname !== "/" ||
    origin.search
  ) {
    throw new TypeError(
      `origin must be an http(s) origin such as https://example.social, got ${origin.href}`,
    );
  }
  const path = options.webFingerPath ?? "/.well-known/webfinger";
  if (!path.startsWith("/") || path.includes("#")) {
    throw new TypeError(`webFingerPath must start with "/" and have no "#", got ${JSON.stringify(path)}`);
  }
  // A path with a query of its own (`/index.php?route=webfinger`) takes resource as one more parameter.
  return `${origin.origin}${path}${path.includes("?") ? "&" : "?"}resource={uri}`;
}

function xmlEscape(character: string): string {
  switch (character) {
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case "&":
      return "&amp;";
    case '"':
      return "&quot;";
    default:
      return "&apos;";
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, xmlEscape);
}

function xrdBody(template: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">\n' +
    `  <Link rel="lrdd" template="${escapeXml(template)}"/>\n` +
    "</XRD>\n"
  );
}

function jrdBody(template: string): string {
  return JSON.stringify({ links: [{ rel: "lrdd", template }] });
}

/** Whether an `Accept` header prefers JSON to XML (by q-value; XML wins ties, as RFC 6415 says). */
function prefersJson(accept: string | null): boolean {
  if (!accept) return false;
  let json = 0;
  let xml = 0;
  for (const range of accept.split(",")) {
    const [type = "", ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    const qParameter = parameters.find((parameter) => parameter.startsWith("q="));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2)) || 0;
    if (type === "application/json" || type === "application/jrd+json") json = Math.max(json, q);
    else if (type === "application/xrd+xml" || type === "application/xml" || type === "text/xml")
      xml = Math.max(xml, q);
  }
  return json > xml;
}

function headers(
  contentType: string,
  cacheControl: string | undefined,
  negotiated: boolean,
): Record<string, string> {
  return {
    "content-type": contentType,
    ...(negotiated ? { vary: "Accept" } : {}),
    ...(cacheControl === undefined ? {} : { "cache-control": cacheControl }),
  };
}

/**
 * Creates a `/.well-known/host-meta` endpoint (RFC 6415) as a web-standard handler: an XRD with
 * one `lrdd` link whose template points at the WebFinger endpoint, or the same as a JRD when the
 * `Accept` header prefers `application/json` or `application/jrd+json`. GET and HEAD; OPTIONS
 * answers CORS preflights; `Access-Control-Allow-Origin: *`.
 *
 * @example
 * ```ts
 * const hostMeta = createHostMetaHandler({ origin: "https://example.social" });
 * // <Link rel="lrdd" template="https://example.social/.well-known/webfinger?resource={uri}"/>
 * ```
 * @throws {TypeError} when `origin` is not an http(s) origin, or `webFingerPath` does not start
 *   with `/` or has a `#`.
 */
export function createHostMetaHandler(
  options: HostMetaHandlerOptions,
): (request: Request) => Promise<Response> {
  const template = webFingerTemplate(options);
  const xrd = xrdBody(template);
  const jrd = jrdBody(template);
  return async (request) => {
    const other = answerOtherMethods(request);
    if (other) return other;
    return prefersJson(request.headers.get("accept"))
      ? respond(request, 200, headers("application/jrd+json", options.cacheControl, true), jrd)
      : respond(request, 200, headers("application/xrd+xml; charset=utf-8", options.cacheControl, true), xrd);
  };
}

/**
 * Creates a `/.well-known/host-meta.json` endpoint (RFC 6415 section 3.2): the host-meta JRD with
 * one `lrdd` link whose template points at the WebFinger endpoint, as `application/json`.
 *
 * @throws {TypeError} when `origin` is not an http(s) origin, or `webFingerPath` does not start
 *   with `/` or has a `#`.
 */
export function createHostMetaJsonHandler(
  options: HostMetaHandlerOptions,
): (request: Request) => Promise<Response> {
  const jrd = jrdBody(webFingerTemplate(options));
  return async (request) => {
    const other = answerOtherMethods(request);
    if (other) return other;
    return respond(request, 200, headers("application/json", options.cacheControl, false), jrd);
  };
}
