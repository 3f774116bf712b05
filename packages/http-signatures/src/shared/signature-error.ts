import { FedikitError } from "@fedikit/core";
import type { SignatureSpec } from "./spec.js";

/**
 * Why a signature did not verify (or a key could not be used). Stable strings: switch on them,
 * log them, count them; never parse the message.
 *
 * - `missing_signature`: no `Signature`, `Signature-Input` or `Authorization: Signature` header
 *   (or only one of a spec that `options.specs` does not accept).
 * - `malformed_header`: a signature header (or a covered field, or `Date`) could not be parsed,
 *   or it is over a limit (`maxHeaderLength`, `maxComponents`).
 * - `invalid_url`: the request's URL is not an absolute URL, typically because it was built
 *   from a malformed `Host` header: answer 400.
 * - `too_large`: the body to check a digest against is longer than `maxBytes`.
 * - `unsupported_algorithm`: the algorithm is unknown or not allowed by the options.
 * - `key_not_found`: the key resolver has no key for the `keyId`.
 * - `key_fetch_failed`: the key resolver threw while looking the key up; the error it threw is
 *   the `cause` (a `FetchError` with `ssrf_blocked`, `timeout` … from `@fedikit/fetch`).
 * - `invalid_key`: the resolved key could not be imported (bad PEM, JWK, multibase).
 * - `wrong_key_type`: the key does not fit the algorithm (an Ed25519 key for `rsa-sha256`).
 * - `digest_missing`: the body must be covered by `Digest` / `Content-Digest` and is not.
 * - `digest_mismatch`: the `Digest` / `Content-Digest` value does not match the body bytes.
 * - `required_component_missing`: the signature does not cover a component the policy requires.
 * - `component_missing`: a covered component cannot be computed from the message.
 * - `expired`: the signature's `expires` time has passed (beyond `maxClockSkew`).
 * - `not_yet_valid`: the signature was created further in the future than `maxClockSkew` allows.
 * - `too_old`: the signature's `created` (or its covered `Date`) is further in the past than
 *   `maxClockSkew` allows: a replay, a long delay, or the sender's clock is behind.
 * - `signature_mismatch`: the cryptographic check failed.
 */
export type SignatureErrorCode =
  | "missing_signature"
  | "malformed_header"
  | "invalid_url"
  | "too_large"
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
  | "too_old"
  | "signature_mismatch";

/** What a {@link SignatureError} says about the signature it is about, when that is known. */
export interface SignatureErrorContext {
  /** The spec the signature used. */
  readonly spec?: SignatureSpec | undefined;
  /** The key id the signature named. */
  readonly keyId?: string | undefined;
  /** The RFC 9421 signature label. */
  readonly label?: string | undefined;
  /** The failure behind this one (the resolver's error behind `key_fetch_failed`). */
  readonly cause?: unknown;
}

/**
 * The one error of `@fedikit/http-signatures`: why a signature did not verify, with a stable
 * {@link SignatureError.code}, a message that says what to fix, and the spec, key id and label
 * it is about as fields. Verification returns it inside a failed result; it is never thrown at
 * a caller, except by a key resolver that wants to choose the failure (see `KeyResolver`).
 */
export class SignatureError extends FedikitError<SignatureErrorCode> {
  /** The spec the signature used, when it could be told. */
  readonly spec: SignatureSpec | undefined;
  /** The key id the signature named, when it could be read. */
  readonly keyId: string | undefined;
  /** The RFC 9421 signature label, when it could be read. */
  readonly label: string | undefined;

  /**
   * @param code - why it failed.
   * @param message - what happened and what to change, for an operator's log.
   * @param context - the spec, key id and label it is about, and the `cause`.
   */
  constructor(code: SignatureErrorCode, message: string, context: SignatureErrorContext = {}) {
    super(code, message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = "SignatureError";
    this.spec = context.spec;
    this.keyId = context.keyId;
    this.label = context.label;
  }
}

/**
 * Fills in the spec, key id or label of an error that was made before they were known; what it
 * already says wins. Only for errors this package has just made and not handed out yet.
 *
 * @internal
 */
export function withContext(error: SignatureError, context: SignatureErrorContext): SignatureError {
  const writable = error as {
    spec: SignatureSpec | undefined;
    keyId: string | undefined;
    label: string | undefined;
  };
  writable.spec ??= context.spec;
  writable.keyId ??= context.keyId;
  writable.label ??= context.label;
  return error;
}
