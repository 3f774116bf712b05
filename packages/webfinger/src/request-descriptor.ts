import { isJrdMediaType, parseMediaType, readJson, readText } from "@fedikit/fetch";
import { fetchFailure, statusError } from "./fetch-failure.js";
import { type Jrd, parseJrd } from "./jrd.js";
import type { ClientSettings } from "./lookup-options.js";
import { failure, WebFingerError, type WebFingerFailure, withContext } from "./webfinger-error.js";
import { parseXrd } from "./xrd.js";

/** A JRD (or an XRD read as one) fetched from a URL. */
export interface FetchedDescriptor {
  readonly ok: true;
  readonly jrd: Jrd;
  /** The URL it came from, after redirects. */
  readonly url: string;
}

/** Which representations a request accepts. */
export type DescriptorFormats = "jrd" | "jrd-or-xrd" | "xrd-or-jrd";

const acceptHeaders: Readonly<Record<DescriptorFormats, string>> = {
  jrd: "application/jrd+json, application/json",
  "jrd-or-xrd": "application/jrd+json, application/json, application/xrd+xml;q=0.9",
  "xrd-or-jrd":
    "application/xrd+xml, application/xml, text/xml, application/jrd+json;q=0.9, application/json;q=0.9",
};

const xrdEssences = new Set(["application/xrd+xml", "application/xml", "text/xml"]);

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Redirects followed before giving up; as many as `@fedikit/fetch` follows by default. */
const maxRedirects = 5;

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * GETs a JRD (or, when `formats` allows, an XRD) with the right `Accept` header and reads it
 * within the bounds: follows up to five redirects itself, refusing any plain `http:` hop (unless
 * allowed) and any other scheme before it is requested; maps 404 / 410 / other statuses, checks the media type, and validates
 * the document.
 *
 * @throws the abort reason when the caller's signal aborts.
 */
export async function requestDescriptor(
  url: string,
  formats: DescriptorFormats,
  settings: ClientSettings,
  what: string,
): Promise<FetchedDescriptor | WebFingerFailure> {
  const plainHttp = (at: string) =>
    failure(
      new WebFingerError(
        "blocked",
        `${what}: refused the plain http: URL; RFC 7033 allows https: only (protocol: "http:" is for local development)`,
        { url: at },
      ),
    );
  // Redirects are followed here, not by the fetch, so that a hop to plain http: is refused before
  // it is requested (RFC 7033 section 4.2), whatever fetch function the caller passed.
  let current = url;
  let response: Response;
  for (let redirects = 0; ; redirects++) {
    if (settings.protocol === "https:" && current.startsWith("http:")) return plainHttp(current);
    try {
      response = await settings.fetch(current, {
        headers: { accept: acceptHeaders[formats] },
        redirect: "manual",
        ...(settings.signal ? { signal: settings.signal } : {}),
      });
    } catch (error) {
      return failure(fetchFailure(error, current, what, settings.signal));
    }
    const location = redirectStatuses.has(response.status) ? response.headers.get("location") : null;
    if (location === null) break;
    await discard(response);
    if (redirects >= maxRedirects) {
      return failure(
        new WebFingerError("network", `${what}: more than ${maxRedirects} redirects`, { url: current }),
      );
    }
    const next = URL.canParse(location, current) ? new URL(location, current) : undefined;
    if (next === undefined) {
      return failure(
        new WebFingerError(
          "invalid_response",
          `${what}: the redirect target ${JSON.stringify(location)} is not a URL`,
          { url: current },
        ),
      );
    }
    // A fetch without a scheme guard would read a data: URL the server chose as the answer.
    if (next.protocol !== "https:" && next.protocol !== "http:") {
      return failure(
        new WebFingerError("blocked", `${what}: refused a redirect to a ${next.protocol} URL`, {
          url: current,
        }),
      );
    }
    current = next.href;
  }
  // A fetch that follows redirects anyway reports where it ended up.
  const finalUrl = response.url || current;
  if (settings.protocol === "https:" && finalUrl.startsWith("http:")) {
    await discard(response);
    return plainHttp(finalUrl);
  }
  if (response.status < 200 || response.status > 299) {
    await discard(response);
    return failure(statusError(response.status, response.statusText, finalUrl, what));
  }
  const contentType = response.headers.get("content-type");
  const mediaType = parseMediaType(contentType);
  const isXrd = formats !== "jrd" && mediaType !== null && xrdEssences.has(mediaType.essence);
  if (!isJrdMediaType(mediaType) && !isXrd) {
    await discard(response);
    const expected = formats === "jrd" ? "application/jrd+json or application/json" : "a JRD or an XRD";
    return failure(
      new WebFingerError(
        "invalid_response",
        `${what}: expected ${expected}, got ${contentType ? JSON.stringify(contentType) : "no Content-Type"}`,
        { url: finalUrl },
      ),
    );
  }
  try {
    const jrd = isXrd
      ? parseXrd(await readText(response, { maxBytes: settings.maxBytes }))
      : parseJrd(await readJson(response, { maxBytes: settings.maxBytes, maxDepth: settings.maxDepth }));
    return { ok: true, jrd, url: finalUrl };
  } catch (error) {
    if (error instanceof WebFingerError)
      return failure(withContext(error, { prefix: `${what}: `, url: finalUrl }));
    return failure(fetchFailure(error, finalUrl, what, settings.signal));
  }
}
