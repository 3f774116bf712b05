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

/**
 * The one table of RFC 9421 algorithms: each registry name and the scheme it is. `satisfies`
 * makes a name missing here (or one too many) a compile error.
 */
const RFC9421_ALGORITHMS = {
  "rsa-pss-sha512": RSA_PSS_SHA512,
  "rsa-v1_5-sha256": RSA_PKCS1_SHA256,
  "hmac-sha256": HMAC_SHA256,
  "ecdsa-p256-sha256": ECDSA_P256_SHA256,
  "ecdsa-p384-sha384": ECDSA_P384_SHA384,
  ed25519: ED25519,
} as const satisfies Record<Rfc9421Algorithm, SignatureMethod>;

/** An algorithm name and the scheme it stands for. */
export interface NamedRfc9421Method {
  readonly name: Rfc9421Algorithm;
  readonly method: SignatureMethod;
}

/**
 * Each registry algorithm by name, with its one-element method list built once (the common case
 * allocates nothing). A Map: it is asked about the `alg` a sender wrote.
 */
const BY_NAME: ReadonlyMap<string, readonly NamedRfc9421Method[]> = new Map(
  (Object.entries(RFC9421_ALGORITHMS) as [Rfc9421Algorithm, SignatureMethod][]).map(([name, method]) => [
    name,
    Object.freeze([Object.freeze({ name, method })]),
  ]),
);

/** The registry algorithm `name` as a one-element method list, or `undefined` when it is not in the registry. */
export function rfc9421Methods(name: string): readonly NamedRfc9421Method[] | undefined {
  return BY_NAME.get(name);
}

/** Tells whether `name` is an RFC 9421 registry algorithm. */
export function isRfc9421Algorithm(name: string): name is Rfc9421Algorithm {
  return BY_NAME.has(name);
}

/** The scheme of a registry algorithm. */
export function rfc9421Method(algorithm: Rfc9421Algorithm): SignatureMethod {
  return RFC9421_ALGORITHMS[algorithm];
}

/**
 * The algorithms a key can be verified with when the signature names none: RSA keys may be
 * either RSA scheme (RFC 9421 B.2.1 signs with PSS and no `alg`). The first is what a signer
 * uses by default.
 */
const ALGORITHMS_FOR_KEY = {
  rsa: ["rsa-v1_5-sha256", "rsa-pss-sha512"],
  "ec-p256": ["ecdsa-p256-sha256"],
  "ec-p384": ["ecdsa-p384-sha384"],
  ed25519: ["ed25519"],
  hmac: ["hmac-sha256"],
} as const satisfies Record<KeyType, readonly Rfc9421Algorithm[]>;

/** The algorithms a key of `keyType` can be verified with when the signature names none. */
export function rfc9421AlgorithmsForKey(keyType: KeyType): readonly Rfc9421Algorithm[] {
  return ALGORITHMS_FOR_KEY[keyType];
}

/** The algorithm a signer uses by default for a key: the first that fits it (PSS for a PSS-only RSA key). */
export function defaultRfc9421Algorithm(keyType: KeyType, pssOnly: boolean): Rfc9421Algorithm {
  return pssOnly ? "rsa-pss-sha512" : ALGORITHMS_FOR_KEY[keyType][0];
}
