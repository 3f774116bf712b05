import { type FetchFunction, integerOption } from "@fedikit/core";
import { safeFetch } from "./create-safe-fetch.js";
import { FetchError } from "./fetch-error.js";
import { quoteRemote } from "./quote-remote.js";
import { isRedirectStatus } from "./redirect.js";

/** Options of {@link fetchFollowingRedirects}. */
export interface FetchFollowingRedirectsOptions {
  /**
   * The fetch to drive. It is called with `redirect: "manual"` for every hop, so any fetch works:
   * `safeFetch`, a configured `createSafeFetch`, a signing wrapper, the global `fetch`, a mock.
   * @defaultValue {@link safeFetch}
   */
  readonly fetch?: FetchFunction;
  /**
   * Most redirects followed; one more is `too_many_redirects`.
   * @defaultValue 5
   */
  readonly maxRedirects?: number;
  /**
   * Refuse a plain `http:` URL, the first one or any hop, before it is requested.
   * @defaultValue false
   */
  readonly httpsOnly?: boolean;
  /**
   * Aborts the request (the promise rejects with the signal's reason).
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/** What {@link fetchFollowingRedirects} resolves to. */
export interface FollowedResponse {
  /** The final response: any status except a redirect that was followed. */
  readonly response: Response;
  /** The URL of the final response. */
  readonly url: string;
  /** How many redirects were followed. */
  readonly redirects: number;
}

/** Why a URL may not be requested, or `null` if it may. */
function refusal(url: URL, httpsOnly: boolean): FetchError | null {
  if (url.protocol === "https:" || (url.protocol === "http:" && !httpsOnly)) return null;
  if (url.protocol === "http:") {
    return new FetchError(
      "bad_scheme",
      "Refused the plain http: URL; only https: is allowed (httpsOnly: false allows http: for tests and local development)",
      { url: url.href },
    );
  }
  return new FetchError("bad_scheme", `Refused a ${quoteRemote(url.protocol)} URL; only http(s) is fetched`, {
    url: url.protocol === "data:" ? "data:" : url.href,
  });
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * Sends a GET or HEAD through any fetch function, following redirects here instead of in the
 * fetch, so that every hop is checked before it is requested: its scheme (with `httpsOnly`, a hop
 * to plain `http:` is never sent, as RFC 7033 section 4.2 asks of WebFinger clients), and the
 * count (`maxRedirects`). A fetch that follows redirects anyway is judged by the URL it reports.
 *
 * `createSafeFetch` bounds redirects itself (and per call, through `init.fedikit`); this function
 * is for code that must keep those rules whatever fetch its caller hands it.
 *
 * @param url - what to request.
 * @param init - headers and the like; `redirect` and `signal` are set here.
 * @param options - the fetch and the bounds.
 * @throws {FetchError} `bad_scheme` (a refused or malformed URL) or `too_many_redirects`; whatever
 *   the fetch throws is passed on as it is.
 * @throws TypeError or RangeError when `maxRedirects` is not a non-negative integer.
 */
export async function fetchFollowingRedirects(
  url: string | URL,
  init: RequestInit,
  options: FetchFollowingRedirectsOptions = {},
): Promise<FollowedResponse> {
  const fetch = options.fetch ?? safeFetch;
  const maxRedirects = integerOption(options.maxRedirects, "maxRedirects", 5, 0);
  const httpsOnly = options.httpsOnly === true;
  let current: URL;
  try {
    current = new URL(url);
  } catch (cause) {
    throw new FetchError("bad_scheme", "The URL is not a valid absolute URL", { url: String(url), cause });
  }
  for (let redirects = 0; ; redirects++) {
    const refused = refusal(current, httpsOnly);
    if (refused) throw refused;
    const response = await fetch(current.href, {
      ...init,
      redirect: "manual",
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const location = isRedirectStatus(response.status) ? response.headers.get("location") : null;
    if (location === null) {
      const final = response.url && URL.canParse(response.url) ? new URL(response.url) : current;
      const refusedFinal = refusal(final, httpsOnly);
      if (refusedFinal) {
        await discard(response);
        throw refusedFinal;
      }
      return { response, url: final.href, redirects };
    }
    await discard(response);
    if (redirects >= maxRedirects) {
      throw new FetchError(
        "too_many_redirects",
        `More than ${maxRedirects} redirects; raise maxRedirects if this chain is expected`,
        { url: current.href },
      );
    }
    if (!URL.canParse(location, current)) {
      throw new FetchError(
        "bad_scheme",
        `The redirect target "${quoteRemote(location)}" is not a valid URL`,
        {
          url: current.href,
        },
      );
    }
    current = new URL(location, current);
  }
}
