import { isJrdMediaType, parseMediaType } from "@fedikit/core";
import { readJson, readText } from "@fedikit/fetch";
import { fetchFailure, statusError } from "./fetch-failure.js";
import { discard, fetchFollowingRedirects } from "./follow-redirects.js";
import { type Jrd, parseJrd } from "../documents/jrd.js";
import type { ClientSettings } from "./client-options.js";
import { failure, WebFingerError, type WebFingerFailure, withContext } from "../shared/webfinger-error.js";
import { parseXrd } from "../documents/xrd.js";

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

/**
 * GETs a JRD (or, when `formats` allows, an XRD) with the right `Accept` header and reads it
 * within the bounds: follows redirects as {@link fetchFollowingRedirects} does, maps 404 / 410 /
 * other statuses, checks the media type, and validates the document.
 *
 * @throws the abort reason when the caller's signal aborts.
 */
export async function requestDescriptor(
  url: string,
  formats: DescriptorFormats,
  settings: ClientSettings,
  what: string,
): Promise<FetchedDescriptor | WebFingerFailure> {
  let response: Response;
  let finalUrl: string;
  try {
    ({ response, url: finalUrl } = await fetchFollowingRedirects(
      url,
      { headers: { accept: acceptHeaders[formats] } },
      settings,
      what,
    ));
  } catch (error) {
    if (error instanceof WebFingerError) return failure(error);
    throw error;
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
