import { formatAcctUri } from "../acct/acct-uri.js";
import { filterJrdLinks, type Jrd, type JrdLink } from "../documents/jrd.js";
import { answerOtherMethods, respond, respondWithText } from "./handler-response.js";
import { parseQueryParameters } from "./query-parameters.js";
import { parseResource, type ResourceRefusal, type WebFingerResource } from "./webfinger-resource.js";

/**
 * What `findResource` answers: the JRD of the resource, `"gone"` for a deleted one (410), or
 * `null`/`undefined` for one the server does not know (404).
 */
export type FoundResource = Jrd | "gone" | null | undefined;

/** Options of {@link createWebFingerHandler}. */
export interface WebFingerHandlerOptions {
  /**
   * Finds the JRD of a resource. The handler has already checked the request, so this only
   * looks the resource up: check that `acct.host` is yours, match `acct.user` as your server
   * decides (Mastodon ignores case), and answer. `acct` is set for accounts and `url` for http(s)
   * resources, so `({ acct }) => acct && …` reads well. A JRD without `subject` gets the
   * requested resource as subject; `rel` filtering is done by the handler. Errors it throws are
   * not caught.
   */
  readonly findResource: (
    resource: WebFingerResource,
    request: Request,
  ) => FoundResource | Promise<FoundResource>;
  /**
   * `Cache-Control` of successful answers, e.g. `"max-age=259200, public"` as Mastodon sends.
   * @defaultValue none (no header)
   */
  readonly cacheControl?: string;
}

type ParsedRequest =
  | { readonly resource: WebFingerResource; readonly rels: readonly string[] }
  | ResourceRefusal;

function parseRequest(request: Request): ParsedRequest {
  const parameters = parseQueryParameters(new URL(request.url).search);
  if (parameters === null) return { error: "The query has a broken percent-escape", status: 400 };
  const resources = parameters.get("resource") ?? [];
  if (resources.length !== 1 || resources[0] === "") {
    return {
      error:
        resources.length > 1
          ? "The resource parameter must be given exactly once"
          : "The resource parameter is missing: /.well-known/webfinger?resource=acct:user@host",
      status: 400,
    };
  }
  const resource = parseResource(resources[0]!);
  if ("error" in resource) return resource;
  return { resource, rels: parameters.get("rel") ?? [] };
}

function compactLink(link: JrdLink): JrdLink {
  return {
    rel: link.rel,
    ...(link.type === undefined ? {} : { type: link.type }),
    ...(link.href === undefined ? {} : { href: link.href }),
    ...(link.template === undefined ? {} : { template: link.template }),
    ...(link.titles === undefined ? {} : { titles: link.titles }),
    ...(link.properties === undefined ? {} : { properties: link.properties }),
  };
}

/** The JRD as sent: members in RFC order, only the ones RFC 7033 defines (and `template`). */
function serializeJrd(jrd: Jrd, resource: WebFingerResource): string {
  const subject =
    jrd.subject ?? (resource.kind === "acct" ? formatAcctUri(resource.acct) : resource.url.href);
  return JSON.stringify({
    subject,
    ...(jrd.aliases === undefined ? {} : { aliases: jrd.aliases }),
    ...(jrd.properties === undefined ? {} : { properties: jrd.properties }),
    ...(jrd.links === undefined ? {} : { links: jrd.links.map(compactLink) }),
  });
}

/**
 * Creates a WebFinger endpoint (RFC 7033) as a web-standard handler, to mount at
 * `/.well-known/webfinger` in any framework that speaks `Request`/`Response`:
 *
 * - GET and HEAD; OPTIONS answers CORS preflights; other methods get 405;
 * - `resource` must be given exactly once and be an `acct:` URI, a bare `user@host` or an
 *   http(s) URL (400 otherwise; 404 for other URI schemes); escapes are decoded as RFC 3986
 *   says, so `+` stays `+`;
 * - one or more `rel` parameters keep only those links (RFC 7033 section 4.3);
 * - answers `application/jrd+json` with `Access-Control-Allow-Origin: *` (on errors too), 404
 *   for unknown resources and 410 for deleted ones.
 *
 * @example
 * ```ts
 * const webfinger = createWebFingerHandler({
 *   findResource({ acct }) {
 *     if (acct?.host !== "example.social") return null;
 *     const user = users.get(acct.user.toLowerCase());
 *     return user && {
 *       subject: `acct:${user.name}@example.social`,
 *       links: [{ rel: "self", type: "application/activity+json", href: user.actorUrl }],
 *     };
 *   },
 * });
 * // Hono: app.get("/.well-known/webfinger", (c) => webfinger(c.req.raw));
 * ```
 * @throws {TypeError} when `findResource` is not a function. The handler itself never throws for
 *   a bad request; it re-throws only what `findResource` throws.
 */
export function createWebFingerHandler(
  options: WebFingerHandlerOptions,
): (request: Request) => Promise<Response> {
  const { findResource, cacheControl } = options;
  if (typeof findResource !== "function") {
    throw new TypeError(
      'createWebFingerHandler needs findResource: (resource, request) => a JRD, "gone" or null',
    );
  }
  return async (request) => {
    const other = answerOtherMethods(request);
    if (other) return other;
    const parsed = parseRequest(request);
    if ("error" in parsed) return respondWithText(request, parsed.status, parsed.error);
    const answer = await findResource(parsed.resource, request);
    if (answer === "gone") return respondWithText(request, 410, `${parsed.resource.uri} was deleted`);
    if (answer === null || answer === undefined) {
      return respondWithText(request, 404, `No such resource: ${parsed.resource.uri}`);
    }
    const body = serializeJrd(filterJrdLinks(answer, parsed.rels), parsed.resource);
    return respond(
      request,
      200,
      {
        "content-type": "application/jrd+json",
        ...(cacheControl === undefined ? {} : { "cache-control": cacheControl }),
      },
      body,
    );
  };
}
