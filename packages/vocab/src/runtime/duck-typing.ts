/** The FEP-2277 core types, as duck typing finds them. */
export type CoreType =
  | "Actor"
  | "Activity"
  | "Collection"
  | "VerificationMethod"
  | "PublicKey"
  | "Link"
  | "Object";

/**
 * The schema term of each FEP-2277 core type: what a node without a known `type` is proven to be
 * when duck typing classifies it so. Guards for these terms (and only these) look at the shape.
 */
export const coreTypeTerms: Readonly<Record<CoreType, string>> = {
  Actor: "Actor",
  Activity: "Activity",
  Collection: "Collection",
  VerificationMethod: "Multikey",
  PublicKey: "CryptographicKey",
  Link: "Link",
  Object: "Object",
};

/** The properties that make an untyped node a collection (FEP-2277). */
const collectionKeys = [
  "items",
  "orderedItems",
  "totalItems",
  "partOf",
  "first",
  "last",
  "next",
  "prev",
  "current",
];

function has(node: Readonly<Record<string, unknown>>, key: string): boolean {
  const value = node[key];
  return value !== undefined && value !== null;
}

/**
 * Classifies an object by its shape, ignoring `type`, with the FEP-2277 algorithm and both of
 * its compatibility allowances: an object with an `inbox` is an actor even without an `outbox`,
 * and an object with an `actor` is an activity only if it has no `attributedTo` (Pleroma adds
 * `actor` to objects).
 */
export function duckType(node: Readonly<Record<string, unknown>>): CoreType {
  if (has(node, "inbox")) return "Actor";
  if (has(node, "publicKeyMultibase")) return "VerificationMethod";
  if (has(node, "publicKeyPem")) return "PublicKey";
  if (has(node, "href")) return "Link";
  if (has(node, "actor") && !has(node, "attributedTo")) return "Activity";
  if (collectionKeys.some((key) => has(node, key))) return "Collection";
  return "Object";
}

/**
 * Every core type {@link duckType} could give this node or a copy of it with some properties
 * removed (as a lenient parse removes values that do not fit): each type whose telltale
 * property is present, an activity whenever `actor` is (removing `attributedTo` makes it one),
 * and `Object` (what is left when every telltale property is removed). A parser that checks an
 * untyped node against all of them leaves no guard true of what it returns for a property it
 * did not check.
 */
export function possibleDuckTypes(node: Readonly<Record<string, unknown>>): CoreType[] {
  const types: CoreType[] = [];
  if (has(node, "inbox")) types.push("Actor");
  if (has(node, "publicKeyMultibase")) types.push("VerificationMethod");
  if (has(node, "publicKeyPem")) types.push("PublicKey");
  if (has(node, "href")) types.push("Link");
  if (has(node, "actor")) types.push("Activity");
  if (collectionKeys.some((key) => has(node, key))) types.push("Collection");
  types.push("Object");
  return types;
}
