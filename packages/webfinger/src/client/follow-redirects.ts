import { isRedirectStatus } from "@fedikit/fetch";
import { WebFingerError } from "../shared/webfinger-error.js";
import type { ClientSettings } from "./client-options.js";
import { fetchFailure, type RequestContext } from "./fetch-failure.js";

// This file is the package's one redirect loop. It exists because @fedikit/fetch cannot yet be
// told per request how many redirects to follow and whether plain http: is allowed; once it
// can, fetchFollowingRedirects becomes one call to the fetch and the rest of the client stays.

/** Drops a body that will not be read, so its connection can be reused. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Why a URL may not be requested under the settings, or `null` if it may. */
function refusedScheme(url: URL, settings: ClientSettings, what: string): WebFingerError | null {
  if (url.protocol === "https:" || (url.protocol === "http:" && !settings.httpsOnly)) return null;
  if (url.protocol === "http:") {
    return new WebFingerError(
      "bad_scheme",
      `${what}: refused the plain http: URL; RFC 7033 allows https: only (httpsOnly: false allows http: for tests and local development)`,
      { url: url.href },
    );
  }
  // A fetch without a scheme guard would read a data: URL the server chose as the answer. A
  // data: URL can be long and says nothing useful, so it is not named.
  return new WebFingerError("bad_scheme", `${what}: refused a ${url.protocol} URL; only http(s) is fetched`);
}

/**
 * GETs a URL through the settings' fetch, following up to `maxRedirects` redirects here rather
 * than in the fetch, so that a hop to plain `http:` (unless `httpsOnly: false`) or to another
 * scheme is refused before it is requested (RFC 7033 section 4.2), whatever fetch function the
 * caller passed. A fetch that follows redirects anyway is judged by the URL it reports.
 *
 * @param init - headers (and nothing the redirect policy depends on).
 * @param context - the URL to start from, what is being done, the settings and the body cap.
 * @returns the final response (any status but a followed redirect) and its URL.
 * @throws {WebFingerError} `bad_scheme`, `too_many_redirects`, or the fetch's failure.
 * @throws the abort reason when the caller's signal aborts.
 */
export async function fetchFollowingRedirects(
  init: RequestInit,
  context: RequestContext,
): Promise<{ readonly response: Response; readonly url: string }> {
  const { settings, what } = context;
  let current = new URL(context.url);
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
      throw fetchFailure(error, { ...context, url: current.href });
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
        "too_many_redirects",
        `${what}: more than ${settings.maxRedirects} redirects; raise maxRedirects if this chain is expected`,
        { url: current.href },
      );
    }
    if (!URL.canParse(location, current)) {
      // The same code as @fedikit/fetch gives a Location that is not a URL.
      throw new WebFingerError(
        "bad_scheme",
        `${what}: the redirect target ${JSON.stringify(location)} is not a URL`,
        {
          url: current.href,
        },
      );
    }
    current = new URL(location, current);
  }
}
