import { webcrypto } from "node:crypto";
import { testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { loadVector } from "../../test/support/vectors.js";
import { importPrivateKey } from "./import-private-key.js";

const rfc9421 = loadVector("rfc9421.json");

describe("importPrivateKey", () => {
  it("imports PKCS#1, PKCS#8 (also id-RSASSA-PSS) and SEC1 PEMs", () => {
    expect(importPrivateKey(rfc9421.keys["test-key-rsa"].private_pem).keyType).toBe("rsa");
    const pss = importPrivateKey(rfc9421.keys["test-key-rsa-pss"].private_pem);
    expect(pss.keyType).toBe("rsa");
    expect(pss.keyObject!.asymmetricKeyType).toBe("rsa-pss");
    expect(importPrivateKey(rfc9421.keys["test-key-ecc-p256"].private_pem).keyType).toBe("ec-p256");
    expect(importPrivateKey(rfc9421.keys["test-key-ed25519"].private_pem).keyType).toBe("ed25519");
  });

  it("imports JWKs and HMAC secrets", () => {
    expect(importPrivateKey(rfc9421.keys["test-key-rsa"].jwk).keyType).toBe("rsa");
    expect(importPrivateKey({ kty: "oct", k: "c2VjcmV0" }).keyType).toBe("hmac");
    expect(importPrivateKey(new Uint8Array(32)).keyType).toBe("hmac");
  });

  it("converts an extractable CryptoKey and keeps a non-extractable one for WebCrypto", async () => {
    const sign = ["sign", "verify"] as KeyUsage[];
    const extractable = (await webcrypto.subtle.generateKey(
      { name: "Ed25519" },
      true,
      sign,
    )) as CryptoKeyPair;
    expect(importPrivateKey(extractable.privateKey)).toMatchObject({
      keyType: "ed25519",
      cryptoKey: undefined,
    });
    expect(importPrivateKey(extractable.privateKey).keyObject?.type).toBe("private");
    const kept = (await webcrypto.subtle.generateKey(
      { name: "ECDSA", namedCurve: "P-384" },
      false,
      sign,
    )) as CryptoKeyPair;
    expect(importPrivateKey(kept.privateKey)).toEqual({
      keyType: "ec-p384",
      keyObject: undefined,
      cryptoKey: kept.privateKey,
    });
  });

  it("keeps nothing between calls (no private key in module state) and passes an ImportedKey through", () => {
    const pem = rfc9421.keys["test-key-ed25519"].private_pem;
    const first = importPrivateKey(pem);
    expect(importPrivateKey(pem)).not.toBe(first);
    expect(importPrivateKey(first)).toBe(first);
  });

  it("throws TypeError for public keys and garbage", async () => {
    expect(() => importPrivateKey(rfc9421.keys["test-key-ed25519"].public_pem)).toThrow(TypeError);
    expect(() => importPrivateKey(testKeyPair("ed25519").publicKey)).toThrow(/public key cannot sign/);
    const pair = (await webcrypto.subtle.generateKey({ name: "Ed25519" }, true, [
      "sign",
      "verify",
    ])) as CryptoKeyPair;
    expect(() => importPrivateKey(pair.publicKey)).toThrow(/public key cannot sign/);
    expect(() => importPrivateKey("garbage")).toThrow(TypeError);
    expect(() => importPrivateKey({} as never)).toThrow(TypeError);
    expect(() => importPrivateKey(42 as never)).toThrow(TypeError);
  });
});
