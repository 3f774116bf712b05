import { parseMediaType } from "@fedikit/core";
import type { Jrd, JrdLink } from "./jrd.js";

/** The ActivityStreams profile that makes `application/ld+json` an ActivityPub media type. */
export const activityStreamsProfile = "https://www.w3.org/ns/activitystreams";

/**
 * Whether a link `type` is one Mastodon accepts for an actor: `application/activity+json`, or
 * `application/ld+json` with the ActivityStreams `profile` (quoted or not, among other profiles
 * or alone). Plain `application/ld+json` is not enough for Mastodon, so it is not here either.
 */
export function isActivityPubLinkType(type: string | undefined): boolean {
  const mediaType = parseMediaType(type ?? null);
  if (mediaType?.essence === "application/activity+json") return true;
  if (mediaType?.essence !== "application/ld+json") return false;
  return (mediaType.parameters.get("profile") ?? "").split(/\s+/).includes(activityStreamsProfile);
}

/**
 * The link to the ActivityPub actor in a JRD, as Mastodon finds it: the first link with
 * `rel="self"`, an ActivityPub `type` (see {@link isActivityPubLinkType}) and an `href`.
 */
export function findActorLink(jrd: Jrd): (JrdLink & { readonly href: string }) | undefined {
  return (jrd.links ?? []).find(
    (link): link is JrdLink & { readonly href: string } =>
      link.rel === "self" && link.href !== undefined && isActivityPubLinkType(link.type),
  );
}
