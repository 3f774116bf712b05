import { verifyDraft } from "./draft/verify.js";
import { verifyRfc9421 } from "./rfc9421/verify.js";
import { headerReader, type RequestLike, type ResponseLike } from "./shared/message.js";
import { bodyLoader, requestView } from "./shared/message-view.js";
import { failure, type VerificationResult } from "./shared/verification-result.js";
import type { VerificationTarget } from "./shared/verification-target.js";
import { resolveVerifyOptions, type VerifyOptions, type VerifyResponseOptions } from "./verify-options.js";

const AUTHORIZATION_SIGNATURE = /^signature\s+/i;

/**
 * Verifies the HTTP signature of a request. `Signature-Input` means RFC 9421; otherwise a
 * draft-cavage `Signature` or `Authorization: Signature` header is read. The fediverse policy
 * applies by default (see {@link VerifyOptions}).
 *
 * Never throws for anything the sender controls: the result says `ok: false` with a stable
 * `code` and a message that says what to fix. The request is not consumed (its body, when a
 * digest must be checked and `options.body` is not given, is read through `clone()`).
 *
 * @param request - a Fetch API `Request`, or `{ method, url, headers }` from any server
 * @throws TypeError for programmer errors: no key resolver, a request without an absolute URL,
 *   or a digest to check on a body that was already read and not passed as `options.body`
 */
export async function verifyRequest(
  request: RequestLike,
  options: VerifyOptions,
): Promise<VerificationResult> {
  const resolved = resolveVerifyOptions(options);
  const view = requestView(request);
  const target: VerificationTarget = {
    request: view,
    response: null,
    headers: view.headers,
    body: bodyLoader(request, options.body),
  };
  const signatureInput = view.headers.get("signature-input");
  const acceptsRfc9421 = resolved.specs.includes("rfc9421");
  const acceptsDraft = resolved.specs.includes("draft-cavage-12");
  if (signatureInput !== null && acceptsRfc9421) return verifyRfc9421(target, signatureInput, resolved);
  if (signatureInput === null && acceptsDraft) {
    const signature = view.headers.get("signature");
    if (signature !== null) return verifyDraft(target, signature, "Signature", resolved);
    const authorization = view.headers.get("authorization");
    if (authorization !== null && AUTHORIZATION_SIGNATURE.test(authorization)) {
      return verifyDraft(
        target,
        authorization.replace(AUTHORIZATION_SIGNATURE, ""),
        "Authorization",
        resolved,
      );
    }
  }
  if (signatureInput !== null || view.headers.get("signature") !== null) {
    return failure(
      "missing_signature",
      `The request is signed with ${signatureInput !== null ? "RFC 9421" : "draft-cavage"}, which options.specs does not accept.`,
    );
  }
  return failure(
    "missing_signature",
    "The request has no Signature, Signature-Input or Authorization: Signature header; sign it.",
  );
}

/**
 * Verifies the RFC 9421 signature of a response (draft-cavage signs requests only). Pass the
 * request it answers as `options.request` when the signature covers `;req` components.
 *
 * @param response - a Fetch API `Response`, or `{ status, headers }`
 * @throws TypeError for programmer errors, as {@link verifyRequest}
 */
export async function verifyResponse(
  response: ResponseLike,
  options: VerifyResponseOptions,
): Promise<VerificationResult> {
  const resolved = resolveVerifyOptions(options);
  if (typeof response !== "object" || response === null || typeof response.status !== "number") {
    throw new TypeError("A response with a numeric status is required.");
  }
  const headers = headerReader(response.headers);
  const target: VerificationTarget = {
    request: options.request ? requestView(options.request) : null,
    response: { status: response.status, headers },
    headers,
    body: bodyLoader(response, options.body),
  };
  const signatureInput = headers.get("signature-input");
  if (signatureInput !== null && resolved.specs.includes("rfc9421")) {
    return verifyRfc9421(target, signatureInput, resolved);
  }
  return failure(
    "missing_signature",
    headers.get("signature") !== null
      ? "The response has a Signature header but no Signature-Input; responses are signed with RFC 9421."
      : "The response has no Signature-Input / Signature headers; sign it with RFC 9421.",
  );
}
