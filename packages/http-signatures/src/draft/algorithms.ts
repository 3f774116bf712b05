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

/** An algorithm name and the scheme it stands for. */
export interface NamedDraftMethod {
  readonly name: string;
  readonly method: SignatureMethod;
}

function named(name: string, method: SignatureMethod): readonly NamedDraftMethod[] {
  return Object.freeze([Object.freeze({ name, method })]);
}

/**
 * draft-cavage-12 `algorithm` values: `rsa-sha256` (what Mastodon expects), `rsa-sha512`,
 * `ecdsa-sha256`, `ed25519`, and `hs2019` (the scheme follows from the key).
 */
export type DraftAlgorithm = "rsa-sha256" | "rsa-sha512" | "ecdsa-sha256" | "ed25519" | "hs2019";

/**
 * The one table of draft algorithms: each `algorithm` value with the schemes it may stand for,
 * one for a named scheme, `null` for `hs2019`, whose scheme follows from the key. `satisfies`
 * makes a name missing here (or one too many) a compile error.
 */
const DRAFT_ALGORITHMS = {
  "rsa-sha256": named("rsa-sha256", RSA_PKCS1_SHA256),
  "rsa-sha512": named("rsa-sha512", RSA_PKCS1_SHA512),
  "ecdsa-sha256": named("ecdsa-sha256", ECDSA_P256_SHA256),
  ed25519: named("ed25519", ED25519),
  hs2019: null,
} as const satisfies Record<DraftAlgorithm, readonly NamedDraftMethod[] | null>;

/** Other spellings senders use, and the algorithm each stands for (Misskey writes `ed25519-sha512`). */
const ALIASES: Readonly<Record<string, DraftAlgorithm>> = { "ed25519-sha512": "ed25519" };

/** Lookups by a sender's text go through a Map: a name like `constructor` finds nothing. */
const BY_NAME: ReadonlyMap<string, DraftAlgorithm> = new Map([
  ...(Object.keys(DRAFT_ALGORITHMS) as DraftAlgorithm[]).map((name) => [name, name] as const),
  ...Object.entries(ALIASES),
]);

/** The draft algorithm a sender's (lower-cased) `algorithm` names, aliases resolved; `undefined` when unknown. */
export function draftAlgorithm(name: string): DraftAlgorithm | undefined {
  return BY_NAME.get(name);
}

/** The schemes a named draft algorithm stands for; `null` for `hs2019` (see {@link draftMethodsForKey}). */
export function draftMethods(algorithm: DraftAlgorithm): readonly NamedDraftMethod[] | null {
  return DRAFT_ALGORITHMS[algorithm];
}

/**
 * The schemes `hs2019` (or a missing `algorithm`) stands for with each kind of key. For RSA keys
 * the fediverse signs PKCS#1 v1.5 with SHA-256 (Mastodon, Misskey, Fedify); the draft's registry
 * suggests RSASSA-PSS with SHA-512, which is tried second.
 */
const DRAFT_METHODS_BY_KEY = {
  rsa: Object.freeze([...named("rsa-sha256", RSA_PKCS1_SHA256), ...named("rsa-pss-sha512", RSA_PSS_SHA512)]),
  "ec-p256": named("ecdsa-sha256", ECDSA_P256_SHA256),
  "ec-p384": named("ecdsa-sha384", ECDSA_P384_SHA384),
  ed25519: named("ed25519", ED25519),
  hmac: named("hmac-sha256", HMAC_SHA256),
} as const satisfies Record<KeyType, readonly NamedDraftMethod[]>;

/** The schemes `hs2019` (or a missing `algorithm`) stands for with a key of `keyType`. */
export function draftMethodsForKey(keyType: KeyType): readonly NamedDraftMethod[] {
  return DRAFT_METHODS_BY_KEY[keyType];
}

/** The `algorithm` a signer names by default for each kind of key. */
const DEFAULT_DRAFT_ALGORITHM = {
  rsa: "rsa-sha256",
  "ec-p256": "ecdsa-sha256",
  "ec-p384": "hs2019",
  ed25519: "ed25519",
  hmac: "hs2019",
} as const satisfies Record<KeyType, DraftAlgorithm>;

/** The `algorithm` a signer names by default for a key. */
export function defaultDraftAlgorithm(keyType: KeyType): DraftAlgorithm {
  return DEFAULT_DRAFT_ALGORITHM[keyType];
}
