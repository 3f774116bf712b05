import { hasCode } from "@fedikit/core";
import { type Awaitable, andThen } from "../shared/awaitable.js";
import { SignatureError } from "../shared/signature-error.js";
import { type SignatureMethod, verifyWithMethod } from "../shared/signature-method.js";
import { importPublicKey, type PublicKeyInput } from "./import-public-key.js";
import type { ImportedKey } from "./imported-key.js";
import { verifyWithKey } from "./key-operations.js";
import {
  callResolver,
  type KeyResolveOptions,
  type KeyResolver,
  type KeyResolverFunction,
  type ResolvedKey,
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
  readonly methodsFor: (key: ImportedKey) => readonly NamedMethod[] | SignatureError;
  /** The bytes that may have been signed (more than one for Mastodon's query quirk). */
  readonly signedData: readonly Buffer[];
  readonly signature: Buffer;
  /** The covered components, named in the failure message. */
  readonly covered: readonly string[];
}

/** A key that verified the signature, whose it is, and the algorithm it verified with. */
export interface KeyCheckSuccess {
  readonly key: PublicKeyInput;
  readonly owner: string | undefined;
  readonly imported: ImportedKey;
  readonly algorithm: string;
}

/** A key the resolver found, imported. */
interface LookedUp {
  readonly key: PublicKeyInput;
  readonly owner: string | undefined;
  readonly imported: ImportedKey;
}

/**
 * Why looking the key up failed, saying what to do about it: an SSRF refusal or an oversized
 * document will not go away by retrying, a network failure may.
 */
function fetchFailed(check: KeyCheck, error: unknown): SignatureError {
  const reason = error instanceof Error ? error.message : String(error);
  const advice = hasCode(error, "ssrf_blocked")
    ? "The SSRF guard refused the key's address (private, loopback or not allowed); retrying will not help."
    : hasCode(error, "too_large")
      ? "The key document is larger than the fetch allows; it is not a usable key document."
      : hasCode(error, "bad_scheme")
        ? "The key's URL (or a redirect) uses a scheme the fetch refuses."
        : "Retry later; the sender's server may be down or slow.";
  return new SignatureError(
    "key_fetch_failed",
    `Looking up key ${check.keyId} failed: ${reason.slice(0, 200)} ${advice}`,
    {
      keyId: check.keyId,
      cause: error,
    },
  );
}

/** A resolver that threw a `SignatureError` chose the failure; it is kept as the cause of a fresh copy. */
function thrownBy(check: KeyCheck, error: unknown): SignatureError {
  if (error instanceof SignatureError) {
    return new SignatureError(error.code, error.message, { keyId: check.keyId, cause: error });
  }
  return fetchFailed(check, error);
}

function importResolved(
  check: KeyCheck,
  resolved: ResolvedKey | null | undefined,
): LookedUp | SignatureError {
  if (resolved === null || resolved === undefined) {
    return new SignatureError(
      "key_not_found",
      `No key ${check.keyId}: the resolver does not know it (deleted actor, or a typo in keyId).`,
      { keyId: check.keyId },
    );
  }
  const { key, owner } = resolved;
  if (typeof resolved !== "object" || key === undefined) {
    return new SignatureError(
      "invalid_key",
      `The key resolver returned ${typeof resolved} for ${check.keyId}; it must return { key, owner? } or null.`,
      { keyId: check.keyId },
    );
  }
  try {
    return { key, owner: typeof owner === "string" ? owner : undefined, imported: importPublicKey(key) };
  } catch (error) {
    return new SignatureError(
      "invalid_key",
      `Key ${check.keyId} cannot be used: ${(error as Error).message}`,
      {
        keyId: check.keyId,
      },
    );
  }
}

const FIRST_LOOKUP: KeyResolveOptions = Object.freeze({ refresh: false });
const REFRESH: KeyResolveOptions = Object.freeze({ refresh: true });

function lookUp(check: KeyCheck, refresh: boolean): Awaitable<LookedUp | SignatureError> {
  let answer: ReturnType<typeof callResolver>;
  try {
    answer = callResolver(check.resolver, check.keyId, refresh ? REFRESH : FIRST_LOOKUP);
  } catch (error) {
    return thrownBy(check, error);
  }
  if (answer instanceof Promise) {
    return answer.then(
      (resolved) => importResolved(check, resolved),
      (error: unknown) => thrownBy(check, error),
    );
  }
  return importResolved(check, answer);
}

/**
 * Tries each fitting method over each candidate base: synchronously for a node:crypto key (the
 * hot path), one after the other through `crypto.subtle` for a non-extractable WebCrypto key.
 *
 * @returns the method that verified, `null` when none did, or why the key does not fit
 */
function attempt(check: KeyCheck, imported: ImportedKey): Awaitable<NamedMethod | SignatureError | null> {
  const methods = check.methodsFor(imported);
  if (methods instanceof SignatureError) return methods;
  const { keyObject } = imported;
  if (keyObject === undefined) return attemptWebCrypto(check, imported, methods);
  for (const named of methods) {
    for (const data of check.signedData) {
      if (verifyWithMethod(named.method, keyObject, data, check.signature)) return named;
    }
  }
  return null;
}

async function attemptWebCrypto(
  check: KeyCheck,
  imported: ImportedKey,
  methods: readonly NamedMethod[],
): Promise<NamedMethod | null> {
  for (const named of methods) {
    for (const data of check.signedData) {
      if (await verifyWithKey(named.method, imported, data, check.signature)) return named;
    }
  }
  return null;
}

function mismatch(check: KeyCheck, imported: ImportedKey): SignatureError {
  return new SignatureError(
    "signature_mismatch",
    `Signature does not verify with key ${check.keyId} (${imported.keyType}). The sender signed different bytes than arrived (a proxy changed the path, Host or a covered header?) or used another key. Covered: ${check.covered.join(" ") || "(nothing)"}.`,
    { keyId: check.keyId },
  );
}

function succeeded(found: LookedUp, named: NamedMethod): KeyCheckSuccess {
  return { key: found.key, owner: found.owner, imported: found.imported, algorithm: named.name };
}

function retryWithFreshKey(
  check: KeyCheck,
  first: LookedUp,
  second: LookedUp | SignatureError,
): Awaitable<KeyCheckResult> {
  if (second instanceof SignatureError || second.imported === first.imported)
    return mismatch(check, first.imported);
  return andThen(attempt(check, second.imported), (outcome) =>
    outcome !== null && !(outcome instanceof SignatureError)
      ? succeeded(second, outcome)
      : mismatch(check, first.imported),
  );
}

/** What {@link verifyWithResolvedKey} settles to. */
export type KeyCheckResult = KeyCheckSuccess | SignatureError;

/**
 * Resolves the key, checks the signature with each fitting algorithm, and on failure asks the
 * resolver once more with `refresh: true`; a different key then gets one more try. Stays
 * synchronous when the resolver answers synchronously with a node:crypto key.
 */
export function verifyWithResolvedKey(check: KeyCheck): Awaitable<KeyCheckResult> {
  return andThen(lookUp(check, false), (first): Awaitable<KeyCheckResult> => {
    if (first instanceof SignatureError) return first;
    return andThen(attempt(check, first.imported), (outcome): Awaitable<KeyCheckResult> => {
      if (outcome instanceof SignatureError) return outcome;
      if (outcome !== null) return succeeded(first, outcome);
      if (!check.refreshOnFailure) return mismatch(check, first.imported);
      return andThen(lookUp(check, true), (second) => retryWithFreshKey(check, first, second));
    });
  });
}
