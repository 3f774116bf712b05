import { checkCoveredDigests } from "../digest/covered-digests.js";
import type { ImportedKey } from "../keys/imported-key.js";
import { type NamedMethod, verifyWithResolvedKey } from "../keys/verify-with-key.js";
import type { RequestView } from "../rfc9421/component-value.js";
import { type Awaitable, andThen } from "../shared/awaitable.js";
import { checkTimeWindow, parseHttpDate } from "../shared/time-window.js";
import {
  failure,
  type VerificationFailure,
  type VerificationResult,
  withContext,
} from "../shared/verification-result.js";
import type { VerificationTarget } from "../shared/verification-target.js";
import type { ResolvedVerifyOptions } from "../verify-options.js";
import {
  canonicalDraftAlgorithm,
  DRAFT_METHODS,
  DRAFT_NAMED_METHODS,
  draftMethodsForKey,
  isDraftAlgorithm,
} from "./algorithms.js";
import { type DraftSignatureParams, parseDraftSignatureHeader } from "./signature-header.js";
import { createSigningString, type DraftRequestView } from "./signing-string.js";

const DRAFT = { spec: "draft-cavage-12" } as const;

/** A failure about the signature of `keyId`. */
function failedFor(keyId: string, failed: VerificationFailure): VerificationFailure {
  return withContext(failed, { spec: "draft-cavage-12", keyId });
}

/** Verifies a draft-cavage-12 `Signature` (or `Authorization: Signature`) header on a request. */
export function verifyDraft(
  target: VerificationTarget,
  headerValue: string,
  headerName: string,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  if (headerValue.length > options.maxHeaderLength) {
    return failure(
      "malformed_header",
      `${headerName} is ${headerValue.length} characters; the limit is ${options.maxHeaderLength} (options.maxHeaderLength).`,
      DRAFT,
    );
  }
  const request = target.request;
  if (request === null || target.response !== null) {
    return failure(
      "malformed_header",
      "draft-cavage signatures are for requests; responses are signed with RFC 9421.",
      DRAFT,
    );
  }
  const parsed = parseDraftSignatureHeader(headerValue);
  if ("ok" in parsed) return withContext(parsed, DRAFT);
  const { keyId, headers: covered } = parsed;
  const algorithm = parsed.algorithm === undefined ? undefined : canonicalDraftAlgorithm(parsed.algorithm);
  if (algorithm !== undefined) {
    if (!isDraftAlgorithm(algorithm)) {
      return failure(
        "unsupported_algorithm",
        `algorithm="${algorithm}" is not supported (use rsa-sha256, rsa-sha512, ecdsa-sha256, ed25519 or hs2019).`,
        { ...DRAFT, keyId },
      );
    }
    // hs2019 is checked once the key tells what it stands for (methodsFor).
    if (options.algorithms && algorithm !== "hs2019" && !options.algorithms.includes(algorithm)) {
      return failure(
        "unsupported_algorithm",
        `algorithm="${algorithm}" is not accepted here (options.algorithms).`,
        { ...DRAFT, keyId },
      );
    }
  }

  const method = request.method.toUpperCase();
  const coversDate = covered.includes("date");
  const coversCreated = covered.includes("(created)");
  if (options.requireTimestamp && !coversDate && !coversCreated) {
    return failure(
      "required_component_missing",
      `The signature must cover date or (created); headers="${covered.join(" ")}".`,
      { ...DRAFT, keyId },
    );
  }
  if (options.requireHostFor.includes(method) && !covered.includes("host")) {
    return failure(
      "required_component_missing",
      `A ${method} signature must cover host; headers="${covered.join(" ")}".`,
      { ...DRAFT, keyId },
    );
  }
  if (options.requireRequestTarget && !covered.includes("(request-target)") && !covered.includes("digest")) {
    return failure(
      "required_component_missing",
      `The signature must cover (request-target) (or digest), or it could be replayed to another URL; headers="${covered.join(" ")}".`,
      { ...DRAFT, keyId },
    );
  }
  for (const required of options.requiredDraft) {
    if (!covered.includes(required)) {
      return failure(
        "required_component_missing",
        `The signature must cover ${required} (options.requiredComponents); headers="${covered.join(" ")}".`,
        { ...DRAFT, keyId },
      );
    }
  }
  // Only a signed time counts: a `created` parameter that (created) does not cover could be
  // rewritten by whoever replays the request. A covered `created` wins over `Date`, as in Mastodon.
  const created = coversCreated ? parsed.created : undefined;
  let dateMillis: number | undefined;
  if (created === undefined && coversDate) {
    const date = target.headers.get("date");
    if (date !== null) {
      const millis = parseHttpDate(date);
      if (typeof millis !== "number") return failedFor(keyId, millis);
      dateMillis = millis;
    }
  }
  const times = checkTimeWindow(
    { created, dateMillis, expires: parsed.expires },
    options.nowMillis,
    options.maxClockSkew,
  );
  if (times) return failedFor(keyId, times);
  const signedAt = created ?? (dateMillis === undefined ? undefined : dateMillis / 1000);

  const digest = checkCoveredDigests(
    target,
    { digest: covered.includes("digest"), contentDigest: covered.includes("content-digest") },
    options.requireDigestFor.includes(method),
    "draft-cavage-12",
  );
  if (digest instanceof Promise) {
    return digest.then((failed) =>
      failed ? failedFor(keyId, failed) : checkSignature(parsed, algorithm, signedAt, request, options),
    );
  }
  if (digest) return failedFor(keyId, digest);
  return checkSignature(parsed, algorithm, signedAt, request, options);
}

function methodsFor(
  key: ImportedKey,
  algorithm: string | undefined,
  keyId: string,
  options: ResolvedVerifyOptions,
): readonly NamedMethod[] | VerificationFailure {
  if (algorithm !== undefined && algorithm !== "hs2019") {
    const method = DRAFT_METHODS[algorithm as keyof typeof DRAFT_METHODS];
    if (method.keyType !== key.keyType) {
      return failure(
        "wrong_key_type",
        `algorithm="${algorithm}" needs a ${method.keyType} key but key ${keyId} is ${key.keyType}.`,
      );
    }
    return DRAFT_NAMED_METHODS[algorithm]!;
  }
  const all = draftMethodsForKey(key.keyType);
  if (!options.algorithms) return all;
  const candidates = all.filter(
    (c) =>
      !options.algorithms ||
      options.algorithms.includes(algorithm ?? c.name) ||
      options.algorithms.includes(c.name),
  );
  if (candidates.length === 0) {
    return failure(
      "unsupported_algorithm",
      `No accepted algorithm fits key ${keyId} (${key.keyType}); see options.algorithms.`,
    );
  }
  return candidates;
}

function checkSignature(
  parsed: DraftSignatureParams,
  algorithm: string | undefined,
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
  if (typeof signingString !== "string") return failedFor(keyId, signingString);
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
  return andThen(outcome, (result): VerificationResult => {
    if (!result.ok) return failedFor(keyId, result);
    return {
      ok: true,
      spec: "draft-cavage-12",
      keyId,
      key: result.key,
      keyType: result.imported.keyType,
      algorithm: result.algorithm,
      declaredAlgorithm: parsed.algorithm,
      created: created === undefined ? undefined : new Date(created * 1000),
      expires: parsed.expires === undefined ? undefined : new Date(parsed.expires * 1000),
      // A copy: `covered` is shared by every request that sent the same header list.
      components: covered.slice(),
      label: undefined,
      nonce: undefined,
      tag: undefined,
    };
  });
}
