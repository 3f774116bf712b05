import { createPrivateKey, createSecretKey, KeyObject, type JsonWebKey as NodeJsonWebKey } from "node:crypto";
import { type ImportedKey, isCryptoKey, isImportedKey, keyTypeOf } from "./imported-key.js";

/**
 * Every form a signing key may come in: a WebCrypto `CryptoKey` (extractable or not), a
 * node:crypto `KeyObject`, an {@link ImportedKey}, a PEM string (PKCS#8 `PRIVATE KEY`, PKCS#1
 * `RSA PRIVATE KEY` or SEC1 `EC PRIVATE KEY`), a JWK, or raw bytes (an HMAC secret).
 */
export type PrivateKeyInput = CryptoKey | KeyObject | ImportedKey | string | JsonWebKey | Uint8Array;

const objectCache = new WeakMap<object, ImportedKey>();
const stringCache = new Map<string, ImportedKey>();
const STRING_CACHE_LIMIT = 64;

function toKeyObject(input: PrivateKeyInput): KeyObject {
  if (input instanceof KeyObject) return input;
  if (isCryptoKey(input)) return KeyObject.from(input);
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

/**
 * Imports a signing key once; results are cached per object (weakly) and per PEM string.
 *
 * @throws TypeError when the input is not a private key (or secret) of a type HTTP signatures use.
 */
export function importPrivateKey(input: PrivateKeyInput): ImportedKey {
  if (isImportedKey(input)) return input;
  const cached = typeof input === "string" ? stringCache.get(input) : objectCache.get(input as object);
  if (cached) return cached;
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
  const imported: ImportedKey = { keyObject, keyType: keyTypeOf(keyObject) };
  if (typeof input === "string") {
    if (stringCache.size >= STRING_CACHE_LIMIT) stringCache.delete(stringCache.keys().next().value!);
    stringCache.set(input, imported);
  } else {
    objectCache.set(input as object, imported);
  }
  return imported;
}
