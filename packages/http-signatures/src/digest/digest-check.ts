import type { VerificationFailure } from "../shared/verification-result.js";

/** The outcome of checking a `Digest` or `Content-Digest` value against body bytes. */
export type DigestCheck = DigestMatch | VerificationFailure;

/** The body matches every supported digest in the field. */
export interface DigestMatch {
  /** Always `true` for a match. */
  readonly ok: true;
  /** The algorithms that were checked, lower case (`sha-256`, `sha-512`). */
  readonly algorithms: readonly string[];
}

/** The longest `Digest` / `Content-Digest` value parsed (a sha-512 member is about 100 characters). */
export const MAX_DIGEST_FIELD_LENGTH = 4096;

/** Hash algorithms checked in `Digest` and `Content-Digest`, by their lower-case names. */
export const DIGEST_HASHES: Readonly<Record<string, "sha256" | "sha512">> = {
  "sha-256": "sha256",
  "sha-512": "sha512",
};
