import { type PrivateKeyInput, signBytes } from "@fedikit/http-signatures";
import type { JsonLdCallOptions } from "../engine/run-options.js";
import { callBudget } from "./call-budget.js";
import { type LinkedDataSignature, rsaSignature2017 } from "./linked-data-signature.js";
import { linkedDataSigningInput } from "./signing-input.js";
import { signingTime } from "./signing-time.js";

/** Options of {@link signLinkedData}. */
export interface SignLinkedDataOptions extends JsonLdCallOptions {
  /** The id of the key that signs, e.g. `https://example.com/users/alice#main-key` (the `creator`). */
  readonly keyId: string;
  /**
   * The actor's RSA private key: a PEM, a `KeyObject`, a `CryptoKey` (`RSASSA-PKCS1-v1_5` with
   * SHA-256 if not extractable), a JWK, or what `importPrivateKey` from
   * `@fedikit/http-signatures` returned (import once to sign many documents).
   */
  readonly privateKey: PrivateKeyInput;
  /**
   * When it was signed (`created`).
   * @defaultValue the time `now` returns
   */
  readonly created?: Date | number;
  /**
   * The clock, in epoch milliseconds.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
}

/**
 * Signs a document with a Linked Data signature (`RsaSignature2017`) exactly as Mastodon does,
 * and returns a copy with the `signature` added (replacing any it had): the options
 * `{ creator, created }` under `https://w3id.org/identity/v1` and the document are each
 * canonicalized (RDFC-1.0, through the context loader and limits), hashed with SHA-256 and joined
 * in hex, and signed with RSASSA-PKCS1-v1_5 / SHA-256. `created` is written as Mastodon writes
 * it, to the second (`2024-09-12T16:50:46Z`).
 *
 * A document with anything canonicalization would drop (a term its context does not define, a
 * relative IRI) is refused: the signature would not cover it, and {@link verifyLinkedData} would
 * refuse the result.
 *
 * @throws TypeError when `keyId` or `privateKey` is missing, the key is not an RSA private key,
 *   or an option is out of range.
 * @returns a promise that rejects with a {@link JsonLdError} when the document cannot be
 *   canonicalized (`uncovered_content`, `remote_context_blocked`, `malformed_document` …), and with
 *   the signal's reason when `signal` aborts.
 */
export async function signLinkedData<T extends object>(
  document: T,
  options: SignLinkedDataOptions,
): Promise<Omit<T, "signature"> & { readonly signature: LinkedDataSignature }> {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new TypeError("signLinkedData signs a JSON object.");
  }
  if (typeof options !== "object" || options === null) throw new TypeError("signLinkedData needs options.");
  const { keyId, privateKey } = options;
  if (typeof keyId !== "string" || keyId === "") throw new TypeError("options.keyId is required.");
  if (privateKey === undefined || privateKey === null) throw new TypeError("options.privateKey is required.");
  const created = signingTime(options.created, options.now);
  const nextOptions = callBudget(options);
  const { signature: _previous, ...unsigned } = document as T & { signature?: unknown };
  const input = await linkedDataSigningInput(unsigned, { creator: keyId, created }, nextOptions);
  if (!input.ok) throw input.error;
  const signatureValue = Buffer.from(await signBytes(input.value, privateKey, "rsa-v1_5-sha256")).toString(
    "base64",
  );
  return { ...unsigned, signature: { type: rsaSignature2017, creator: keyId, created, signatureValue } };
}
