import {
  activityStreamsAccept,
  failure,
  getOwn,
  isActivityStreamsMediaType,
  mayClaimId,
  parseMediaType,
  type Result,
  success,
} from "@fedikit/core";
import { readJson } from "@fedikit/fetch";
import { WebFingerError } from "../shared/webfinger-error.js";
import { fetchFailure, type RequestContext, statusError } from "./fetch-failure.js";
import { discard, fetchFollowingRedirects } from "./follow-redirects.js";

/** An actor document fetched from its own `id`. */
export interface ActorDocument {
  /** The parsed document. */
  readonly document: Readonly<Record<string, unknown>>;
  /** The URL it came from, after redirects: of the same origin as its `id`. */
  readonly url: string;
}

/**
 * GETs the actor at `context.url` (its `self` link) as ActivityStreams, with this package's
 * redirect rules, and accepts it only if it speaks for itself: its `id` is the `self` link, and
 * it was served from that id's origin (after redirects), so an open redirect on a victim's host
 * cannot make another server's document pass for the victim's actor.
 *
 * @throws the abort reason when the caller's signal aborts.
 */
export async function fetchActorDocument(
  context: RequestContext,
): Promise<Result<ActorDocument, WebFingerError>> {
  const { what, settings, cap } = context;
  const selfLink = context.url;
  let response: Response;
  let url: string;
  try {
    ({ response, url } = await fetchFollowingRedirects(
      { headers: { accept: activityStreamsAccept } },
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
  // Anything else could be an uploaded file passing for an actor.
  if (!isActivityStreamsMediaType(parseMediaType(contentType))) {
    await discard(response);
    return failure(
      new WebFingerError(
        "bad_content_type",
        `${what}: expected application/activity+json or application/ld+json, got ${contentType ? JSON.stringify(contentType) : "no Content-Type"}`,
        { url },
      ),
    );
  }
  const read = await readJson(response, {
    maxBytes: cap.maxBytes,
    maxDepth: settings.maxDepth,
    ...(settings.signal ? { signal: settings.signal } : {}),
  });
  if (!read.ok) return failure(fetchFailure(read.error, { ...context, url }));
  const document = read.value;
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return failure(
      new WebFingerError("invalid_json", `${what}: expected a JSON object at the top level`, { url }),
    );
  }
  const id = getOwn(document as Readonly<Record<string, unknown>>, "id");
  if (id !== selfLink) {
    return failure(
      new WebFingerError(
        "actor_mismatch",
        `${what}: the document at the self link has the id ${JSON.stringify(id)}, not the self link itself`,
        { url },
      ),
    );
  }
  if (!mayClaimId(id, url)) {
    return failure(
      new WebFingerError(
        "actor_mismatch",
        `${what}: the document claims the id ${selfLink} but was served from another origin, after a redirect; ` +
          "a document speaks only for its own origin",
        { url },
      ),
    );
  }
  return success({ document: document as Readonly<Record<string, unknown>>, url });
}
