import { KeyObject } from "node:crypto";
import type { KeyType } from "../shared/signature-method.js";

/**
 * A key imported once and kept: the node:crypto `KeyObject` that signs or verifies, and the kind
 * of key it is. Pass it back in wherever a key is asked for to skip all parsing.
 */
export interface ImportedKey {
  /** The node:crypto key. */
  readonly keyObject: KeyObject;
  /** What kind of key it is; decides which algorithms it can serve. */
  readonly keyType: KeyType;
}

/** Tells whether `value` is an {@link ImportedKey}. */
export function isImportedKey(value: unknown): value is ImportedKey {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as ImportedKey).keyObject instanceof KeyObject &&
    typeof (value as ImportedKey).keyType === "string"
  );
}

/**
 * The {@link KeyType} of a node:crypto key.
 *
 * @throws TypeError for key types no HTTP signature algorithm uses (DSA, X25519, secp256k1 …).
 */
export function keyTypeOf(key: KeyObject): KeyType {
  if (key.type === "secret") return "hmac";
  switch (key.asymmetricKeyType) {
    case "rsa":
    case "rsa-pss":
      return "rsa";
    case "ed25519":
      return "ed25519";
    case "ec": {
      const curve = key.asymmetricKeyDetails?.namedCurve;
      if (curve === "prime256v1") return "ec-p256";
      if (curve === "secp384r1") return "ec-p384";
      throw new TypeError(`EC keys on curve ${curve} are not used by HTTP signatures (P-256 or P-384 are).`);
    }
    default:
      throw new TypeError(`${key.asymmetricKeyType} keys are not used by HTTP signatures.`);
  }
}

/** Tells whether `value` is a WebCrypto `CryptoKey` (without touching globals at import time). */
export function isCryptoKey(value: unknown): value is CryptoKey {
  const ctor = (globalThis as { CryptoKey?: abstract new () => CryptoKey }).CryptoKey;
  return ctor !== undefined && value instanceof ctor;
}
