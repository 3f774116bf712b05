import type { Acct } from "../acct/acct.js";
import { expandLrddTemplate, fetchHostMeta, findLrddTemplate } from "./host-meta.js";
import { filterJrdLinks, type Jrd } from "../documents/jrd.js";
import { type ClientSettings, clientSettings, type WebFingerClientOptions } from "./client-options.js";
import { type LookupTarget, lookupTarget } from "./lookup-target.js";
import { requestDescriptor } from "./request-descriptor.js";
import { failure, WebFingerError, type WebFingerFailure, withContext } from "../shared/webfinger-error.js";

/** Options of {@link lookupWebFinger}. */
export interface LookupWebFingerOptions extends WebFingerClientOptions {
  /**
   * Link relation types to ask for (one `rel` parameter each, RFC 7033 section 4.3). Servers that
   * ignore `rel` are filtered on this side too, so the result only has these links.
   * @defaultValue none: every link
   */
  readonly rel?: string | readonly string[];
}

/** What {@link lookupWebFinger} returns on success. */
export interface WebFingerFound {
  /** Always `true` for a success. */
  readonly ok: true;
  /** The validated JRD (filtered to the requested `rel`s, if any). */
  readonly jrd: Jrd;
  /** The URL the JRD came from, after redirects. */
  readonly url: string;
  /** Whether it came from `/.well-known/webfinger` or through the host-meta `lrdd` template. */
  readonly source: "webfinger" | "host-meta";
}

/** The result of {@link lookupWebFinger}: the JRD, or why there is none. */
export type LookupWebFingerResult = WebFingerFound | WebFingerFailure;

const fallbackCodes = new Set(["not_found", "invalid_response", "network"]);

function webFingerUrl(settings: ClientSettings, target: LookupTarget, rels: readonly string[]): string {
  let url = `${settings.protocol}//${target.authority}/.well-known/webfinger?resource=${encodeURIComponent(target.resource)}`;
  for (const rel of rels) url += `&rel=${encodeURIComponent(rel)}`;
  return url;
}

async function viaHostMeta(
  target: LookupTarget,
  settings: ClientSettings,
  primary: WebFingerFailure,
): Promise<WebFingerFound | WebFingerFailure> {
  const found = await fetchHostMeta(target.authority, settings);
  const template = found.ok ? findLrddTemplate(found.hostMeta) : undefined;
  if (!found.ok || template === undefined) {
    const why = found.ok ? "host-meta has no lrdd template" : found.error.message;
    return failure(
      withContext(primary.error, { suffix: `; the host-meta fallback did not help either: ${why}` }),
    );
  }
  let url: string;
  try {
    url = expandLrddTemplate(template, target.resource, found.url);
  } catch (error) {
    return failure(error as WebFingerError);
  }
  // host-meta often points back at the endpoint that just failed (the lrdd URL has no rel
  // parameters, which only filter links); asking again would not help.
  if (url === webFingerUrl(settings, target, [])) return primary;
  const answer = await requestDescriptor(
    url,
    "jrd-or-xrd",
    settings,
    `Looking up ${target.resource} (host-meta lrdd)`,
  );
  return answer.ok ? { ok: true, jrd: answer.jrd, url: answer.url, source: "host-meta" } : answer;
}

/**
 * Looks up a resource with WebFinger (RFC 7033): `GET /.well-known/webfinger?resource=…` on the
 * resource's host, over https (http only with `protocol: "http:"`), with
 * `Accept: application/jrd+json, application/json`, through the given `fetch`. The answer must be
 * a JRD (`application/jrd+json` or `application/json`) and is read within `maxBytes` and
 * `maxDepth`, then validated (see {@link parseJrd}). When the endpoint answers 404, answers
 * something that is not a JRD, or cannot be reached, the host-meta `lrdd` template is tried
 * (XRD or JSON, see {@link lookupHostMeta}).
 *
 * The JRD's `subject` may differ from the resource (RFC 7033 allows it); {@link resolveHandle}
 * applies Mastodon's rules for that.
 *
 * @param resource - an `acct:` URI, a handle (`@alice@example.social`), an http(s) URL, or a
 *   parsed {@link Acct}.
 * @returns the JRD, or a failure whose code tells not found, gone, invalid response, blocked and
 *   network failures apart; never throws for bad input or a bad server.
 * @throws {TypeError} for invalid options; the abort reason when `signal` aborts.
 *
 * @example
 * ```ts
 * const result = await lookupWebFinger("acct:Gargron@mastodon.social");
 * if (result.ok) console.log(result.jrd.links);
 * else console.log(result.error.code, result.error.message);
 * ```
 */
export async function lookupWebFinger(
  resource: string | URL | Acct,
  options: LookupWebFingerOptions = {},
): Promise<LookupWebFingerResult> {
  const settings = clientSettings(options);
  const rels =
    options.rel === undefined ? [] : typeof options.rel === "string" ? [options.rel] : [...options.rel];
  let target: LookupTarget;
  try {
    target = lookupTarget(resource);
  } catch (error) {
    if (error instanceof WebFingerError) return failure(error);
    throw error;
  }
  const url = webFingerUrl(settings, target, rels);
  const answer = await requestDescriptor(url, "jrd", settings, `Looking up ${target.resource}`);
  let result: WebFingerFound | WebFingerFailure = answer.ok
    ? { ok: true, jrd: answer.jrd, url: answer.url, source: "webfinger" }
    : answer;
  if (!result.ok && settings.hostMetaFallback && fallbackCodes.has(result.error.code)) {
    result = await viaHostMeta(target, settings, result);
  }
  return result.ok ? { ...result, jrd: filterJrdLinks(result.jrd, rels) } : result;
}
