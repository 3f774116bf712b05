import { failure, isJrdMediaType, type MediaType, parseMediaType, type Result, success } from "@fedikit/core";
import { readJson, readText } from "@fedikit/fetch";
import type { Jrd } from "../documents/jrd.js";
import { parseJrd } from "../documents/parse-jrd.js";
import { parseXrd } from "../documents/xrd.js";
import { restated, WebFingerError } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";
import { fetchFailure, type RequestContext, statusError } from "./fetch-failure.js";
import { discard, fetchFollowingRedirects } from "./follow-redirects.js";

/** A JRD (or an XRD read as one) fetched from a URL. */
export interface FetchedDescriptor {
  readonly jrd: Jrd;
  /** The URL it came from, after redirects. */
  readonly url: string;
}

/** Which representations a request accepts. */
export type DescriptorFormats = "jrd" | "jrd-or-xrd" | "xrd-or-jrd";

function acceptHeader(formats: DescriptorFormats): string {
  switch (formats) {
    case "jrd":
      return "application/jrd+json, application/json";
    case "jrd-or-xrd":
      return "application/jrd+json, application/json, application/xrd+xml;q=0.9";
    default:
      return "application/xrd+xml, application/xml, text/xml, application/jrd+json;q=0.9, application/json;q=0.9";
  }
}

const xrdEssences: ReadonlySet<string> = new Set(["application/xrd+xml", "application/xml", "text/xml"]);
// What static hosting serves an extensionless file as; Mastodon reads a JRD whatever its type.
const lenientJrdEssences: ReadonlySet<string> = new Set(["text/plain", "application/octet-stream"]);

type Reading = "jrd" | "lenient-jrd" | "xrd" | null;

function readingFor(mediaType: MediaType | null, formats: DescriptorFormats): Reading {
  if (isJrdMediaType(mediaType)) return "jrd";
  // Some static hosts send no Content-Type at all; Mastodon reads the body as a JRD anyway.
  if (mediaType === null) return formats === "xrd-or-jrd" ? null : "lenient-jrd";
  if (formats !== "jrd" && xrdEssences.has(mediaType.essence)) return "xrd";
  if (formats !== "xrd-or-jrd" && lenientJrdEssences.has(mediaType.essence)) return "lenient-jrd";
  return null;
}

/**
 * GETs a JRD (or, when `formats` allows, an XRD) with the right `Accept` header and reads it
 * within the bounds: follows redirects as {@link fetchFollowingRedirects} does, maps 404 / 410 /
 * other statuses, checks the media type (a JRD served as `text/plain` or
 * `application/octet-stream` is read too, with a warning), and validates the document.
 *
 * @throws the abort reason when the caller's signal aborts.
 */
export async function requestDescriptor(
  formats: DescriptorFormats,
  context: RequestContext,
): Promise<Result<FetchedDescriptor, WebFingerError, WebFingerWarning>> {
  const { what, settings, cap } = context;
  let response: Response;
  let url: string;
  try {
    ({ response, url } = await fetchFollowingRedirects(
      { headers: { accept: acceptHeader(formats) } },
      context,
    ));
  } catch (error) {
    if (error instanceof WebFingerError) return failure(error);
    throw error;
  }
  if (response.status < 200 || response.status > 299) {
    await discard(response);
    return failure(statusError(response.status, response.statusText, url, what));
  }
  const contentType = response.headers.get("content-type");
  const mediaType = parseMediaType(contentType);
  const reading = readingFor(mediaType, formats);
  if (reading === null) {
    await discard(response);
    const expected = formats === "jrd" ? "application/jrd+json or application/json" : "a JRD or an XRD";
    return failure(
      new WebFingerError(
        "bad_content_type",
        `${what}: expected ${expected}, got ${contentType ? JSON.stringify(contentType) : "no Content-Type"}`,
        { url },
      ),
    );
  }
  const signal = settings.signal ? { signal: settings.signal } : {};
  const read =
    reading === "xrd"
      ? await readText(response, { maxBytes: cap.maxBytes, ...signal })
      : await readJson(response, { maxBytes: cap.maxBytes, maxDepth: settings.maxDepth, ...signal });
  if (!read.ok) return failure(fetchFailure(read.error, { ...context, url }));
  const parsed: Result<Jrd, WebFingerError, WebFingerWarning> =
    reading === "xrd" ? parseXrd(read.value as string) : parseJrd(read.value);
  if (!parsed.ok) return failure(restated(parsed.error, { prefix: `${what}: `, url }));
  const warnings = [...parsed.warnings];
  if (reading === "lenient-jrd") {
    warnings.push({
      code: "lenient_media_type",
      message: `${what}: the JRD was served ${mediaType ? `as ${mediaType.essence}` : "without a Content-Type"}; it was read because its body is a valid JRD`,
      where: url,
    });
  }
  return success({ jrd: parsed.value, url }, warnings);
}
