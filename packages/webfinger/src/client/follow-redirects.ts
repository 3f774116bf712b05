import { fetchFollowingRedirects as followRedirects, isFetchError } from "@fedikit/fetch";
import { fetchFailure, type RequestContext } from "./fetch-failure.js";

/** Drops a body that will not be read, so its connection can be reused. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * GETs a URL through the settings' fetch with `@fedikit/fetch`'s `fetchFollowingRedirects`, so
 * that whatever fetch the caller passed, a hop to plain `http:` (unless `httpsOnly: false`) or to
 * another scheme is refused before it is requested (RFC 7033 section 4.2), and at most
 * `maxRedirects` redirects are followed.
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
  const { settings } = context;
  try {
    const { response, url } = await followRedirects(context.url, init, {
      fetch: settings.fetch,
      maxRedirects: settings.maxRedirects,
      httpsOnly: settings.httpsOnly,
      ...(settings.signal ? { signal: settings.signal } : {}),
    });
    return { response, url };
  } catch (error) {
    throw fetchFailure(error, { ...context, url: isFetchError(error) ? error.url : context.url });
  }
}
