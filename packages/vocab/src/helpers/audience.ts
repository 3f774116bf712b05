import { isPublicCollection } from "./public-collection.js";
import { idOf, idsOf } from "./references.js";
import { asArray } from "./values.js";

/** The addressing properties of an object or activity, as {@link visibilityOf} reads them. */
export interface Addressed {
  /** Primary recipients. */
  readonly to?: unknown;
  /** Secondary recipients. */
  readonly cc?: unknown;
  /** Private primary recipients. */
  readonly bto?: unknown;
  /** Private secondary recipients. */
  readonly bcc?: unknown;
  /** The audience (FEP-1b12 groups put the group here). */
  readonly audience?: unknown;
  /** Tags; `Mention` tags tell mentioned actors apart. */
  readonly tag?: unknown;
}

/**
 * How widely an object is addressed, in Mastodon's terms:
 *
 * - `"public"`: the public collection is in `to` (or `audience`);
 * - `"unlisted"`: the public collection is only in `cc`, `bto` or `bcc`;
 * - `"followers"`: not public, but addressed to the author's followers collection;
 * - `"limited"`: addressed to actors, at least one of them not mentioned;
 * - `"direct"`: addressed only to actors it mentions (and to no one else).
 */
export type Visibility = "public" | "unlisted" | "followers" | "limited" | "direct";

function recipients(object: Addressed): string[] {
  return [
    ...idsOf(asArray(object.to as never)),
    ...idsOf(asArray(object.cc as never)),
    ...idsOf(asArray(object.bto as never)),
    ...idsOf(asArray(object.bcc as never)),
  ];
}

/** Whether an object or activity is addressed to the public collection (in any addressing property). */
export function isPublic(object: Addressed): boolean {
  return (
    recipients(object).some(isPublicCollection) ||
    idsOf(asArray(object.audience as never)).some(isPublicCollection)
  );
}

/**
 * Whether an object or activity is addressed to the given followers collection and not to the
 * public collection.
 */
export function isFollowersOnly(object: Addressed, followers: string): boolean {
  return !isPublic(object) && recipients(object).includes(followers);
}

/**
 * Whether an object is addressed only to actors it mentions: not public, not to the followers
 * collection (when given), and every recipient has a `Mention` tag.
 */
export function isDirect(object: Addressed, followers?: string): boolean {
  return visibilityOf(object, followers) === "direct";
}

/**
 * Classifies how widely an object is addressed (see {@link Visibility}).
 *
 * @param followers the author's followers collection; without it nothing is `"followers"`.
 */
export function visibilityOf(object: Addressed, followers?: string): Visibility {
  if (idsOf(asArray(object.to as never)).some(isPublicCollection)) return "public";
  if (idsOf(asArray(object.audience as never)).some(isPublicCollection)) return "public";
  const all = recipients(object);
  if (all.some(isPublicCollection)) return "unlisted";
  if (followers !== undefined && all.includes(followers)) return "followers";
  const mentioned = new Set<string>();
  for (const tag of asArray(object.tag as never)) {
    if (typeof tag === "object" && tag !== null && (tag as { type?: unknown }).type === "Mention") {
      const href = idOf({ href: (tag as { href?: unknown }).href });
      if (href !== undefined) mentioned.add(href);
    }
  }
  return all.length > 0 && all.every((recipient) => mentioned.has(recipient)) ? "direct" : "limited";
}
