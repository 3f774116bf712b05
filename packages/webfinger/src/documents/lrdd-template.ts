import { failure, isJrdMediaType, parseMediaType, type Result, success } from "@fedikit/core";
import { WebFingerError } from "../shared/webfinger-error.js";
import type { Jrd, JrdLink } from "./jrd.js";

/** How much a template is preferred: a JRD-typed one, then an untyped one, then any other. */
function rank(link: JrdLink): number {
  if (link.type === undefined) return 1;
  return isJrdMediaType(parseMediaType(link.type)) ? 0 : 2;
}

/**
 * The `lrdd` template of a host-meta document: a link with `rel="lrdd"` and a `template`,
 * preferring one typed as a JRD (`application/jrd+json`, `application/json`), then an untyped
 * one, then any.
 */
export function findLrddTemplate(hostMeta: Jrd): string | undefined {
  let best: JrdLink | undefined;
  for (const link of hostMeta.links ?? []) {
    if (link.rel !== "lrdd" || !link.template) continue;
    if (best === undefined || rank(link) < rank(best)) best = link;
  }
  return best?.template;
}

/**
 * The URL an `lrdd` template gives for a resource: every `{uri}` replaced with the
 * percent-encoded resource (RFC 6415 section 4.2).
 *
 * @param template - the template, from a host-meta document.
 * @param resource - the resource to look up, e.g. `acct:alice@example.social`.
 * @param hostMetaUrl - where the template came from, named in the error.
 * @returns the URL, or an `invalid_response` failure when the result is not an http(s) URL;
 *   never throws.
 */
export function expandLrddTemplate(
  template: string,
  resource: string,
  hostMetaUrl?: string,
): Result<string, WebFingerError> {
  const expanded = template.replaceAll("{uri}", encodeURIComponent(resource));
  const url = URL.canParse(expanded) ? new URL(expanded) : undefined;
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    return failure(
      new WebFingerError(
        "invalid_response",
        `The host-meta lrdd template ${JSON.stringify(template)} does not give an http(s) URL`,
        { url: hostMetaUrl },
      ),
    );
  }
  return success(url.href);
}
