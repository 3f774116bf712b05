import { type Failure, failure, type Result } from "@fedikit/core";
import { SignatureError, type SignatureErrorCode } from "../shared/signature-error.js";

/**
 * The outcome of checking a `Digest` or `Content-Digest` value against body bytes: a
 * {@link DigestMatch}, or a `SignatureError` (`digest_mismatch`, `digest_missing`,
 * `malformed_header`).
 */
export type DigestCheck = Result<DigestMatch, SignatureError>;

/** The body matches every supported digest in the field. */
export interface DigestMatch {
  /** The algorithms that were checked, lower case (`sha-256`, `sha-512`). */
  readonly algorithms: readonly string[];
}

/** The longest `Digest` / `Content-Digest` value parsed (a sha-512 member is about 100 characters). */
export const MAX_DIGEST_FIELD_LENGTH = 4096;

/**
 * The node:crypto hash for an algorithm checked in `Digest` and `Content-Digest`, by its
 * lower-case name, or `undefined` for one that is not checked.
 */
export function digestHash(algorithm: string): "sha256" | "sha512" | undefined {
  switch (algorithm) {
    case "sha-256":
      return "sha256";
    case "sha-512":
      return "sha512";
    default:
      return undefined;
  }
}

/** A failed {@link DigestCheck}. */
export function digestFailure(code: SignatureErrorCode, message: string): Failure<SignatureError> {
  return failure(new SignatureError(code, message));
}
