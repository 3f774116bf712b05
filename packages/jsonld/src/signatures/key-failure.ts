import type { SignatureError } from "@fedikit/http-signatures";
import { JsonLdError, type JsonLdErrorCode } from "../jsonld-error.js";

/** The key and signature codes this package shares with `@fedikit/http-signatures`. */
const sharedCodes: ReadonlySet<string> = new Set<JsonLdErrorCode>([
  "key_not_found",
  "key_fetch_failed",
  "invalid_key",
  "wrong_key_type",
  "signature_mismatch",
]);

/**
 * A failure of `verifyBytes` as a {@link JsonLdError}: the same code and message, the key id,
 * and the `SignatureError` as the cause (so `hasCode(error, "ssrf_blocked")` still sees a refused
 * key fetch). A code a resolver chose that means nothing here becomes `key_fetch_failed`.
 */
export function keyFailure(error: SignatureError, keyId: string): JsonLdError {
  const code = sharedCodes.has(error.code) ? (error.code as JsonLdErrorCode) : "key_fetch_failed";
  return new JsonLdError(code, error.message, { keyId, cause: error });
}

/** The same failure, naming the key id of the signature or proof it was checking. */
export function withKeyId(error: JsonLdError, keyId: string): JsonLdError {
  if (error.keyId !== undefined) return error;
  return new JsonLdError(error.code, error.message, {
    keyId,
    cause: error.cause,
    ...(error.url === undefined ? {} : { url: error.url }),
    ...(error.jsonLdCode === undefined ? {} : { jsonLdCode: error.jsonLdCode }),
  });
}
