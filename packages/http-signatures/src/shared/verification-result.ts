import type { PublicKeyInput } from "../keys/import-public-key.js";
import type { KeyType } from "./signature-method.js";
import type { SignatureSpec } from "./spec.js";

/**
 * Why a signature did not verify. Stable strings: compare against them, log them, count them.
 *
 * - `missing_signature`: no `Signature`, `Signature-Input` or `Authorization: Signature` header.
 * - `malformed_header`: a signature header (or a covered field) could not be parsed.
 * - `unsupported_algorithm`: the algorithm is unknown or not allowed by the options.
 * - `key_not_found`: the key resolver has no key for the `keyId`.
 * - `key_fetch_failed`: the key resolver threw while looking the key up.
 * - `invalid_key`: the resolved key could not be imported (bad PEM, JWK, multibase).
 * - `wrong_key_type`: the key does not fit the algorithm (an Ed25519 key for `rsa-sha256`).
 * - `digest_missing`: the body must be covered by `Digest` / `Content-Digest` and is not.
 * - `digest_mismatch`: the `Digest` / `Content-Digest` value does not match the body bytes.
 * - `required_component_missing`: the signature does not cover a component the policy requires.
 * - `component_missing`: a covered component cannot be computed from the message.
 * - `expired`: the signature's `expires` time has passed.
 * - `not_yet_valid`: the signature was created further in the future than the clock skew allows.
 * - `clock_skew`: the signature (or its `Date`) is older than the clock skew window allows.
 * - `signature_mismatch`: the cryptographic check failed.
 */
export type VerificationFailureCode =
  | "missing_signature"
  | "malformed_header"
  | "unsupported_algorithm"
  | "key_not_found"
  | "key_fetch_failed"
  | "invalid_key"
  | "wrong_key_type"
  | "digest_missing"
  | "digest_mismatch"
  | "required_component_missing"
  | "component_missing"
  | "expired"
  | "not_yet_valid"
  | "clock_skew"
  | "signature_mismatch";

/** A failed verification: a stable `code` and a message that says what to fix. */
export interface VerificationFailure {
  /** Always `false` for a failure. */
  readonly ok: false;
  /** Why verification failed. */
  readonly code: VerificationFailureCode;
  /** What went wrong and what to fix, for an operator's log. */
  readonly message: string;
  /** The spec the signature used, when it could be told. */
  readonly spec?: SignatureSpec;
  /** The key id the signature named, when it could be read. */
  readonly keyId?: string;
  /** The RFC 9421 signature label, when it could be read. */
  readonly label?: string;
}

/** Builds a {@link VerificationFailure}. */
export function failure(
  code: VerificationFailureCode,
  message: string,
  context: { spec?: SignatureSpec; keyId?: string; label?: string } = {},
): VerificationFailure {
  return { ok: false, code, message, ...context };
}

/** Adds spec / key id / label to a failure that was produced without them. */
export function withContext(
  result: VerificationFailure,
  context: { spec?: SignatureSpec; keyId?: string; label?: string },
): VerificationFailure {
  return { ...context, ...result } as VerificationFailure;
}

/** A verified signature: who signed, with what, when, and what the signature covers. */
export interface VerificationSuccess {
  /** Always `true` for a success. */
  readonly ok: true;
  /** The spec the signature used. */
  readonly spec: SignatureSpec;
  /** The key id the signature named (`keyId` / `keyid`). */
  readonly keyId: string;
  /** The key that verified it, as the key resolver returned it (a key document keeps its `owner`). */
  readonly key: PublicKeyInput;
  /** What kind of key it is. */
  readonly keyType: KeyType;
  /**
   * The algorithm that verified: the name in the signature, or, for `hs2019` and a missing
   * algorithm, the algorithm the key type resolved to (`rsa-sha256`, `rsa-v1_5-sha256` …).
   */
  readonly algorithm: string;
  /** The name the signature itself gave (`hs2019`), or `undefined` when it named none. */
  readonly declaredAlgorithm: string | undefined;
  /** When the signature was made: `created`, else the covered `Date` header. */
  readonly created: Date | undefined;
  /** When the signature expires, if it says. */
  readonly expires: Date | undefined;
  /**
   * The covered components: draft header names (`(request-target)`, `host` …) or RFC 9421
   * identifiers (`@method`, `@query-param;name="Pet"`, `content-digest` …).
   */
  readonly components: readonly string[];
  /** The RFC 9421 label (`sig1`), or `undefined` for draft signatures. */
  readonly label: string | undefined;
  /** The RFC 9421 `nonce` parameter, if any: check it against a replay cache. */
  readonly nonce: string | undefined;
  /** The RFC 9421 `tag` parameter, if any. */
  readonly tag: string | undefined;
}

/** What {@link verifyRequest} and {@link verifyResponse} return: check `ok` first. */
export type VerificationResult = VerificationSuccess | VerificationFailure;
