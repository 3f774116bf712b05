import type { ContentDigestAlgorithm } from "./digest/content-digest.js";
import type { DigestAlgorithm } from "./digest/digest-header.js";
import type { DraftAlgorithm } from "./draft/algorithms.js";
import type { PrivateKeyInput } from "./keys/import-private-key.js";
import type { Rfc9421Algorithm } from "./rfc9421/algorithms.js";
import type { StructuredFieldType } from "./rfc9421/structured-field-types.js";
import type { BodyInput } from "./shared/body.js";
import type { TimeInput } from "./shared/clock.js";
import type { SignatureSpec } from "./shared/spec.js";

/** What every signature needs: who signs, with which key, under which spec. */
export interface SignOptions {
  /** The key id the verifier will resolve, e.g. `https://example.com/users/alice#main-key`. */
  readonly keyId: string;
  /**
   * The signing key: a WebCrypto `CryptoKey` (extractable or not), a PEM (PKCS#8, PKCS#1 or
   * SEC1), a JWK, a node:crypto `KeyObject`, raw bytes for HMAC, or an `ImportedKey`. Nothing is
   * cached between calls (no private key is kept in module state): pass an `ImportedKey` from
   * `importPrivateKey`, a `KeyObject` or a `CryptoKey` to sign many messages without parsing a
   * PEM or JWK each time.
   */
  readonly privateKey: PrivateKeyInput;
  /**
   * The spec to sign with.
   * @defaultValue `"draft-cavage-12"` for requests (what most servers verify); responses are always RFC 9421
   */
  readonly spec?: SignatureSpec;
  /**
   * The algorithm name. Draft: `rsa-sha256`, `rsa-sha512`, `ecdsa-sha256`, `ed25519`, `hs2019`.
   * RFC 9421: a registry name (`rsa-v1_5-sha256`, `rsa-pss-sha512`, `ecdsa-p256-sha256`,
   * `ecdsa-p384-sha384`, `ed25519`, `hmac-sha256`).
   * @defaultValue from the key: RSA `rsa-sha256` / `rsa-v1_5-sha256` (`rsa-pss-sha512` for a PSS-only key), Ed25519 `ed25519`, P-256 `ecdsa-sha256` / `ecdsa-p256-sha256`, P-384 `hs2019` / `ecdsa-p384-sha384`, HMAC `hs2019` / `hmac-sha256`
   */
  readonly algorithm?: DraftAlgorithm | Rfc9421Algorithm | undefined;
  /**
   * The covered components. Draft: header names and `(request-target)`, `(created)`,
   * `(expires)`. RFC 9421: identifiers such as `@method`, `@query-param;name="id"`,
   * `content-digest`, `signature;key="sig1"`, `content-type;req`.
   * @defaultValue draft: `(request-target) host date`, plus `digest` with a body; RFC 9421 requests: `@method @target-uri @authority`, plus `content-digest` with a body; responses: `@status`, plus `content-digest` with a body
   */
  readonly components?: readonly string[] | undefined;
  /**
   * The signature's creation time; `null` leaves `created` out (RFC 9421). In draft signatures
   * it is sent only when `(created)` is covered, and also sets the `Date` header when one is added.
   * @defaultValue `now()`
   */
  readonly created?: TimeInput | null;
  /**
   * When the signature expires. In draft signatures sent only when `(expires)` is covered.
   * @defaultValue no expiry
   */
  readonly expires?: TimeInput;
  /**
   * The clock, in epoch milliseconds: the default `created` and `Date`.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
  /**
   * A RFC 9421 `nonce` parameter.
   * @defaultValue none
   */
  readonly nonce?: string;
  /**
   * A RFC 9421 `tag` parameter (the application the signature is for).
   * @defaultValue none
   */
  readonly tag?: string;
  /**
   * The RFC 9421 signature label; must not already be in the message.
   * @defaultValue `"sig1"`
   */
  readonly label?: string;
  /**
   * Whether RFC 9421 signatures carry the `alg` parameter. Verifiers can tell the algorithm from
   * the key; RFC 9421's own examples leave it out.
   * @defaultValue true
   */
  readonly includeAlgorithm?: boolean;
  /**
   * The hash of the `Digest` header added to draft signatures.
   * @defaultValue `"SHA-256"`
   */
  readonly digestAlgorithm?: DigestAlgorithm;
  /**
   * The hashes of the `Content-Digest` header added to RFC 9421 signatures.
   * @defaultValue `["sha-256"]`
   */
  readonly contentDigestAlgorithms?: readonly ContentDigestAlgorithm[];
  /**
   * Where a draft signature goes: the `Signature` header (the fediverse) or
   * `Authorization: Signature …` (the draft's other form).
   * @defaultValue `"signature"`
   */
  readonly header?: "signature" | "authorization";
  /**
   * Extra structured field types for the RFC 9421 `sf` and `key` parameters, by lower-case name.
   * @defaultValue `{}`
   */
  readonly structuredFields?: Readonly<Record<string, StructuredFieldType>>;
  /**
   * The body, when the caller already has its bytes (the serialized activity, say): saves
   * reading the message's body stream. The signed message carries exactly these bytes; `null`
   * means no body.
   * @defaultValue the message's own body, read through `clone()`
   */
  readonly body?: BodyInput | null;
}

/** Options of {@link signResponse}. */
export interface SignResponseOptions extends Omit<SignOptions, "spec" | "header" | "digestAlgorithm"> {
  /**
   * The request the response answers, for components marked `;req`.
   * @defaultValue none
   */
  readonly request?: Request;
}
