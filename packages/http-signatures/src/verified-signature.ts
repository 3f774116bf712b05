import { failure, type Result, success } from "@fedikit/core";
import type { PublicKeyInput } from "./keys/import-public-key.js";
import type { KeyCheckResult } from "./keys/verify-with-key.js";
import { SignatureError, withContext } from "./shared/signature-error.js";
import type { KeyType } from "./shared/signature-method.js";
import type { SignatureSpec } from "./shared/spec.js";

/**
 * A verified signature: who signed, with what, when, and what the signature covers.
 *
 * To ask "is this activity's actor the signer?", compare {@link VerifiedSignature.owner} with the
 * activity's `actor`: `result.value.owner === activity.actor`. The owner is set only when the key
 * resolver confirmed it (see `ResolvedKey.owner`), never from what a key document says of itself.
 */
export interface VerifiedSignature {
  /** The spec the signature used. */
  readonly spec: SignatureSpec;
  /** The key id the signature named (`keyId` / `keyid`). */
  readonly keyId: string;
  /**
   * The actor that owns the key, as the key resolver confirmed it: found in the actor's own
   * document (`createFetchKeyLoader`), or vouched for by the application's own resolver.
   * `undefined` when nobody confirmed an owner: then the signature proves only who holds the key.
   */
  readonly owner: string | undefined;
  /** The key that verified it, as the key resolver returned it (`ResolvedKey.key`). */
  readonly key: PublicKeyInput;
  /** What kind of key it is. */
  readonly keyType: KeyType;
  /**
   * The algorithm that verified: the name in the signature, or, for `hs2019` and a missing
   * algorithm, the algorithm the key type resolved to (`rsa-sha256`, `rsa-v1_5-sha256` …).
   */
  readonly algorithm: string;
  /** The name the signature itself gave (`hs2019`), or `undefined` when it named none. */
  readonly declaredAlgorithm: string | undefined;
  /** When the signature was made: `created`, else the covered `Date` header. */
  readonly created: Date | undefined;
  /** When the signature expires, if it says. */
  readonly expires: Date | undefined;
  /**
   * The covered components, frozen: draft header names (`(request-target)`, `host` …) or RFC 9421
   * identifiers (`@method`, `@query-param;name="Pet"`, `content-digest` …).
   */
  readonly components: readonly string[];
  /** The RFC 9421 label (`sig1`), or `undefined` for draft signatures. */
  readonly label: string | undefined;
  /** The RFC 9421 `nonce` parameter, if any: check it against a replay cache. */
  readonly nonce: string | undefined;
  /** The RFC 9421 `tag` parameter, if any. */
  readonly tag: string | undefined;
}

/**
 * What `verifyRequest` and `verifyResponse` return: check `ok`, then read `value` (a
 * {@link VerifiedSignature}) or `error` (a {@link SignatureError} with a stable `code`).
 */
export type VerificationResult = Result<VerifiedSignature, SignatureError>;

/** What a verifier knows of a signature before its key is checked. */
export type SignatureFacts = Omit<VerifiedSignature, "key" | "owner" | "keyType" | "algorithm">;

/**
 * The result of a verification whose key check settled to `outcome`: the key check's error, or
 * a success combining the signature's facts with the key, its owner and the algorithm.
 */
export function verificationResult(outcome: KeyCheckResult, facts: SignatureFacts): VerificationResult {
  if (outcome instanceof SignatureError) return failure(withContext(outcome, facts));
  return success({
    spec: facts.spec,
    keyId: facts.keyId,
    owner: outcome.owner,
    key: outcome.key,
    keyType: outcome.imported.keyType,
    algorithm: outcome.algorithm,
    declaredAlgorithm: facts.declaredAlgorithm,
    created: facts.created,
    expires: facts.expires,
    components: facts.components,
    label: facts.label,
    nonce: facts.nonce,
    tag: facts.tag,
  });
}
