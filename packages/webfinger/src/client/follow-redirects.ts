import { isRedirectStatus } from "@fedikit/fetch";
import { fetchFailure } from "./fetch-failure.js";
import type { ClientSettings } from "./client-options.js";
import { WebFingerError } from "../shared/webfinger-error.js";

/** Drops a body that will not be read, so its connection can be reused. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Why a URL may not be requested under the settings, or `null` if it may. */
function refusedScheme(url: URL, settings: ClientSettings, what: string): WebFingerError | null {
  if (url.protocol === "https:" || (url.protocol === "http:" && settings.protocol === "http:")) return null;
  const why =
    url.protocol === "http:"
      ? `refused the plain http: URL; RFC 7033 allows https: only (protocol: "http:" is for local development)`
      : // A fetch without a scheme guard would read a data: URL the server chose as the answer.
        `refused a ${url.protocol} URL; only http(s) is fetched`;
  // A data: URL can be long and says nothing useful; an http: one is named.
  return new WebFingerError("blocked", `${what}: ${why}`, url.protocol === "http:" ? { url: url.href } : {});
}

/**
 * GETs a URL through the settings' fetch, following up to `maxRedirects` redirects here rather
 * than in the fetch, so that a hop to plain `http:` (unless `protocol: "http:"`) or to another scheme is
 * refused before it is requested (RFC 7033 section 4.2), whatever fetch function the caller
 * passed. A fetch that follows redirects anyway is judged by the URL it reports.
 *
 * @param init - headers (and nothing the redirect policy depends on).
 * @returns the final response (any status but a followed redirect) and its URL.
 * @throws {WebFingerError} `blocked`, `network`, `invalid_response`, or the fetch's failure mapped.
 * @throws the abort reason when the caller's signal aborts.
 */
export async function fetchFollowingRedirects(
  url: string,
  init: RequestInit,
  settings: ClientSettings,
  what: string,
): Promise<{ readonly response: Response; readonly url: string }> {
  let current = new URL(url);
  for (let redirects = 0; ; redirects++) {
    const refused = refusedScheme(current, settings, what);
    if (refused) throw refused;
    let response: Response;
    try {
      response = await settings.fetch(current.href, {
        ...init,
        redirect: "manual",
        ...(settings.signal ? { signal: settings.signal } : {}),
      });
    } catch (error) {
      throw fetchFailure(error, current.href, what, settings.signal);
    }
    const location = isRedirectStatus(response.status) ? response.headers.get("location") : null;
    if (location === null) {
      // A fetch that follows redirects anyway reports where it ended up.
      const final = response.url && URL.canParse(response.url) ? new URL(response.url) : current;
      const refusedFinal = refusedScheme(final, settings, what);
      if (refusedFinal) {
        await discard(response);
        throw refusedFinal;
      }
      return { response, url: final.href };
    }
    await discard(response);
    if (redirects >= settings.maxRedirects) {
      throw new WebFingerError(
        "network",
        `${what}: more than ${settings.maxRedirects} redirects; raise maxRedirects if this chain is expected`,
        { url: current.href },
      );
    }
    if (!URL.canParse(location, current)) {
      throw new WebFingerError(
        "invalid_response",
        `${what}: the redirect target ${JSON.stringify(location)} is not a URL`,
        { url: current.href },
      );
    }
    current = new URL(location, current);
  }
}
