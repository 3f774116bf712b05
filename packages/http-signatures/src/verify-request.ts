import { failure } from "@fedikit/core";
import { verifyDraft } from "./draft/verify.js";
import { verifyRfc9421 } from "./rfc9421/verify.js";
import {
  type HeaderReader,
  headerReader,
  type RequestLike,
  type RequestView,
  type ResponseLike,
} from "./shared/message.js";
import { bodyLoader, requestView } from "./shared/message-view.js";
import { SignatureError } from "./shared/signature-error.js";
import type { VerificationTarget } from "./shared/verification-target.js";
import type { VerificationResult } from "./verified-signature.js";
import {
  type ResolvedVerifyOptions,
  resolveVerifyOptions,
  type VerifyOptions,
  type VerifyResponseOptions,
} from "./verify-options.js";

const AUTHORIZATION_SIGNATURE = /^signature\s+/i;

function missing(message: string): VerificationResult {
  return failure(new SignatureError("missing_signature", message));
}

/** The message both verifiers check: its request, its response (if any), headers and body. */
function verificationTarget(
  message: unknown,
  request: RequestView | null,
  response: VerificationTarget["response"],
  headers: HeaderReader,
  options: VerifyOptions,
  resolved: ResolvedVerifyOptions,
): VerificationTarget {
  return { request, response, headers, body: bodyLoader(message, headers, options.body, resolved.maxBytes) };
}

/**
 * Verifies the HTTP signature of a request. `Signature-Input` means RFC 9421; otherwise a
 * draft-cavage `Signature` or `Authorization: Signature` header is read. The fediverse policy
 * applies by default (see {@link VerifyOptions}).
 *
 * Never throws (or rejects) for anything the sender controls, including a URL built from a
 * malformed `Host` header: the result is a success with a {@link VerifiedSignature}, or a failure
 * with a {@link SignatureError} whose stable `code` and message say what to fix. The request is
 * not consumed (its body, when a digest must be checked and `options.body` is not given, is read
 * through `clone()`, at most `maxBytes` of it).
 *
 * Whether the activity's actor is the signer: `result.value.owner === activity.actor`.
 *
 * @param request - a Fetch API `Request`, or `{ method, url, headers }` from any server
 * @throws TypeError or RangeError for programmer errors: no key resolver, an option out of range,
 *   a request without a method or headers, or a digest to check on a body that was already read
 *   and not passed as `options.body`
 */
export async function verifyRequest(
  request: RequestLike,
  options: VerifyOptions,
): Promise<VerificationResult> {
  const resolved = resolveVerifyOptions(options);
  const view = requestView(request);
  if (view instanceof SignatureError) return failure(view);
  const { headers } = view;
  const target = verificationTarget(request, view, null, headers, options, resolved);
  const signatureInput = headers.get("signature-input");
  if (signatureInput !== null && resolved.specs.includes("rfc9421"))
    return verifyRfc9421(target, signatureInput, resolved);
  if (signatureInput === null && resolved.specs.includes("draft-cavage-12")) {
    const signature = headers.get("signature");
    if (signature !== null) return verifyDraft(target, signature, "Signature", resolved);
    const authorization = headers.get("authorization");
    if (authorization !== null && AUTHORIZATION_SIGNATURE.test(authorization)) {
      return verifyDraft(
        target,
        authorization.replace(AUTHORIZATION_SIGNATURE, ""),
        "Authorization",
        resolved,
      );
    }
  }
  if (signatureInput !== null || headers.get("signature") !== null) {
    return missing(
      `The request is signed with ${signatureInput !== null ? "RFC 9421" : "draft-cavage"}, which options.specs does not accept.`,
    );
  }
  return missing(
    "The request has no Signature, Signature-Input or Authorization: Signature header; sign it.",
  );
}

/**
 * Verifies the RFC 9421 signature of a response (draft-cavage signs requests only). Pass the
 * request it answers as `options.request` when the signature covers `;req` components.
 *
 * @param response - a Fetch API `Response`, or `{ status, headers }`
 * @throws TypeError or RangeError for programmer errors, as {@link verifyRequest}
 */
export async function verifyResponse(
  response: ResponseLike,
  options: VerifyResponseOptions,
): Promise<VerificationResult> {
  const resolved = resolveVerifyOptions(options);
  if (typeof response !== "object" || response === null || typeof response.status !== "number") {
    throw new TypeError("A response with a numeric status is required.");
  }
  const request = options.request ? requestView(options.request) : null;
  if (request instanceof SignatureError) return failure(request);
  const headers = headerReader(response.headers);
  const target = verificationTarget(
    response,
    request,
    { status: response.status, headers },
    headers,
    options,
    resolved,
  );
  const signatureInput = headers.get("signature-input");
  if (signatureInput !== null && resolved.specs.includes("rfc9421"))
    return verifyRfc9421(target, signatureInput, resolved);
  return missing(
    headers.get("signature") !== null
      ? "The response has a Signature header but no Signature-Input; responses are signed with RFC 9421."
      : "The response has no Signature-Input / Signature headers; sign it with RFC 9421.",
  );
}
