import type { KeyObject } from "node:crypto";
import {
  ECDSA_P256_SHA256,
  ECDSA_P384_SHA384,
  ED25519,
  HMAC_SHA256,
  type KeyType,
  RSA_PKCS1_SHA256,
  RSA_PSS_SHA512,
  type SignatureMethod,
} from "../shared/signature-method.js";

/** The algorithms of the RFC 9421 "HTTP Signature Algorithms" registry. */
export type Rfc9421Algorithm =
  | "rsa-pss-sha512"
  | "rsa-v1_5-sha256"
  | "hmac-sha256"
  | "ecdsa-p256-sha256"
  | "ecdsa-p384-sha384"
  | "ed25519";

export const RFC9421_METHODS: Readonly<Record<Rfc9421Algorithm, SignatureMethod>> = {
  "rsa-pss-sha512": RSA_PSS_SHA512,
  "rsa-v1_5-sha256": RSA_PKCS1_SHA256,
  "hmac-sha256": HMAC_SHA256,
  "ecdsa-p256-sha256": ECDSA_P256_SHA256,
  "ecdsa-p384-sha384": ECDSA_P384_SHA384,
  ed25519: ED25519,
};

/**
 * The registry algorithm named `name`, as this module's own (interned) string so that tables
 * are indexed by it cheaply, or `undefined` when `name` is not in the registry.
 */
export function rfc9421Algorithm(name: string): Rfc9421Algorithm | undefined {
  switch (name) {
    case "rsa-pss-sha512":
      return "rsa-pss-sha512";
    case "rsa-v1_5-sha256":
      return "rsa-v1_5-sha256";
    case "hmac-sha256":
      return "hmac-sha256";
    case "ecdsa-p256-sha256":
      return "ecdsa-p256-sha256";
    case "ecdsa-p384-sha384":
      return "ecdsa-p384-sha384";
    case "ed25519":
      return "ed25519";
    default:
      return undefined;
  }
}

/** Tells whether `name` is an RFC 9421 registry algorithm. */
export function isRfc9421Algorithm(name: string): name is Rfc9421Algorithm {
  return rfc9421Algorithm(name) !== undefined;
}

/**
 * The algorithms a key can be verified with when the signature names none: RSA keys may be
 * either RSA scheme (RFC 9421 B.2.1 signs with PSS and no `alg`).
 */
export function rfc9421AlgorithmsForKey(keyType: KeyType): Rfc9421Algorithm[] {
  switch (keyType) {
    case "rsa":
      return ["rsa-v1_5-sha256", "rsa-pss-sha512"];
    case "ec-p256":
      return ["ecdsa-p256-sha256"];
    case "ec-p384":
      return ["ecdsa-p384-sha384"];
    case "ed25519":
      return ["ed25519"];
    case "hmac":
      return ["hmac-sha256"];
  }
}

/** The algorithm a signer uses by default for a key: the first that fits it. */
export function defaultRfc9421Algorithm(keyType: KeyType, keyObject: KeyObject): Rfc9421Algorithm {
  if (keyObject.asymmetricKeyType === "rsa-pss") return "rsa-pss-sha512";
  return rfc9421AlgorithmsForKey(keyType)[0]!;
}
