import { createPublicKey, createSecretKey, KeyObject } from "node:crypto";
import { type ImportedKey, isCryptoKey, isImportedKey, keyTypeOf } from "./imported-key.js";
import { decodeMultibaseBase58btc, MULTICODEC, splitMulticodec } from "./multibase.js";
import { parsePem } from "./pem.js";

/**
 * A key object as actor documents publish it: Mastodon's `publicKey` (`publicKeyPem`) or a
 * FEP-521a `Multikey` (`publicKeyMultibase`). `id` and `owner` / `controller` are kept so a caller
 * can check who the key belongs to.
 */
export interface KeyDocument {
  /** The key's id, e.g. `https://example.com/users/alice#main-key`. */
  readonly id?: string;
  /** The key's type, e.g. `"Multikey"`. */
  readonly type?: string;
  /** The actor that owns the key (security vocabulary). */
  readonly owner?: string;
  /** The actor that controls the key (FEP-521a). */
  readonly controller?: string;
  /** An SPKI or PKCS#1 PEM. */
  readonly publicKeyPem?: string;
  /** A base58btc multibase multicodec key (`z6Mk…` for Ed25519). */
  readonly publicKeyMultibase?: string;
}

/**
 * Every form a public (or, for HMAC, shared) key may come in:
 * a WebCrypto `CryptoKey`, a node:crypto `KeyObject`, an {@link ImportedKey}, a PEM string
 * (SPKI `PUBLIC KEY` or PKCS#1 `RSA PUBLIC KEY`, newlines may be spaces), a multibase string
 * (`z…`), a JWK, a {@link KeyDocument}, or raw bytes (an HMAC secret).
 */
export type PublicKeyInput =
  | CryptoKey
  | KeyObject
  | ImportedKey
  | string
  | JsonWebKey
  | KeyDocument
  | Uint8Array;

const SPKI_PREFIX = {
  ed25519: Buffer.from("302a300506032b6570032100", "hex"),
  p256: Buffer.from("3039301306072a8648ce3d020106082a8648ce3d030107032200", "hex"),
  p384: Buffer.from("3046301006072a8648ce3d020106052b81040022033200", "hex"),
};

function fromPem(text: string): KeyObject {
  const block = parsePem(text);
  if (!block) throw new TypeError("The PEM has no well-formed -----BEGIN …----- block.");
  switch (block.label) {
    case "PUBLIC KEY":
      return createPublicKey({ key: block.der, format: "der", type: "spki" });
    case "RSA PUBLIC KEY":
      return createPublicKey({ key: block.der, format: "der", type: "pkcs1" });
    case "CERTIFICATE":
      return createPublicKey({ key: text, format: "pem" });
    default:
      throw new TypeError(
        `A PEM "${block.label}" is not a public key (expected PUBLIC KEY or RSA PUBLIC KEY).`,
      );
  }
}

function fromMultibase(text: string): KeyObject {
  const bytes = decodeMultibaseBase58btc(text);
  const parts = bytes && splitMulticodec(bytes);
  if (!parts) throw new TypeError("publicKeyMultibase is not base58btc multibase (it must start with z).");
  const payload = Buffer.from(parts.payload);
  switch (parts.codec) {
    case MULTICODEC.ed25519Public:
      if (payload.length !== 32) throw new TypeError("An Ed25519 multikey must hold 32 bytes.");
      return createPublicKey({
        key: Buffer.concat([SPKI_PREFIX.ed25519, payload]),
        format: "der",
        type: "spki",
      });
    case MULTICODEC.p256Public:
      return createPublicKey({
        key: Buffer.concat([SPKI_PREFIX.p256, payload]),
        format: "der",
        type: "spki",
      });
    case MULTICODEC.p384Public:
      return createPublicKey({
        key: Buffer.concat([SPKI_PREFIX.p384, payload]),
        format: "der",
        type: "spki",
      });
    case MULTICODEC.rsaPublic:
      return createPublicKey({ key: payload, format: "der", type: "pkcs1" });
    default:
      throw new TypeError(`Multikey codec 0x${parts.codec.toString(16)} is not a supported public key.`);
  }
}

function toKeyObject(input: PublicKeyInput): KeyObject {
  if (input instanceof KeyObject) return input.type === "private" ? createPublicKey(input) : input;
  if (isCryptoKey(input)) {
    const key = KeyObject.from(input);
    return key.type === "private" ? createPublicKey(key) : key;
  }
  if (typeof input === "string") {
    const trimmed = input.trim();
    if (trimmed.startsWith("z")) return fromMultibase(trimmed);
    return fromPem(trimmed);
  }
  if (input instanceof Uint8Array) return createSecretKey(Buffer.from(input));
  const jwk = input as JsonWebKey;
  if (typeof jwk.kty === "string") {
    if (jwk.kty === "oct") {
      if (typeof jwk.k !== "string") throw new TypeError("An oct JWK needs its k member.");
      return createSecretKey(Buffer.from(jwk.k, "base64url"));
    }
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = jwk;
    return createPublicKey({ key: publicPart, format: "jwk" });
  }
  const doc = input as KeyDocument;
  if (typeof doc.publicKeyPem === "string") return fromPem(doc.publicKeyPem);
  if (typeof doc.publicKeyMultibase === "string") return fromMultibase(doc.publicKeyMultibase.trim());
  throw new TypeError(
    "Unrecognised public key: expected a CryptoKey, KeyObject, PEM, multibase string, JWK, or an object with publicKeyPem / publicKeyMultibase.",
  );
}

const objectCache = new WeakMap<object, ImportedKey>();
const stringCache = new Map<string, ImportedKey>();
const STRING_CACHE_LIMIT = 1024;

/**
 * Imports a public key (or HMAC secret) once. Results are cached per object (weakly) and per
 * PEM / multibase string (the last 1,024), so verifying many requests with the same key parses
 * it once.
 *
 * @throws TypeError when the input is not a key, or is a key of a type HTTP signatures do not use.
 */
export function importPublicKey(input: PublicKeyInput): ImportedKey {
  if (isImportedKey(input)) return input;
  if (typeof input === "string") {
    const cached = stringCache.get(input);
    if (cached) return cached;
  } else if (typeof input === "object" && input !== null) {
    const cached = objectCache.get(input);
    if (cached) return cached;
  } else {
    throw new TypeError("A public key must be an object or a string.");
  }
  let keyObject: KeyObject;
  try {
    keyObject = toKeyObject(input);
  } catch (error) {
    if (error instanceof TypeError) throw error;
    throw new TypeError(`The public key could not be imported: ${(error as Error).message}`);
  }
  const imported: ImportedKey = { keyObject, keyType: keyTypeOf(keyObject) };
  if (typeof input === "string") {
    if (stringCache.size >= STRING_CACHE_LIMIT) stringCache.delete(stringCache.keys().next().value!);
    stringCache.set(input, imported);
  } else {
    objectCache.set(input, imported);
  }
  return imported;
}
