import type { CoreType } from "./schema.js";

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
  if (
    has(node, "items") ||
    has(node, "orderedItems") ||
    has(node, "totalItems") ||
    has(node, "partOf") ||
    has(node, "first") ||
    has(node, "last") ||
    has(node, "next") ||
    has(node, "prev") ||
    has(node, "current")
  ) {
    return "Collection";
  }
  return "Object";
}
