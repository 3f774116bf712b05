/**
 * The origin (`scheme://host[:port]`) of an absolute `http:` or `https:` URL, or `null` for
 * anything else (relative, malformed, another scheme).
 */
export function httpOrigin(url: string | URL): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.origin;
}

/** Whether two URLs are `http:` / `https:` URLs of the same origin (scheme, host and port). */
export function sameOrigin(a: string | URL, b: string | URL): boolean {
  const origin = httpOrigin(a);
  return origin !== null && origin === httpOrigin(b);
}

/**
 * The rule "a remote document speaks only for its own origin": whether a document fetched from
 * `responseUrl` (the final URL, after redirects) may claim `id`. True only when both are
 * `http:` / `https:` URLs of one origin; a document that claims an id elsewhere (after an open
 * redirect, say) must be fetched again from its id, or refused.
 *
 * @param id - the `id` the document claims.
 * @param responseUrl - the URL the document was actually served from (`Response.url`).
 */
export function mayClaimId(id: unknown, responseUrl: string | URL): boolean {
  return typeof id === "string" && sameOrigin(id, responseUrl);
}
