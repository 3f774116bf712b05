import { type Awaitable, andThen } from "../shared/awaitable.js";
import type { SignatureMethod } from "../shared/signature-method.js";
import { verifyWithMethod } from "../shared/signature-method.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";
import { importPublicKey, type PublicKeyInput } from "./import-public-key.js";
import type { ImportedKey } from "./imported-key.js";
import {
  callResolver,
  type KeyResolveOptions,
  type KeyResolver,
  type KeyResolverFunction,
} from "./key-resolver.js";

/** An algorithm name and the scheme it stands for. */
export interface NamedMethod {
  readonly name: string;
  readonly method: SignatureMethod;
}

/** What {@link verifyWithResolvedKey} needs. */
export interface KeyCheck {
  readonly resolver: KeyResolver | KeyResolverFunction;
  readonly keyId: string;
  /** Whether to look the key up once more (key rotation) when the signature does not verify. */
  readonly refreshOnFailure: boolean;
  /** The algorithms to try with this key, or why the key does not fit. */
  readonly methodsFor: (key: ImportedKey) => readonly NamedMethod[] | VerificationFailure;
  /** The bytes that may have been signed (more than one for Mastodon's query quirk). */
  readonly signedData: readonly Buffer[];
  readonly signature: Buffer;
  /** The covered components, named in the failure message. */
  readonly covered: readonly string[];
}

/** A key that verified the signature, and the algorithm it verified with. */
export interface KeyCheckSuccess {
  readonly ok: true;
  readonly key: PublicKeyInput;
  readonly imported: ImportedKey;
  readonly algorithm: string;
}

type LookedUp = { key: PublicKeyInput; imported: ImportedKey } | VerificationFailure;

function fetchFailed(check: KeyCheck, error: unknown): VerificationFailure {
  return failure(
    "key_fetch_failed",
    `Looking up key ${check.keyId} failed: ${(error as Error)?.message ?? String(error)}. Retry later; the sender's server may be down.`,
  );
}

function importResolved(check: KeyCheck, key: PublicKeyInput | null | undefined): LookedUp {
  if (key === null || key === undefined) {
    return failure(
      "key_not_found",
      `No key ${check.keyId}: the resolver does not know it (deleted actor, or a typo in keyId).`,
    );
  }
  try {
    return { key, imported: importPublicKey(key) };
  } catch (error) {
    return failure("invalid_key", `Key ${check.keyId} cannot be used: ${(error as Error).message}`);
  }
}

const FIRST_LOOKUP: KeyResolveOptions = { refresh: false };
const REFRESH: KeyResolveOptions = { refresh: true };

function lookUp(check: KeyCheck, refresh: boolean): Awaitable<LookedUp> {
  let answer: ReturnType<typeof callResolver>;
  try {
    answer = callResolver(check.resolver, check.keyId, refresh ? REFRESH : FIRST_LOOKUP);
  } catch (error) {
    return fetchFailed(check, error);
  }
  if (answer instanceof Promise) {
    return answer.then(
      (key) => importResolved(check, key),
      (error: unknown) => fetchFailed(check, error),
    );
  }
  return importResolved(check, answer);
}

function attempt(check: KeyCheck, imported: ImportedKey): NamedMethod | VerificationFailure | null {
  const methods = check.methodsFor(imported);
  if (!Array.isArray(methods)) return methods as VerificationFailure;
  for (const named of methods as readonly NamedMethod[]) {
    for (const data of check.signedData) {
      if (verifyWithMethod(named.method, imported.keyObject, data, check.signature)) return named;
    }
  }
  return null;
}

function mismatch(check: KeyCheck, imported: ImportedKey): VerificationFailure {
  return failure(
    "signature_mismatch",
    `Signature does not verify with key ${check.keyId} (${imported.keyType}). The sender signed different bytes than arrived (a proxy changed the path, Host or a covered header?) or used another key. Covered: ${check.covered.join(" ") || "(nothing)"}.`,
  );
}

function retryWithFreshKey(
  check: KeyCheck,
  first: { imported: ImportedKey },
  second: LookedUp,
): KeyCheckResult {
  if ("imported" in second && second.imported !== first.imported) {
    const outcome = attempt(check, second.imported);
    if (outcome !== null && !("ok" in outcome)) {
      return { ok: true, key: second.key, imported: second.imported, algorithm: outcome.name };
    }
  }
  return mismatch(check, first.imported);
}

/** What {@link verifyWithResolvedKey} settles to. */
export type KeyCheckResult = KeyCheckSuccess | VerificationFailure;

/**
 * Resolves the key, checks the signature with each fitting algorithm, and on failure asks the
 * resolver once more with `refresh: true`; a different key then gets one more try. Stays
 * synchronous when the resolver answers synchronously.
 */
export function verifyWithResolvedKey(check: KeyCheck): Awaitable<KeyCheckResult> {
  return andThen(lookUp(check, false), (first): Awaitable<KeyCheckResult> => {
    if (!("imported" in first)) return first;
    const outcome = attempt(check, first.imported);
    if (outcome !== null && "ok" in outcome) return outcome;
    if (outcome !== null)
      return { ok: true, key: first.key, imported: first.imported, algorithm: outcome.name };
    if (!check.refreshOnFailure) return mismatch(check, first.imported);
    return andThen(lookUp(check, true), (second) => retryWithFreshKey(check, first, second));
  });
}
