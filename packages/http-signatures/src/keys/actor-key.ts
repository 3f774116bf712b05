import type { KeyDocument } from "./import-public-key.js";

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isKeyDocument(value: unknown): value is KeyDocument & { id: string } {
  if (typeof value !== "object" || value === null) return false;
  const doc = value as KeyDocument;
  return (
    typeof doc.id === "string" &&
    (typeof doc.publicKeyPem === "string" || typeof doc.publicKeyMultibase === "string")
  );
}

/**
 * Finds the key with id `keyId` in an actor document: in `publicKey` (one object or an array,
 * Mastodon style), in `assertionMethod` (FEP-521a Multikeys), or the document itself when it is
 * the key. Entries that are only IRIs are skipped: they would need another fetch.
 *
 * @returns the key object (pass it to a verifier as is), or `null` when the document has no
 *   key with that id.
 */
export function findPublicKey(document: unknown, keyId: string): KeyDocument | null {
  if (typeof document !== "object" || document === null) return null;
  if (isKeyDocument(document) && document.id === keyId) return document;
  const actor = document as { publicKey?: unknown; assertionMethod?: unknown };
  for (const candidate of [...asArray(actor.publicKey), ...asArray(actor.assertionMethod)]) {
    if (isKeyDocument(candidate) && candidate.id === keyId) return candidate;
  }
  return null;
}
