import { createPublicKey, createSecretKey, KeyObject } from "node:crypto";
import {
  cryptoKeyTypeOf,
  fromKeyObject,
  type ImportedKey,
  isCryptoKey,
  isImportedKey,
} from "./imported-key.js";
import { decodeMultibaseBase58btc, MULTICODEC, splitMulticodec } from "./multibase.js";
import { parsePem, publicKeyEncoding } from "./pem.js";

/**
 * A key object as actor documents publish it: Mastodon's `publicKey` (`publicKeyPem`) or a
 * FEP-521a `Multikey` (`publicKeyMultibase`). `owner` / `controller` are what the document says
 * of itself: anyone can serve a key that names any actor as its owner, so they never decide who
 * signed (`VerifiedSignature.owner`, confirmed from the owner's own document, does).
 */
export interface KeyDocument {
  /** The key's id, e.g. `https://example.com/users/alice#main-key`. */
  readonly id?: string;
  /** The key's type, e.g. `"Multikey"`. */
  readonly type?: string;
  /** The actor the key says owns it (security vocabulary); a claim, not a confirmation. */
  readonly owner?: string;
  /** The actor the key says controls it (FEP-521a); a claim, not a confirmation. */
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

/**
 * The longest PEM (or multibase) text imported, in characters. An RSA-16384 public key, far
 * larger than any server uses, takes about 2,900; key material comes from remote documents, so
 * nothing is parsed at any length.
 */
export const MAX_KEY_TEXT_LENGTH = 16_384;

function fromPem(text: string): KeyObject {
  if (text.length > MAX_KEY_TEXT_LENGTH) {
    throw new TypeError(
      `The PEM has ${text.length} characters; a public key has at most ${MAX_KEY_TEXT_LENGTH}.`,
    );
  }
  const block = parsePem(text);
  if (!block) throw new TypeError("The PEM has no well-formed -----BEGIN …----- block.");
  switch (block.label) {
    case "PUBLIC KEY":
    case "RSA PUBLIC KEY": {
      // What the body is, not what the label says: servers publish SubjectPublicKeyInfo under
      // "RSA PUBLIC KEY", and PKCS#1 under "PUBLIC KEY".
      const type = publicKeyEncoding(block.der);
      if (type === null) {
        throw new TypeError(
          `The PEM "${block.label}" holds neither a SubjectPublicKeyInfo nor a PKCS#1 RSA key.`,
        );
      }
      return createPublicKey({ key: block.der, format: "der", type });
    }
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

/** A verifying `CryptoKey`: converted when extractable, else kept and used through `crypto.subtle`. */
function fromCryptoKey(key: CryptoKey): ImportedKey {
  const keyType = cryptoKeyTypeOf(key);
  // KeyObject.from on a non-extractable key is deprecated (DEP0204 on Node 20.20, pending on 24).
  if (key.extractable) {
    const keyObject = KeyObject.from(key);
    return fromKeyObject(keyObject.type === "private" ? createPublicKey(keyObject) : keyObject);
  }
  if (key.type === "private") {
    throw new TypeError("A non-extractable private CryptoKey cannot verify: pass its public key.");
  }
  return { keyType, keyObject: undefined, cryptoKey: key };
}

function toKeyObject(input: Exclude<PublicKeyInput, CryptoKey | ImportedKey>): KeyObject {
  if (input instanceof KeyObject) return input.type === "private" ? createPublicKey(input) : input;
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
  // Fixed names, and only strings taken: nothing inherited from Object.prototype is a string, and
  // a key object built by a library (with getters) still reads.
  const doc = input as KeyDocument;
  if (typeof doc.publicKeyPem === "string") return fromPem(doc.publicKeyPem);
  if (typeof doc.publicKeyMultibase === "string") return fromMultibase(doc.publicKeyMultibase.trim());
  throw new TypeError(
    "Unrecognised public key: expected a CryptoKey, KeyObject, PEM, multibase string, JWK, or an object with publicKeyPem / publicKeyMultibase.",
  );
}

/**
 * Imports a public key (or HMAC secret). Nothing is cached here: a resolver built with
 * `createCachingKeyResolver` imports each key once when it loads it, and any resolver may return
 * an {@link ImportedKey} to skip parsing.
 *
 * @throws TypeError when the input is not a key, or is a key of a type HTTP signatures do not use.
 */
export function importPublicKey(input: PublicKeyInput): ImportedKey {
  if (isImportedKey(input)) return input;
  if (isCryptoKey(input)) return fromCryptoKey(input);
  if (typeof input !== "string" && (typeof input !== "object" || input === null)) {
    throw new TypeError("A public key must be an object or a string.");
  }
  let keyObject: KeyObject;
  try {
    keyObject = toKeyObject(input);
  } catch (error) {
    if (error instanceof TypeError) throw error;
    throw new TypeError(`The public key could not be imported: ${(error as Error).message}`);
  }
  return fromKeyObject(keyObject);
}
