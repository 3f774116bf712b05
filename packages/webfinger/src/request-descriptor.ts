import { isJrdMediaType, parseMediaType, readJson } from "@fedikit/fetch";
import { readBoundedText } from "./bounded-text.js";
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

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * GETs a JRD (or, when `formats` allows, an XRD) with the right `Accept` header and reads it
 * within the bounds: refuses plain `http:` (before the request and after redirects) unless allowed,
 * maps 404 / 410 / other
 * statuses, checks the media type, and validates the document.
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
  if (settings.protocol === "https:" && url.startsWith("http:")) return plainHttp(url);
  let response: Response;
  try {
    response = await settings.fetch(url, {
      headers: { accept: acceptHeaders[formats] },
      redirect: "follow",
      ...(settings.signal ? { signal: settings.signal } : {}),
    });
  } catch (error) {
    return failure(fetchFailure(error, url, what, settings.signal));
  }
  const finalUrl = response.url || url;
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
      ? parseXrd(await readBoundedText(response, settings.maxBytes))
      : parseJrd(await readJson(response, { maxBytes: settings.maxBytes, maxDepth: settings.maxDepth }));
    return { ok: true, jrd, url: finalUrl };
  } catch (error) {
    if (error instanceof WebFingerError)
      return failure(withContext(error, { prefix: `${what}: `, url: finalUrl }));
    return failure(fetchFailure(error, finalUrl, what, settings.signal));
  }
}
