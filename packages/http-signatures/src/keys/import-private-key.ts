import { createPrivateKey, createSecretKey, KeyObject, type JsonWebKey as NodeJsonWebKey } from "node:crypto";
import {
  cryptoKeyTypeOf,
  fromKeyObject,
  type ImportedKey,
  isCryptoKey,
  isImportedKey,
} from "./imported-key.js";

/**
 * Every form a signing key may come in: a WebCrypto `CryptoKey` (extractable or not), a
 * node:crypto `KeyObject`, an {@link ImportedKey}, a PEM string (PKCS#8 `PRIVATE KEY`, PKCS#1
 * `RSA PRIVATE KEY` or SEC1 `EC PRIVATE KEY`), a JWK, or raw bytes (an HMAC secret).
 */
export type PrivateKeyInput = CryptoKey | KeyObject | ImportedKey | string | JsonWebKey | Uint8Array;

function toKeyObject(input: Exclude<PrivateKeyInput, CryptoKey | ImportedKey>): KeyObject {
  if (input instanceof KeyObject) return input;
  if (typeof input === "string") return createPrivateKey({ key: input.trim(), format: "pem" });
  if (input instanceof Uint8Array) return createSecretKey(Buffer.from(input));
  const jwk = input as JsonWebKey;
  if (jwk.kty === "oct") {
    if (typeof jwk.k !== "string") throw new TypeError("An oct JWK needs its k member.");
    return createSecretKey(Buffer.from(jwk.k, "base64url"));
  }
  if (typeof jwk.kty === "string") return createPrivateKey({ key: jwk as NodeJsonWebKey, format: "jwk" });
  throw new TypeError("Unrecognised private key: expected a CryptoKey, KeyObject, PEM or JWK.");
}

/** A signing `CryptoKey`: converted when extractable, else kept and used through `crypto.subtle`. */
function fromCryptoKey(key: CryptoKey): ImportedKey {
  if (key.type === "public") throw new TypeError("A public key cannot sign: pass the private key.");
  const keyType = cryptoKeyTypeOf(key);
  // KeyObject.from on a non-extractable key is deprecated (DEP0204 on Node 20.20, pending on 24).
  if (key.extractable) return { keyType, keyObject: KeyObject.from(key), cryptoKey: undefined };
  return { keyType, keyObject: undefined, cryptoKey: key };
}

/**
 * Imports a signing key. Nothing is cached (a private key is never kept in module state): import
 * once with this function and pass the {@link ImportedKey} to sign many messages without parsing
 * the key again.
 *
 * @throws TypeError when the input is not a private key (or secret) of a type HTTP signatures use.
 */
export function importPrivateKey(input: PrivateKeyInput): ImportedKey {
  if (isImportedKey(input)) return input;
  if (isCryptoKey(input)) return fromCryptoKey(input);
  if (typeof input !== "string" && (typeof input !== "object" || input === null)) {
    throw new TypeError("A private key must be a CryptoKey, KeyObject, PEM string, JWK or bytes.");
  }
  let keyObject: KeyObject;
  try {
    keyObject = toKeyObject(input);
  } catch (error) {
    if (error instanceof TypeError) throw error;
    throw new TypeError(`The private key could not be imported: ${(error as Error).message}`);
  }
  if (keyObject.type === "public") {
    throw new TypeError("A public key cannot sign: pass the private key.");
  }
  return fromKeyObject(keyObject);
}
