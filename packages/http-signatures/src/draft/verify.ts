import { failure } from "@fedikit/core";
import { checkCoveredDigests } from "../digest/covered-digests.js";
import type { ImportedKey } from "../keys/imported-key.js";
import { type NamedMethod, verifyWithResolvedKey } from "../keys/verify-with-key.js";
import { type Awaitable, andThen } from "../shared/awaitable.js";
import type { RequestView } from "../shared/message.js";
import { SignatureError, withContext } from "../shared/signature-error.js";
import { checkTimeWindow, parseHttpDate } from "../shared/time-window.js";
import type { VerificationTarget } from "../shared/verification-target.js";
import { type VerificationResult, verificationResult } from "../verified-signature.js";
import type { ResolvedVerifyOptions } from "../verify-options.js";
import { type DraftAlgorithm, draftAlgorithm, draftMethods, draftMethodsForKey } from "./algorithms.js";
import { type DraftSignatureParams, parseDraftSignatureHeader } from "./signature-header.js";
import { createSigningString, type DraftRequestView } from "./signing-string.js";

const SPEC = "draft-cavage-12";

/** A failed result about the draft signature of `keyId` (when it could be read). */
function failed(error: SignatureError, keyId?: string): VerificationResult {
  return failure(withContext(error, { spec: SPEC, keyId }));
}

/** The covered headers as a message quotes them; built only for a failure. */
function listed(covered: readonly string[]): string {
  return `headers="${covered.join(" ").slice(0, 200)}"`;
}

/**
 * Why the covered headers do not meet the policy, or `null`: a signed time, the host on the
 * methods that need it, the target (so it cannot be replayed elsewhere), the caller's own list.
 */
function policyFailure(
  covered: readonly string[],
  method: string,
  options: ResolvedVerifyOptions,
): string | null {
  if (covered.length > options.maxComponents) {
    return `The signature covers ${covered.length} headers; at most ${options.maxComponents} are verified (options.maxComponents).`;
  }
  if (options.requireTimestamp && !covered.includes("date") && !covered.includes("(created)")) {
    return `The signature must cover date or (created); ${listed(covered)}.`;
  }
  if (options.requireHostFor.includes(method) && !covered.includes("host")) {
    return `A ${method} signature must cover host; ${listed(covered)}.`;
  }
  if (
    options.requireRequestTarget &&
    !covered.includes("(request-target)") &&
    !(options.allowDigestWithoutRequestTarget && covered.includes("digest"))
  ) {
    return `The signature must cover (request-target), or it could be replayed with another method or to another URL; ${listed(covered)}.`;
  }
  for (const required of options.requiredDraft) {
    if (!covered.includes(required))
      return `The signature must cover ${required} (options.requiredComponents); ${listed(covered)}.`;
  }
  return null;
}

/** Verifies a draft-cavage-12 `Signature` (or `Authorization: Signature`) header on a request. */
export function verifyDraft(
  target: VerificationTarget,
  headerValue: string,
  headerName: string,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  if (headerValue.length > options.maxHeaderLength) {
    return failed(
      new SignatureError(
        "malformed_header",
        `${headerName} is ${headerValue.length} characters; the limit is ${options.maxHeaderLength} (options.maxHeaderLength).`,
      ),
    );
  }
  const request = target.request;
  if (request === null || target.response !== null) {
    return failed(
      new SignatureError(
        "malformed_header",
        "draft-cavage signatures are for requests; responses are signed with RFC 9421.",
      ),
    );
  }
  const parsed = parseDraftSignatureHeader(headerValue);
  if (parsed instanceof SignatureError) return failed(parsed);
  const { keyId, headers: covered } = parsed;
  let algorithm: DraftAlgorithm | undefined;
  if (parsed.algorithm !== undefined) {
    algorithm = draftAlgorithm(parsed.algorithm);
    if (algorithm === undefined) {
      return failed(
        new SignatureError(
          "unsupported_algorithm",
          `algorithm="${parsed.algorithm.slice(0, 40)}" is not supported (use rsa-sha256, rsa-sha512, ecdsa-sha256, ed25519 or hs2019).`,
        ),
        keyId,
      );
    }
    // hs2019 is checked once the key tells what it stands for (methodsFor).
    if (options.algorithms && algorithm !== "hs2019" && !options.algorithms.includes(algorithm)) {
      return failed(
        new SignatureError(
          "unsupported_algorithm",
          `algorithm="${algorithm}" is not accepted here (options.algorithms).`,
        ),
        keyId,
      );
    }
  }

  const method = request.method.toUpperCase();
  const refused = policyFailure(covered, method, options);
  if (refused !== null) {
    const code = covered.length > options.maxComponents ? "malformed_header" : "required_component_missing";
    return failed(new SignatureError(code, refused), keyId);
  }
  // Only a signed time counts: a `created` parameter that (created) does not cover could be
  // rewritten by whoever replays the request. A covered `created` wins over `Date`, as in Mastodon.
  const created = covered.includes("(created)") ? parsed.created : undefined;
  let dateMillis: number | undefined;
  if (created === undefined && covered.includes("date")) {
    const date = target.headers.get("date");
    if (date !== null) {
      const millis = parseHttpDate(date);
      if (millis instanceof SignatureError) return failed(millis, keyId);
      dateMillis = millis;
    }
  }
  const times = checkTimeWindow(
    { created, dateMillis, expires: parsed.expires },
    options.nowMillis,
    options.maxClockSkew,
  );
  if (times) return failed(times, keyId);
  const signedAt = created ?? (dateMillis === undefined ? undefined : dateMillis / 1000);

  const digest = checkCoveredDigests(
    target,
    { digest: covered.includes("digest"), contentDigest: covered.includes("content-digest") },
    options.requireDigestFor.includes(method),
    SPEC,
  );
  return andThen(digest, (digestFailure) =>
    digestFailure
      ? failed(digestFailure, keyId)
      : checkSignature(parsed, algorithm, signedAt, request, options),
  );
}

/** The schemes to try with `key`, or why none fits. */
function methodsFor(
  key: ImportedKey,
  algorithm: DraftAlgorithm | undefined,
  keyId: string,
  options: ResolvedVerifyOptions,
): readonly NamedMethod[] | SignatureError {
  const named = algorithm === undefined ? null : draftMethods(algorithm);
  if (named !== null) {
    const { method } = named[0]!;
    if (method.keyType !== key.keyType) {
      return new SignatureError(
        "wrong_key_type",
        `algorithm="${algorithm}" needs a ${method.keyType} key but key ${keyId} is ${key.keyType}.`,
      );
    }
    return named;
  }
  // hs2019 or no algorithm: the key type decides, and options.algorithms may name either.
  const all = draftMethodsForKey(key.keyType);
  if (!options.algorithms) return all;
  const accepted = options.algorithms;
  const candidates = all.filter((c) => accepted.includes(algorithm ?? c.name) || accepted.includes(c.name));
  if (candidates.length === 0) {
    return new SignatureError(
      "unsupported_algorithm",
      `No accepted algorithm fits key ${keyId} (${key.keyType}); see options.algorithms.`,
    );
  }
  return candidates;
}

function checkSignature(
  parsed: DraftSignatureParams,
  algorithm: DraftAlgorithm | undefined,
  created: number | undefined,
  request: RequestView,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  const { keyId, headers: covered } = parsed;
  const { target: parts } = request;
  const view: DraftRequestView = {
    method: request.method,
    requestTarget: parts.query === null ? parts.path : `${parts.path}?${parts.query}`,
    authority: parts.authority,
    headers: request.headers,
  };
  const signingString = createSigningString(covered, view, parsed);
  if (typeof signingString !== "string") return failed(signingString, keyId);
  const signedData = [Buffer.from(signingString, "latin1")];
  if (
    options.allowRequestTargetWithoutQuery &&
    parts.query !== null &&
    covered.includes("(request-target)")
  ) {
    const withoutQuery = createSigningString(covered, view, parsed, parts.path);
    if (typeof withoutQuery === "string") signedData.push(Buffer.from(withoutQuery, "latin1"));
  }
  const outcome = verifyWithResolvedKey({
    resolver: options.keyResolver,
    keyId,
    refreshOnFailure: options.refreshKeyOnFailure,
    signedData,
    signature: parsed.signature,
    covered,
    methodsFor: (key) => methodsFor(key, algorithm, keyId, options),
  });
  return andThen(outcome, (settled) =>
    verificationResult(settled, {
      spec: SPEC,
      keyId,
      declaredAlgorithm: parsed.algorithm,
      created: created === undefined ? undefined : new Date(created * 1000),
      expires: parsed.expires === undefined ? undefined : new Date(parsed.expires * 1000),
      // Frozen (parseDraftSignatureHeader): shared default lists cannot be changed through a result.
      components: covered,
      label: undefined,
      nonce: undefined,
      tag: undefined,
    }),
  );
}
