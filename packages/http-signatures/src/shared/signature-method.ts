import { constants, createHmac, type KeyObject, sign, verify } from "node:crypto";
import { constantTimeEqual } from "./constant-time.js";

/**
 * What kind of key a signature needs or a key is.
 *
 * `rsa` covers both `rsaEncryption` keys and keys restricted to RSASSA-PSS.
 */
export type KeyType = "rsa" | "ec-p256" | "ec-p384" | "ed25519" | "hmac";

/** One cryptographic signature scheme: key type, hash, padding and encoding. */
export interface SignatureMethod {
  readonly keyType: KeyType;
  readonly hash: "sha256" | "sha384" | "sha512" | null;
  readonly padding: "pkcs1" | "pss" | null;
}

export const RSA_PKCS1_SHA256: SignatureMethod = { keyType: "rsa", hash: "sha256", padding: "pkcs1" };
export const RSA_PKCS1_SHA512: SignatureMethod = { keyType: "rsa", hash: "sha512", padding: "pkcs1" };
export const RSA_PSS_SHA512: SignatureMethod = { keyType: "rsa", hash: "sha512", padding: "pss" };
export const ECDSA_P256_SHA256: SignatureMethod = { keyType: "ec-p256", hash: "sha256", padding: null };
export const ECDSA_P384_SHA384: SignatureMethod = { keyType: "ec-p384", hash: "sha384", padding: null };
export const ED25519: SignatureMethod = { keyType: "ed25519", hash: null, padding: null };
export const HMAC_SHA256: SignatureMethod = { keyType: "hmac", hash: "sha256", padding: null };

const PSS_SALT_LENGTH = 64;
const ECDSA_COORDINATE_BYTES: Partial<Record<KeyType, number>> = { "ec-p256": 32, "ec-p384": 48 };

/**
 * Signs `data`; ECDSA signatures come out as raw `r‖s` (IEEE P1363), as RFC 9421 asks. RSA keys
 * sign PKCS#1 v1.5 by default (node's default padding), PSS when the method says so.
 */
export function signWithMethod(method: SignatureMethod, key: KeyObject, data: Buffer): Buffer {
  switch (method.keyType) {
    case "hmac":
      return createHmac(method.hash!, key).update(data).digest();
    case "ed25519":
      return sign(null, data, key);
    case "ec-p256":
    case "ec-p384":
      return sign(method.hash, data, { key, dsaEncoding: "ieee-p1363" });
    case "rsa":
      return method.padding === "pss"
        ? sign(method.hash, data, {
            key,
            padding: constants.RSA_PKCS1_PSS_PADDING,
            saltLength: PSS_SALT_LENGTH,
          })
        : sign(method.hash, data, key);
  }
}

/**
 * Checks `signature` over `data`. Never throws: a key the method cannot use (an RSA-PSS-only
 * key asked for PKCS#1 v1.5, say) is simply a failed check. ECDSA signatures are accepted raw
 * (`r‖s`) or DER-encoded.
 */
export function verifyWithMethod(
  method: SignatureMethod,
  key: KeyObject,
  data: Buffer,
  signature: Buffer,
): boolean {
  try {
    switch (method.keyType) {
      case "hmac":
        return constantTimeEqual(createHmac(method.hash!, key).update(data).digest(), signature);
      case "ed25519":
        return verify(null, data, key, signature);
      case "ec-p256":
      case "ec-p384": {
        // A DER signature can, rarely, have the raw length too: then both readings are tried.
        const raw = signature.length === 2 * ECDSA_COORDINATE_BYTES[method.keyType]!;
        if (raw && verify(method.hash, data, { key, dsaEncoding: "ieee-p1363" }, signature)) return true;
        return verify(method.hash, data, { key, dsaEncoding: "der" }, signature);
      }
      case "rsa":
        return method.padding === "pss"
          ? verify(
              method.hash,
              data,
              { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: PSS_SALT_LENGTH },
              signature,
            )
          : verify(method.hash, data, key, signature);
    }
  } catch {
    return false;
  }
}
