import { getOwn } from "@fedikit/core";

/** The actor types Mastodon accepts (`ActivityPub::FetchRemoteActorService`'s list). */
export const mastodonActorTypes: readonly string[] = Object.freeze([
  "Application",
  "Group",
  "Organization",
  "Person",
  "Service",
]);

/** The document's `type` as a list: a string, or the strings of an array (JSON-LD allows both). */
function typesOf(document: Readonly<Record<string, unknown>>): string[] {
  const type = getOwn(document, "type");
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === "string") : [];
}

/**
 * Whether an actor document has one of `accepted` among its types. `"any"` accepts every
 * document, typed or not.
 */
export function hasActorType(
  document: Readonly<Record<string, unknown>>,
  accepted: readonly string[] | "any",
): boolean {
  if (accepted === "any") return true;
  return typesOf(document).some((type) => accepted.includes(type));
}

/** The document's types for a message: `has the type "Note"`, `has the types [...]`, `has no type`. */
export function describeTypes(document: Readonly<Record<string, unknown>>): string {
  const types = typesOf(document);
  if (types.length === 0) return "has no type";
  // Types come from the server: at most a few, each shortened by the error's message cap.
  return types.length === 1
    ? `has the type ${JSON.stringify(types[0])}`
    : `has the types ${JSON.stringify(types.slice(0, 5))}`;
}
