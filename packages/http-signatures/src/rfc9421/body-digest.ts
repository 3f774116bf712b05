import { verifyContentDigestHeader } from "../digest/content-digest.js";
import { verifyDigestHeader } from "../digest/digest-header.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";
import type { VerificationTarget } from "../shared/verification-target.js";
import { type ComponentIdentifier, hasFlag } from "./component-identifier.js";

/** Whether a component of this name (with or without `;req`) is covered. */
export function covers(
  components: readonly ComponentIdentifier[],
  name: string,
  forRequest = false,
): boolean {
  return components.some((c) => c.name === name && hasFlag(c.params, "req") === forRequest);
}

/**
 * Checks that the body is covered when it must be, and that covered `Content-Digest` / `Digest`
 * values match the body bytes. Synchronous when the body is already in hand.
 */
export function checkDigest(
  target: VerificationTarget,
  components: readonly ComponentIdentifier[],
  mustCover: boolean,
): VerificationFailure | null | Promise<VerificationFailure | null> {
  const coversContentDigest = covers(components, "content-digest");
  const coversDigest = covers(components, "digest");
  const contentDigest = target.headers.get("content-digest");
  const digest = target.headers.get("digest");
  if (mustCover && !coversContentDigest && !coversDigest) {
    if (contentDigest === null && digest === null) {
      return failure(
        "digest_missing",
        "The message has a body but no Content-Digest; add Content-Digest (RFC 9530) and cover it.",
      );
    }
    return failure(
      "required_component_missing",
      `The signature does not cover ${contentDigest !== null ? "content-digest" : "digest"}, so the body is not protected; cover it.`,
    );
  }
  const checkContentDigest = coversContentDigest && contentDigest !== null;
  const checkDigestField = coversDigest && digest !== null;
  if (!checkContentDigest && !checkDigestField) return null;
  const compare = (body: Buffer): VerificationFailure | null => {
    const first = checkContentDigest ? verifyContentDigestHeader(contentDigest!, body) : null;
    if (first && !first.ok) return first;
    const second = checkDigestField ? verifyDigestHeader(digest!, body) : null;
    return second && !second.ok ? second : null;
  };
  const body = target.body();
  return body instanceof Promise ? body.then(compare) : compare(body);
}
