import { hasCode, success } from "@fedikit/core";
import { formatHostAndPort } from "../acct/acct.js";
import { parseHost } from "../acct/host.js";
import { type ClientSettings, clientSettings, type WebFingerClientOptions } from "./client-options.js";
import type { LookupHostMetaResult } from "./host-meta-cache.js";
import { requestDescriptor } from "./request-descriptor.js";

/** The scheme lookups use under the settings. */
export function schemeOf(settings: ClientSettings): "https:" | "http:" {
  return settings.httpsOnly ? "https:" : "http:";
}

async function fetchBoth(origin: string, settings: ClientSettings): Promise<LookupHostMetaResult> {
  const cap = { maxBytes: settings.maxHostMetaBytes, option: "maxHostMetaBytes" } as const;
  const base = `${origin}/.well-known/`;
  const xrd = await requestDescriptor("xrd-or-jrd", {
    url: `${base}host-meta`,
    what: "Fetching host-meta",
    settings,
    cap,
  });
  if (xrd.ok) return success({ hostMeta: xrd.value.jrd, url: xrd.value.url }, xrd.warnings);
  // A refused address or scheme is refused for host-meta.json too.
  if (hasCode(xrd.error, "ssrf_blocked", "bad_scheme")) return xrd;
  const json = await requestDescriptor("jrd", {
    url: `${base}host-meta.json`,
    what: "Fetching host-meta.json",
    settings,
    cap,
  });
  if (json.ok) return success({ hostMeta: json.value.jrd, url: json.value.url }, json.warnings);
  return xrd;
}

/**
 * Fetches `/.well-known/host-meta` (XRD or JRD), then `/.well-known/host-meta.json`, within
 * `maxHostMetaBytes`; through the settings' `hostMetaCache` when there is one.
 */
export function fetchHostMeta(authority: string, settings: ClientSettings): Promise<LookupHostMetaResult> {
  const origin = `${schemeOf(settings)}//${authority}`;
  const cache = settings.hostMetaCache;
  return cache === undefined
    ? fetchBoth(origin, settings)
    : cache.lookup(origin, () => fetchBoth(origin, settings));
}

/**
 * Options of {@link lookupHostMeta}: those of the client that concern host-meta (`maxBytes` and
 * `hostMetaFallback` are for WebFinger lookups).
 */
export interface LookupHostMetaOptions
  extends Pick<
    WebFingerClientOptions,
    "fetch" | "httpsOnly" | "maxHostMetaBytes" | "maxDepth" | "maxRedirects" | "hostMetaCache" | "signal"
  > {}

/**
 * Fetches a host's host-meta document (RFC 6415): `/.well-known/host-meta` as XRD (or JRD, if
 * the server answers that), then `/.well-known/host-meta.json`, each read within
 * `maxHostMetaBytes` (16 KiB). The XML is parsed with entity processing off and DOCTYPEs refused
 * (see `parseXrd`). {@link lookupWebFinger} uses this as its fallback; call it directly to
 * read other host-wide links.
 *
 * @param host - the host, with an optional port: `example.social`, `localhost:3000`.
 * @returns the document, or a failure (`invalid_host`, `not_found`, `invalid_response`,
 *   `too_large`, `network` …); never throws for bad input or a bad server.
 * @throws {TypeError} or `RangeError` for invalid options; the abort reason when `signal`
 *   aborts.
 *
 * @example
 * ```ts
 * import { lookupHostMeta } from "@fedikit/webfinger/client";
 *
 * const result = await lookupHostMeta("example.social");
 * if (result.ok) console.log(result.value.hostMeta.links);
 * ```
 */
export async function lookupHostMeta(
  host: string,
  options: LookupHostMetaOptions = {},
): Promise<LookupHostMetaResult> {
  const settings = clientSettings(options);
  const parsed = parseHost(host);
  if (!parsed.ok) return parsed;
  return fetchHostMeta(formatHostAndPort(parsed.value), settings);
}
