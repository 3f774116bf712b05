import {
  ECDSA_P256_SHA256,
  ECDSA_P384_SHA384,
  ED25519,
  HMAC_SHA256,
  type KeyType,
  RSA_PKCS1_SHA256,
  RSA_PKCS1_SHA512,
  RSA_PSS_SHA512,
  type SignatureMethod,
} from "../shared/signature-method.js";

/**
 * draft-cavage-12 `algorithm` values: `rsa-sha256` (what Mastodon expects), `rsa-sha512`,
 * `ecdsa-sha256`, `ed25519`, and `hs2019` (the scheme follows from the key).
 */
export type DraftAlgorithm = "rsa-sha256" | "rsa-sha512" | "ecdsa-sha256" | "ed25519" | "hs2019";

export const DRAFT_METHODS: Readonly<Record<Exclude<DraftAlgorithm, "hs2019">, SignatureMethod>> = {
  "rsa-sha256": RSA_PKCS1_SHA256,
  "rsa-sha512": RSA_PKCS1_SHA512,
  "ecdsa-sha256": ECDSA_P256_SHA256,
  ed25519: ED25519,
};

/**
 * Maps an alias to the algorithm it stands for (Misskey writes `ed25519-sha512`); other names
 * pass through. Known names come back as this module's own strings, which V8 has interned, so
 * the tables above are then indexed without interning the parsed text on every request.
 */
export function canonicalDraftAlgorithm(name: string): string {
  switch (name) {
    case "rsa-sha256":
      return "rsa-sha256";
    case "hs2019":
      return "hs2019";
    case "rsa-sha512":
      return "rsa-sha512";
    case "ecdsa-sha256":
      return "ecdsa-sha256";
    case "ed25519":
    case "ed25519-sha512":
      return "ed25519";
    default:
      return name;
  }
}

/** Tells whether `name` is a draft-cavage algorithm this package knows. */
export function isDraftAlgorithm(name: string): name is DraftAlgorithm {
  switch (name) {
    case "rsa-sha256":
    case "hs2019":
    case "rsa-sha512":
    case "ecdsa-sha256":
    case "ed25519":
      return true;
    default:
      return false;
  }
}

/**
 * The schemes `hs2019` (or a missing `algorithm`) stands for with a given key. For RSA keys the
 * fediverse signs PKCS#1 v1.5 with SHA-256 (Mastodon, Misskey, Fedify); the draft's registry
 * suggests RSASSA-PSS with SHA-512, which is tried second.
 */
export function draftMethodsForKey(keyType: KeyType): readonly { name: string; method: SignatureMethod }[] {
  return METHODS_BY_KEY[keyType];
}

const METHODS_BY_KEY: Readonly<Record<KeyType, readonly { name: string; method: SignatureMethod }[]>> = {
  rsa: [
    { name: "rsa-sha256", method: RSA_PKCS1_SHA256 },
    { name: "rsa-pss-sha512", method: RSA_PSS_SHA512 },
  ],
  "ec-p256": [{ name: "ecdsa-sha256", method: ECDSA_P256_SHA256 }],
  "ec-p384": [{ name: "ecdsa-sha384", method: ECDSA_P384_SHA384 }],
  ed25519: [{ name: "ed25519", method: ED25519 }],
  hmac: [{ name: "hmac-sha256", method: HMAC_SHA256 }],
};

/** One-element method lists per named draft algorithm, built once. */
export const DRAFT_NAMED_METHODS: Readonly<
  Record<string, readonly { name: string; method: SignatureMethod }[]>
> = Object.fromEntries(Object.entries(DRAFT_METHODS).map(([name, method]) => [name, [{ name, method }]]));

/** The `algorithm` a signer names by default for a key. */
export function defaultDraftAlgorithm(keyType: KeyType): DraftAlgorithm {
  switch (keyType) {
    case "rsa":
      return "rsa-sha256";
    case "ec-p256":
      return "ecdsa-sha256";
    case "ed25519":
      return "ed25519";
    default:
      return "hs2019";
  }
}
