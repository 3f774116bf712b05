import { KeyObject } from "node:crypto";
import type { KeyType } from "../shared/signature-method.js";

/**
 * A key imported once and kept: the kind of key it is, and the key that signs or verifies. Pass
 * it back in wherever a key is asked for to skip all parsing.
 *
 * Exactly one of `keyObject` and `cryptoKey` is set: a node:crypto `KeyObject` for every key that
 * can be one, the WebCrypto `CryptoKey` itself for a non-extractable one (converting that to a
 * `KeyObject` is deprecated: DEP0203 / DEP0204), which is then used through `crypto.subtle`.
 */
export interface ImportedKey {
  /** What kind of key it is; decides which algorithms it can serve. */
  readonly keyType: KeyType;
  /** The node:crypto key, or `undefined` for a non-extractable `CryptoKey`. */
  readonly keyObject: KeyObject | undefined;
  /** The non-extractable WebCrypto key, or `undefined` when `keyObject` is set. */
  readonly cryptoKey: CryptoKey | undefined;
}

/** Tells whether `value` is an {@link ImportedKey}. */
export function isImportedKey(value: unknown): value is ImportedKey {
  if (typeof value !== "object" || value === null) return false;
  const { keyType, keyObject, cryptoKey } = value as ImportedKey;
  return (
    typeof keyType === "string" &&
    (keyObject instanceof KeyObject
      ? cryptoKey === undefined
      : keyObject === undefined && isCryptoKey(cryptoKey))
  );
}

/** An {@link ImportedKey} of a node:crypto key. */
export function fromKeyObject(keyObject: KeyObject): ImportedKey {
  return { keyType: keyTypeOf(keyObject), keyObject, cryptoKey: undefined };
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

/**
 * The {@link KeyType} of a WebCrypto key, from its algorithm.
 *
 * @throws TypeError for algorithms no HTTP signature uses.
 */
export function cryptoKeyTypeOf(key: CryptoKey): KeyType {
  const algorithm = key.algorithm as KeyAlgorithm & { namedCurve?: string };
  switch (algorithm.name) {
    case "RSASSA-PKCS1-v1_5":
    case "RSA-PSS":
      return "rsa";
    case "Ed25519":
      return "ed25519";
    case "ECDSA":
      if (algorithm.namedCurve === "P-256") return "ec-p256";
      if (algorithm.namedCurve === "P-384") return "ec-p384";
      throw new TypeError(
        `ECDSA keys on ${algorithm.namedCurve} are not used by HTTP signatures (P-256 or P-384 are).`,
      );
    case "HMAC":
      return "hmac";
    default:
      throw new TypeError(`${algorithm.name} keys are not used by HTTP signatures.`);
  }
}

/** Whether an RSA key may only be used for RSASSA-PSS (an `id-RSASSA-PSS` key, or a WebCrypto `RSA-PSS` key). */
export function isPssOnly(key: ImportedKey): boolean {
  return key.keyObject !== undefined
    ? key.keyObject.asymmetricKeyType === "rsa-pss"
    : key.cryptoKey!.algorithm.name === "RSA-PSS";
}

/** Tells whether `value` is a WebCrypto `CryptoKey` (without touching globals at import time). */
export function isCryptoKey(value: unknown): value is CryptoKey {
  const ctor = (globalThis as { CryptoKey?: abstract new () => CryptoKey }).CryptoKey;
  return ctor !== undefined && value instanceof ctor;
}
