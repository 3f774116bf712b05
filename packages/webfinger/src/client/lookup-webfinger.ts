import { failure, type Result, success } from "@fedikit/core";
import type { Acct } from "../acct/acct.js";
import { filterJrdLinks, type Jrd } from "../documents/jrd.js";
import { expandLrddTemplate, findLrddTemplate } from "../documents/lrdd-template.js";
import { restated, type WebFingerError, type WebFingerErrorCode } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";
import { type ClientSettings, clientSettings, type WebFingerClientOptions } from "./client-options.js";
import { fetchHostMeta, schemeOf } from "./host-meta.js";
import { type LookupTarget, lookupTarget } from "./lookup-target.js";
import { requestDescriptor } from "./request-descriptor.js";

/** Options of {@link lookupWebFinger}. */
export interface LookupWebFingerOptions extends WebFingerClientOptions {
  /**
   * Link relation types to ask for (one `rel` parameter each, RFC 7033 section 4.3). Servers that
   * ignore `rel` are filtered on this side too, so the result only has these links.
   * @defaultValue none: every link
   */
  readonly rel?: string | readonly string[];
}

/** What {@link lookupWebFinger} finds. */
export interface WebFingerFound {
  /** The validated JRD (filtered to the requested `rel`s, if any). */
  readonly jrd: Jrd;
  /** The URL the JRD came from, after redirects. */
  readonly url: string;
  /** Whether it came from `/.well-known/webfinger` or through the host-meta `lrdd` template. */
  readonly source: "webfinger" | "host-meta";
}

/** The result of {@link lookupWebFinger}: the JRD, or why there is none. */
export type LookupWebFingerResult = Result<WebFingerFound, WebFingerError, WebFingerWarning>;

/** The failures after which host-meta may know better: the endpoint is missing, broken or unreachable. */
const fallbackCodes: ReadonlySet<WebFingerErrorCode> = new Set<WebFingerErrorCode>([
  "not_found",
  "invalid_response",
  "bad_content_type",
  "invalid_json",
  "too_large",
  "too_many_redirects",
  "timeout",
  "network",
]);

function webFingerUrl(settings: ClientSettings, target: LookupTarget, rels: readonly string[]): string {
  let url = `${schemeOf(settings)}//${target.authority}/.well-known/webfinger?resource=${encodeURIComponent(target.resource)}`;
  for (const rel of rels) url += `&rel=${encodeURIComponent(rel)}`;
  return url;
}

async function viaHostMeta(
  target: LookupTarget,
  settings: ClientSettings,
  primary: WebFingerError,
): Promise<LookupWebFingerResult> {
  const found = await fetchHostMeta(target.authority, settings);
  const template = found.ok ? findLrddTemplate(found.value.hostMeta) : undefined;
  if (!found.ok || template === undefined) {
    const why = found.ok ? "host-meta has no lrdd template" : found.error.message;
    return failure(restated(primary, { suffix: `; the host-meta fallback did not help either: ${why}` }));
  }
  const expanded = expandLrddTemplate(template, target.resource, found.value.url);
  if (!expanded.ok) return expanded;
  // host-meta often points back at the endpoint that just failed (the lrdd URL has no rel
  // parameters, which only filter links); asking again would not help.
  if (expanded.value === webFingerUrl(settings, target, [])) return failure(primary);
  const answer = await requestDescriptor("jrd-or-xrd", {
    url: expanded.value,
    what: `Looking up ${target.resource} (host-meta lrdd)`,
    settings,
    cap: { maxBytes: settings.maxBytes, option: "maxBytes" },
  });
  if (!answer.ok) return answer;
  return success({ jrd: answer.value.jrd, url: answer.value.url, source: "host-meta" }, [
    ...found.warnings,
    ...answer.warnings,
  ]);
}

/**
 * Looks up a resource with WebFinger (RFC 7033): `GET /.well-known/webfinger?resource=…` on the
 * resource's host, over https (http only with `httpsOnly: false`), with
 * `Accept: application/jrd+json, application/json`, through the given `fetch`. The answer must be
 * a JRD (`application/jrd+json` or `application/json`; `text/plain` and
 * `application/octet-stream` are read too, with a warning) and is read within `maxBytes` and
 * `maxDepth`, then validated (see `parseJrd`; malformed links are skipped with a warning).
 * When the endpoint answers 404, answers something that is not a JRD, or cannot be reached, the
 * host-meta `lrdd` template is tried (XRD or JSON, see {@link lookupHostMeta}).
 *
 * The JRD's `subject` may differ from the resource (RFC 7033 allows it); {@link resolveHandle}
 * applies Mastodon's rules for that.
 *
 * @param resource - an `acct:` URI, a handle (`@alice@example.social`), an http(s) URL, or a
 *   parsed {@link Acct}.
 * @returns the JRD, or a failure whose code tells a malformed resource, not found, gone, an
 *   invalid answer and each fetch failure (`ssrf_blocked`, `timeout`, `network` …) apart; never
 *   throws for bad input or a bad server.
 * @throws {TypeError} or `RangeError` for invalid options; the abort reason when `signal`
 *   aborts.
 *
 * @example
 * ```ts
 * import { lookupWebFinger } from "@fedikit/webfinger/client";
 *
 * const result = await lookupWebFinger("acct:Gargron@mastodon.social");
 * if (result.ok) console.log(result.value.jrd.links);
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
  const target = lookupTarget(resource);
  if (!target.ok) return target;
  const answer = await requestDescriptor("jrd", {
    url: webFingerUrl(settings, target.value, rels),
    what: `Looking up ${target.value.resource}`,
    settings,
    cap: { maxBytes: settings.maxBytes, option: "maxBytes" },
  });
  let result: LookupWebFingerResult = answer.ok
    ? success({ jrd: answer.value.jrd, url: answer.value.url, source: "webfinger" }, answer.warnings)
    : answer;
  if (!result.ok && settings.hostMetaFallback && fallbackCodes.has(result.error.code)) {
    result = await viaHostMeta(target.value, settings, result.error);
  }
  return result.ok
    ? success({ ...result.value, jrd: filterJrdLinks(result.value.jrd, rels) }, result.warnings)
    : result;
}
