import type { Awaitable } from "../shared/awaitable.js";
import { constantTimeEqual } from "../shared/constant-time.js";
import { type SignatureMethod, signWithMethod, verifyWithMethod } from "../shared/signature-method.js";
import type { ImportedKey } from "./imported-key.js";
import { DER_LONG_LENGTH, DerTag } from "./pem.js";

/** Bytes of one ECDSA coordinate per curve, the length of each half of a raw `r‖s` signature. */
const ECDSA_COORDINATE_BYTES = { "ec-p256": 32, "ec-p384": 48 } as const;
const PSS_SALT_LENGTH = 64;

/**
 * Types bytes for WebCrypto. Node's Buffers are backed by ArrayBuffers (never shared), so the cast
 * only narrows what TypeScript cannot see.
 */
function bufferSource(bytes: Buffer): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}

/** WebCrypto names of the hashes signature methods use. */
const WEBCRYPTO_HASH = { sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" } as const;

/**
 * The WebCrypto parameters of `method`, checked against what the key was created for (WebCrypto
 * binds an RSA or HMAC key to one scheme and hash).
 *
 * @returns the parameters, or why the key cannot serve the method
 */
function webCryptoParameters(
  method: SignatureMethod,
  key: CryptoKey,
): AlgorithmIdentifier | EcdsaParams | RsaPssParams | string {
  const algorithm = key.algorithm as KeyAlgorithm & { hash?: { name: string } };
  const hash = method.hash === null ? null : WEBCRYPTO_HASH[method.hash];
  const keyHash = algorithm.hash?.name;
  switch (method.keyType) {
    case "ed25519":
      return { name: "Ed25519" };
    case "ec-p256":
    case "ec-p384":
      return { name: "ECDSA", hash: hash! };
    case "hmac":
      return keyHash === hash ? { name: "HMAC" } : `this HMAC CryptoKey is for ${keyHash}, not ${hash}`;
    case "rsa": {
      const name = method.padding === "pss" ? "RSA-PSS" : "RSASSA-PKCS1-v1_5";
      if (algorithm.name !== name || keyHash !== hash) {
        return `this CryptoKey is for ${algorithm.name} with ${keyHash}, not ${name} with ${hash}; import the key for that scheme, or as extractable`;
      }
      return method.padding === "pss" ? { name, saltLength: PSS_SALT_LENGTH } : { name };
    }
  }
}

/**
 * Signs `data` with `key`: synchronously through node:crypto for a `KeyObject`, through
 * `crypto.subtle` for a non-extractable `CryptoKey`. ECDSA signatures are raw `r‖s` either way.
 *
 * @throws TypeError when a `CryptoKey` was created for another scheme or hash than `method`.
 */
export function signWithKey(method: SignatureMethod, key: ImportedKey, data: Buffer): Awaitable<Buffer> {
  if (key.keyObject !== undefined) return signWithMethod(method, key.keyObject, data);
  const parameters = webCryptoParameters(method, key.cryptoKey!);
  if (typeof parameters === "string") throw new TypeError(`Cannot sign: ${parameters}.`);
  return globalThis.crypto.subtle
    .sign(parameters, key.cryptoKey!, bufferSource(data))
    .then((signature) => Buffer.from(signature));
}

/**
 * Checks `signature` over `data` with `key`. Never throws or rejects: a key that cannot serve the
 * method is a failed check. Synchronous for a `KeyObject`; a non-extractable `CryptoKey` goes
 * through `crypto.subtle` (DER-encoded ECDSA signatures are converted to `r‖s` first).
 */
export function verifyWithKey(
  method: SignatureMethod,
  key: ImportedKey,
  data: Buffer,
  signature: Buffer,
): Awaitable<boolean> {
  if (key.keyObject !== undefined) return verifyWithMethod(method, key.keyObject, data, signature);
  const parameters = webCryptoParameters(method, key.cryptoKey!);
  if (typeof parameters === "string") return false;
  let raw: Buffer | null = signature;
  if (method.keyType === "ec-p256" || method.keyType === "ec-p384") {
    const half = ECDSA_COORDINATE_BYTES[method.keyType];
    raw = signature.length === 2 * half ? signature : derToRawEcdsa(signature, half);
    if (raw === null) return false;
  }
  const subtle = globalThis.crypto.subtle;
  const checked =
    method.keyType === "hmac" &&
    key.cryptoKey!.usages.includes("sign") &&
    !key.cryptoKey!.usages.includes("verify")
      ? subtle
          .sign(parameters, key.cryptoKey!, bufferSource(data))
          .then((mac) => constantTimeEqual(Buffer.from(mac), signature))
      : subtle.verify(parameters, key.cryptoKey!, bufferSource(raw), bufferSource(data));
  return checked.catch(() => false);
}

/**
 * Converts a DER `SEQUENCE { INTEGER r, INTEGER s }` ECDSA signature to raw `r‖s` with each half
 * `half` bytes long.
 *
 * @returns the raw signature, or `null` when `der` is not such a sequence
 */
function derToRawEcdsa(der: Buffer, half: number): Buffer | null {
  if (der.length < 8 || der[0] !== DerTag.SEQUENCE) return null;
  let at = der[1]! < DER_LONG_LENGTH ? 2 : 2 + (der[1]! & ~DER_LONG_LENGTH);
  const out = Buffer.alloc(2 * half);
  for (let part = 0; part < 2; part++) {
    if (der[at] !== DerTag.INTEGER) return null;
    const length = der[at + 1]!;
    if (length >= DER_LONG_LENGTH || at + 2 + length > der.length) return null;
    let integer = der.subarray(at + 2, at + 2 + length);
    while (integer.length > half && integer[0] === 0) integer = integer.subarray(1);
    if (integer.length > half) return null;
    integer.copy(out, part * half + half - integer.length);
    at += 2 + length;
  }
  return at === der.length ? out : null;
}
