import { verifyContentDigestHeader } from "../digest/content-digest.js";
import { verifyDigestHeader } from "../digest/digest-header.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";
import type { VerificationTarget } from "../shared/verification-target.js";

/**
 * Checks that a draft signature covers `digest` when it must, and that covered `Digest` /
 * `Content-Digest` values match the body bytes. Synchronous when the body is already in hand.
 */
export function checkDigest(
  target: VerificationTarget,
  covered: readonly string[],
  mustCover: boolean,
): VerificationFailure | null | Promise<VerificationFailure | null> {
  const digest = target.headers.get("digest");
  const coversDigest = covered.includes("digest");
  const coversContentDigest = covered.includes("content-digest");
  const contentDigest =
    coversContentDigest || (mustCover && !coversDigest) ? target.headers.get("content-digest") : null;
  if (coversDigest && digest === null) {
    return failure(
      "digest_missing",
      "The signature covers digest but the request has no Digest header; add Digest: SHA-256=<base64>.",
    );
  }
  if (mustCover && !coversDigest && !coversContentDigest) {
    if (digest === null && contentDigest === null) {
      return failure(
        "digest_missing",
        "The request has no Digest header; a POST must send Digest: SHA-256=<base64> and sign it.",
      );
    }
    return failure(
      "required_component_missing",
      'The signature does not cover digest, so the body is not protected; add digest to headers="…".',
    );
  }
  const checkContentDigest = coversContentDigest && contentDigest !== null;
  if (!coversDigest && !checkContentDigest) return null;
  const compare = (body: Buffer): VerificationFailure | null => {
    const first = coversDigest ? verifyDigestHeader(digest!, body) : null;
    if (first && !first.ok) return first;
    const second = checkContentDigest ? verifyContentDigestHeader(contentDigest!, body) : null;
    return second && !second.ok ? second : null;
  };
  const body = target.body();
  return body instanceof Promise ? body.then(compare) : compare(body);
}
