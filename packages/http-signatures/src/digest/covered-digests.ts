import { SignatureError } from "../shared/signature-error.js";
import type { SignatureSpec } from "../shared/spec.js";
import type { VerificationTarget } from "../shared/verification-target.js";
import { verifyContentDigestHeader } from "./content-digest.js";
import { verifyDigestHeader } from "./digest-header.js";

/** Which body digest fields a signature covers. */
export interface CoveredDigests {
  /** `digest` (RFC 3230) is covered. */
  readonly digest: boolean;
  /** `content-digest` (RFC 9530) is covered. */
  readonly contentDigest: boolean;
}

/**
 * The body policy both specs share: when `mustCover`, the signature must cover `Digest` or
 * `Content-Digest`; every covered digest field must be present and match the body bytes.
 * Synchronous when the body is already in hand.
 */
export function checkCoveredDigests(
  target: VerificationTarget,
  covered: CoveredDigests,
  mustCover: boolean,
  spec: SignatureSpec,
): SignatureError | null | Promise<SignatureError | null> {
  const draft = spec === "draft-cavage-12";
  const uncovered = mustCover && !covered.digest && !covered.contentDigest;
  const digest = covered.digest || uncovered ? target.headers.get("digest") : null;
  const contentDigest = covered.contentDigest || uncovered ? target.headers.get("content-digest") : null;
  if (covered.digest && digest === null) {
    return new SignatureError(
      "digest_missing",
      "The signature covers digest but the message has no Digest header.",
    );
  }
  if (covered.contentDigest && contentDigest === null) {
    return new SignatureError(
      "digest_missing",
      "The signature covers content-digest but the message has no Content-Digest header.",
    );
  }
  if (uncovered) {
    if (digest === null && contentDigest === null) {
      return new SignatureError(
        "digest_missing",
        draft
          ? "The request has no Digest header; send Digest: SHA-256=<base64 of the body hash> and sign it."
          : "The message has no Content-Digest; add Content-Digest (RFC 9530) and cover it.",
      );
    }
    const present =
      draft && digest !== null ? "digest" : contentDigest !== null ? "content-digest" : "digest";
    return new SignatureError(
      "required_component_missing",
      `The signature does not cover ${present}, so the body is not protected; ${draft ? `add ${present} to headers="…"` : "cover it"}.`,
    );
  }
  if (!covered.digest && !covered.contentDigest) return null;
  const compare = (body: Buffer | SignatureError): SignatureError | null => {
    if (body instanceof SignatureError) return body;
    const first = covered.contentDigest ? verifyContentDigestHeader(contentDigest!, body) : null;
    if (first && !first.ok) return first.error;
    const second = covered.digest ? verifyDigestHeader(digest!, body) : null;
    return second && !second.ok ? second.error : null;
  };
  const body = target.body();
  return body instanceof Promise ? body.then(compare) : compare(body);
}
