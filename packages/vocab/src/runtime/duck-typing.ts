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

/** The core types a telltale property can give an untyped node, one bit each in {@link possibleDuckTypes}. */
const telltaleTypes: readonly CoreType[] = [
  "Actor",
  "VerificationMethod",
  "PublicKey",
  "Link",
  "Activity",
  "Collection",
];

/**
 * Every core type {@link duckType} could give this node or a copy of it with some properties
 * removed (as a lenient parse removes values that do not fit), as a bit set over the six
 * telltale types (`Object`, what is left when every telltale property is removed, is always
 * possible): each type whose telltale property is present, and an activity whenever `actor` is
 * (removing `attributedTo` makes it one). A parser that checks an untyped node against all of
 * them leaves no guard true of what it returns for a property it did not check. A number, so
 * the hot path allocates nothing; {@link duckTypesOfMask} lists the types.
 */
export function possibleDuckTypes(node: Readonly<Record<string, unknown>>): number {
  let mask = 0;
  if (has(node, "inbox")) mask |= 1;
  if (has(node, "publicKeyMultibase")) mask |= 2;
  if (has(node, "publicKeyPem")) mask |= 4;
  if (has(node, "href")) mask |= 8;
  if (has(node, "actor")) mask |= 16;
  for (const key of collectionKeys) {
    if (has(node, key)) {
      mask |= 32;
      break;
    }
  }
  return mask;
}

/** The core types of a bit set of {@link possibleDuckTypes}, `Object` last. */
export function duckTypesOfMask(mask: number): CoreType[] {
  const types = telltaleTypes.filter((_, bit) => (mask & (1 << bit)) !== 0);
  types.push("Object");
  return types;
}
