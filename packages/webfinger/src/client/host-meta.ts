import { AcctSyntaxError } from "../acct/acct-syntax-error.js";
import { formatHostAndPort, parseHost } from "../acct/host.js";
import type { Jrd } from "../documents/jrd.js";
import { type ClientSettings, clientSettings, type WebFingerClientOptions } from "./client-options.js";
import { requestDescriptor } from "./request-descriptor.js";
import { failure, WebFingerError, type WebFingerFailure } from "../shared/webfinger-error.js";

/** What {@link lookupHostMeta} returns on success. */
export interface HostMetaFound {
  /** Always `true` for a success. */
  readonly ok: true;
  /** The host-meta document; an XRD is converted to its JRD form (RFC 6415 Appendix A). */
  readonly hostMeta: Jrd;
  /** The URL it came from, after redirects. */
  readonly url: string;
}

/** The result of {@link lookupHostMeta}: the document, or why there is none. */
export type LookupHostMetaResult = HostMetaFound | WebFingerFailure;

/** Fetches `/.well-known/host-meta` (XRD or JRD), then `/.well-known/host-meta.json`. */
export async function fetchHostMeta(
  authority: string,
  settings: ClientSettings,
): Promise<LookupHostMetaResult> {
  const base = `${settings.protocol}//${authority}/.well-known/`;
  const xrd = await requestDescriptor(`${base}host-meta`, "xrd-or-jrd", settings, "Fetching host-meta");
  if (xrd.ok) return { ok: true, hostMeta: xrd.jrd, url: xrd.url };
  if (xrd.error.code === "blocked") return xrd;
  const json = await requestDescriptor(`${base}host-meta.json`, "jrd", settings, "Fetching host-meta.json");
  if (json.ok) return { ok: true, hostMeta: json.jrd, url: json.url };
  return xrd;
}

/**
 * The `lrdd` template of a host-meta document: a link with `rel="lrdd"` and a `template`,
 * preferring one typed as a JRD, then an untyped one, then any.
 */
export function findLrddTemplate(hostMeta: Jrd): string | undefined {
  const candidates = (hostMeta.links ?? []).filter((link) => link.rel === "lrdd" && link.template);
  const rank = (type: string | undefined) =>
    type === undefined ? 1 : /^application\/(jrd\+)?json\b/i.test(type) ? 0 : 2;
  candidates.sort((a, b) => rank(a.type) - rank(b.type));
  return candidates[0]?.template;
}

/**
 * The URL an `lrdd` template gives for a resource: every `{uri}` replaced with the
 * percent-encoded resource (RFC 6415 section 4.2).
 *
 * @throws {WebFingerError} `invalid_response` when the result is not an http(s) URL.
 */
export function expandLrddTemplate(template: string, resource: string, hostMetaUrl: string): string {
  const expanded = template.replaceAll("{uri}", encodeURIComponent(resource));
  let url: URL | undefined;
  try {
    url = new URL(expanded);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new WebFingerError(
      "invalid_response",
      `The host-meta lrdd template ${JSON.stringify(template)} does not give an http(s) URL`,
      { url: hostMetaUrl },
    );
  }
  return url.href;
}

/**
 * Fetches a host's host-meta document (RFC 6415): `/.well-known/host-meta` as XRD (or JRD, if
 * the server answers that), then `/.well-known/host-meta.json`. The XML is parsed with entity
 * processing off and DOCTYPEs refused (see {@link parseXrd}). {@link lookupWebFinger} uses this
 * as its fallback; call it directly to read other host-wide links.
 *
 * @param host - the host, with an optional port: `example.social`, `localhost:3000`.
 * @returns the document, or a failure (`invalid_resource`, `not_found`, `invalid_response`,
 *   `network` …); never throws for bad input or a bad server.
 * @throws {TypeError} for invalid options; the abort reason when `signal` aborts.
 */
export async function lookupHostMeta(
  host: string,
  options: WebFingerClientOptions = {},
): Promise<LookupHostMetaResult> {
  const settings = clientSettings(options);
  let authority: string;
  try {
    authority = formatHostAndPort(parseHost(host));
  } catch (error) {
    if (error instanceof AcctSyntaxError) {
      return failure(new WebFingerError("invalid_resource", error.message, { cause: error }));
    }
    throw error;
  }
  return fetchHostMeta(authority, settings);
}
