import { failure, type Result, success } from "@fedikit/core";
import { type Rfc9421Algorithm, rfc9421Methods } from "../rfc9421/algorithms.js";
import { SignatureError } from "../shared/signature-error.js";
import { importPrivateKey, type PrivateKeyInput } from "./import-private-key.js";
import type { PublicKeyInput } from "./import-public-key.js";
import { signWithKey } from "./key-operations.js";
import type { KeyResolver, KeyResolverFunction } from "./key-resolver.js";
import { type NamedMethod, verifyWithResolvedKey } from "./verify-with-key.js";

/** Options of {@link verifyBytes}. */
export interface VerifyBytesOptions {
  /** Looks the key up by `keyId`: the same resolver (and cache) that verifies HTTP signatures. */
  readonly keyResolver: KeyResolver | KeyResolverFunction;
  /** The id of the key that signed (a `creator`, a `verificationMethod`). */
  readonly keyId: string;
  /** The scheme the signature was made with, by its RFC 9421 registry name. */
  readonly algorithm: Rfc9421Algorithm;
  /**
   * When the signature does not verify, ask the resolver once more with `refresh: true` and try
   * a different key it returns (the signer rotated its key).
   * @defaultValue `true`
   */
  readonly refreshKeyOnFailure?: boolean;
}

/** A key that verified a signature over bytes, and whose it is. */
export interface VerifiedBytes {
  /** The key id that was asked for. */
  readonly keyId: string;
  /**
   * The actor that owns the key, as the key resolver confirmed it (`ResolvedKey.owner`), or
   * `undefined` when nobody confirmed an owner.
   */
  readonly owner: string | undefined;
  /** The key that verified, as the key resolver returned it. */
  readonly key: PublicKeyInput;
}

/** The one-element method list of a registry algorithm. @throws TypeError for another name. */
function methodsOf(algorithm: Rfc9421Algorithm): readonly NamedMethod[] {
  const methods = rfc9421Methods(algorithm);
  if (methods === undefined) {
    throw new TypeError(`${String(algorithm).slice(0, 40)} is not an RFC 9421 algorithm.`);
  }
  return methods;
}

/**
 * Verifies a detached signature over bytes with a key from a key resolver, for signature formats
 * other than HTTP's (Linked Data signatures, Data Integrity proofs): the key is looked up and
 * imported as for `verifyRequest`, must fit `algorithm` (`wrong_key_type`), and on a failed check
 * is looked up once more with `refresh: true` (key rotation). Never rejects for what a signer
 * controls: the failure is a `SignatureError` (`key_not_found`, `key_fetch_failed`,
 * `invalid_key`, `wrong_key_type`, `signature_mismatch`).
 *
 * @throws TypeError when `algorithm` is not an RFC 9421 registry name.
 */
export async function verifyBytes(
  data: Uint8Array,
  signature: Uint8Array,
  options: VerifyBytesOptions,
): Promise<Result<VerifiedBytes, SignatureError>> {
  const { keyId, algorithm } = options;
  const methods = methodsOf(algorithm);
  const expected = methods[0]!.method.keyType;
  const outcome = await verifyWithResolvedKey({
    resolver: options.keyResolver,
    keyId,
    refreshOnFailure: options.refreshKeyOnFailure !== false,
    signedData: [Buffer.from(data.buffer, data.byteOffset, data.byteLength)],
    signature: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength),
    covered: [],
    methodsFor: (key) =>
      key.keyType === expected
        ? methods
        : new SignatureError(
            "wrong_key_type",
            `${algorithm} needs a ${expected} key but key ${keyId} is ${key.keyType}.`,
            { keyId },
          ),
  });
  if (outcome instanceof SignatureError) {
    if (outcome.code !== "signature_mismatch") return failure(outcome);
    return failure(
      new SignatureError(
        "signature_mismatch",
        `The ${algorithm} signature does not verify with key ${keyId}: the signed bytes differ from these, or another key signed.`,
        { keyId },
      ),
    );
  }
  return success({ keyId, owner: outcome.owner, key: outcome.key });
}

/**
 * Signs bytes with a private key and an RFC 9421 registry algorithm (a detached signature, as
 * Linked Data signatures and Data Integrity proofs carry): synchronously through node:crypto, or
 * through `crypto.subtle` for a non-extractable `CryptoKey`. ECDSA signatures are raw `r‖s`.
 *
 * @throws TypeError when the key is not a private key, or does not fit `algorithm`.
 */
export async function signBytes(
  data: Uint8Array,
  privateKey: PrivateKeyInput,
  algorithm: Rfc9421Algorithm,
): Promise<Uint8Array> {
  const { method } = methodsOf(algorithm)[0]!;
  const key = importPrivateKey(privateKey);
  if (key.keyType !== method.keyType) {
    throw new TypeError(`${algorithm} needs a ${method.keyType} key, not ${key.keyType}.`);
  }
  const signature = await signWithKey(
    method,
    key,
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  );
  return new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
}
