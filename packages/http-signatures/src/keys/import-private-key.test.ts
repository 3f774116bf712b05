import { generateKeyPairSync, webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadVector } from "../../test/support/vectors.js";
import { importPrivateKey } from "./import-private-key.js";

const rfc9421 = loadVector("rfc9421.json");

describe("importPrivateKey", () => {
  it("imports PKCS#1, PKCS#8 (also id-RSASSA-PSS) and SEC1 PEMs", () => {
    expect(importPrivateKey(rfc9421.keys["test-key-rsa"].private_pem).keyType).toBe("rsa");
    const pss = importPrivateKey(rfc9421.keys["test-key-rsa-pss"].private_pem);
    expect(pss.keyType).toBe("rsa");
    expect(pss.keyObject.asymmetricKeyType).toBe("rsa-pss");
    expect(importPrivateKey(rfc9421.keys["test-key-ecc-p256"].private_pem).keyType).toBe("ec-p256");
    expect(importPrivateKey(rfc9421.keys["test-key-ed25519"].private_pem).keyType).toBe("ed25519");
  });

  it("imports JWKs, HMAC secrets and non-extractable CryptoKeys", async () => {
    expect(importPrivateKey(rfc9421.keys["test-key-rsa"].jwk).keyType).toBe("rsa");
    expect(importPrivateKey({ kty: "oct", k: "c2VjcmV0" }).keyType).toBe("hmac");
    expect(importPrivateKey(new Uint8Array(32)).keyType).toBe("hmac");
    const pair = (await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-384" }, false, [
      "sign",
      "verify",
    ])) as CryptoKeyPair;
    expect(importPrivateKey(pair.privateKey).keyType).toBe("ec-p384");
  });

  it("caches by object and by PEM string", () => {
    const pem = rfc9421.keys["test-key-ed25519"].private_pem;
    expect(importPrivateKey(pem)).toBe(importPrivateKey(pem));
    const { privateKey } = generateKeyPairSync("ed25519");
    expect(importPrivateKey(privateKey)).toBe(importPrivateKey(privateKey));
  });

  it("throws TypeError for public keys and garbage", () => {
    expect(() => importPrivateKey(rfc9421.keys["test-key-ed25519"].public_pem)).toThrow(TypeError);
    expect(() => importPrivateKey(generateKeyPairSync("ed25519").publicKey)).toThrow(
      /public key cannot sign/,
    );
    expect(() => importPrivateKey("garbage")).toThrow(TypeError);
    expect(() => importPrivateKey({} as never)).toThrow(TypeError);
  });
});
