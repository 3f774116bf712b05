import { getOwn } from "@fedikit/core";
import type { KeyDocument } from "./import-public-key.js";

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether a JSON object carries key material (`publicKeyPem` or `publicKeyMultibase`). */
export function hasKeyMaterial(value: JsonObject): boolean {
  return (
    typeof getOwn(value, "publicKeyPem") === "string" ||
    typeof getOwn(value, "publicKeyMultibase") === "string"
  );
}

/** The keys an actor document lists: `publicKey` (one or many, Mastodon) and `assertionMethod` (FEP-521a). */
function listedKeys(document: JsonObject): unknown[] {
  return [...asArray(getOwn(document, "publicKey")), ...asArray(getOwn(document, "assertionMethod"))];
}

/**
 * Whether an actor document lists the key `keyId` among its own keys, as an embedded object or
 * as a bare IRI: the confirmation that the actor owns the key.
 */
export function listsKey(actor: unknown, keyId: string): boolean {
  if (!isObject(actor)) return false;
  return listedKeys(actor).some((entry) =>
    isObject(entry) ? getOwn(entry, "id") === keyId : entry === keyId,
  );
}

/**
 * Finds the key with id `keyId` in an actor document: in `publicKey` (one object or an array,
 * Mastodon style), in `assertionMethod` (FEP-521a Multikeys), or the document itself when it is
 * the key. Entries that are only IRIs are skipped: they would need another fetch. Only the
 * documents' own properties are read (a remote document may be named anything, `__proto__` too).
 *
 * @returns the key object (pass it to a verifier as is), or `null` when the document has no
 *   key with that id and material.
 */
export function findPublicKey(document: unknown, keyId: string): KeyDocument | null {
  if (!isObject(document)) return null;
  if (getOwn(document, "id") === keyId && hasKeyMaterial(document)) return document as KeyDocument;
  for (const candidate of listedKeys(document)) {
    if (isObject(candidate) && getOwn(candidate, "id") === keyId && hasKeyMaterial(candidate)) {
      return candidate as KeyDocument;
    }
  }
  return null;
}
