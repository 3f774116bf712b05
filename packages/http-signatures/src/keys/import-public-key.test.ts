import { createPublicKey, generateKeyPairSync, webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeBase58btc } from "../../test/support/base58.js";
import { loadVector } from "../../test/support/vectors.js";
import { importPublicKey } from "./import-public-key.js";

const rfc9421 = loadVector("rfc9421.json");

function multikey(prefix: number[], payload: Uint8Array): string {
  return `z${encodeBase58btc(new Uint8Array([...prefix, ...payload]))}`;
}

describe("importPublicKey", () => {
  it("imports SPKI and PKCS#1 PEMs", () => {
    expect(importPublicKey(rfc9421.keys["test-key-rsa"].public_pem).keyType).toBe("rsa");
    expect(importPublicKey(rfc9421.keys["test-key-rsa-pss"].public_pem).keyType).toBe("rsa");
    expect(importPublicKey(rfc9421.keys["test-key-ecc-p256"].public_pem).keyType).toBe("ec-p256");
    expect(importPublicKey(rfc9421.keys["test-key-ed25519"].public_pem).keyType).toBe("ed25519");
  });

  it("imports a PEM whose newlines arrived as spaces (a real Mastodon actor)", () => {
    const actor = loadVector("mastodon-brauca_darradiul.json");
    expect(actor.publicKey.publicKeyPem).not.toContain("\n");
    const imported = importPublicKey(actor.publicKey);
    expect(imported.keyType).toBe("rsa");
    expect(imported.keyObject.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it("imports JWKs, dropping private members", () => {
    const jwk = rfc9421.keys["test-key-ecc-p256"].jwk;
    const imported = importPublicKey(jwk);
    expect(imported.keyType).toBe("ec-p256");
    expect(imported.keyObject.type).toBe("public");
    expect(imported.keyObject.export({ format: "jwk" })).toMatchObject({ x: jwk.x, y: jwk.y });
  });

  it("imports an oct JWK and raw bytes as HMAC secrets", () => {
    const secret = Buffer.from(rfc9421.keys["test-shared-secret"].base64, "base64");
    expect(importPublicKey({ kty: "oct", k: secret.toString("base64url") }).keyType).toBe("hmac");
    expect(importPublicKey(new Uint8Array(secret)).keyType).toBe("hmac");
  });

  it("imports FEP-521a Multikeys: Ed25519, RSA, P-256 and P-384", () => {
    const x = Buffer.from(rfc9421.keys["test-key-ed25519"].jwk.x, "base64url");
    const ed = multikey([0xed, 0x01], x);
    expect(ed.startsWith("z6Mk")).toBe(true);
    const fromMultibase = importPublicKey({
      type: "Multikey",
      id: "https://e.example/#k",
      publicKeyMultibase: ed,
    });
    expect(fromMultibase.keyType).toBe("ed25519");
    expect(fromMultibase.keyObject.export({ format: "jwk" }).x).toBe(rfc9421.keys["test-key-ed25519"].jwk.x);

    // Built from the JWK: Node 24 cannot re-export as PKCS#1 a key that was imported from a
    // PKCS#1 PEM ("Failed to encode public key"), though it can one imported from a JWK.
    const rsaDer = createPublicKey({ key: rfc9421.keys["test-key-rsa"].jwk, format: "jwk" }).export({
      type: "pkcs1",
      format: "der",
    });
    const rsa = importPublicKey(multikey([0x85, 0x24], rsaDer));
    expect(rsa.keyType).toBe("rsa");
    expect(rsa.keyObject.export({ format: "jwk" }).n).toBe(rfc9421.keys["test-key-rsa"].jwk.n);

    for (const [curve, prefix, type] of [
      ["prime256v1", [0x80, 0x24], "ec-p256"],
      ["secp384r1", [0x81, 0x24], "ec-p384"],
    ] as const) {
      const { publicKey } = generateKeyPairSync("ec", { namedCurve: curve });
      const spki = publicKey.export({ type: "spki", format: "der" });
      const uncompressed = spki.subarray(spki.length - (curve === "prime256v1" ? 65 : 97));
      const half = (uncompressed.length - 1) / 2;
      const compressed = Buffer.concat([
        Buffer.from([2 + (uncompressed[uncompressed.length - 1]! & 1)]),
        uncompressed.subarray(1, 1 + half),
      ]);
      const imported = importPublicKey(multikey([...prefix], compressed));
      expect(imported.keyType).toBe(type);
      expect(imported.keyObject.equals(publicKey)).toBe(true);
    }
  });

  it("imports WebCrypto CryptoKeys and node KeyObjects (private ones are reduced to public)", async () => {
    const pair = await webcrypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
    expect(importPublicKey((pair as CryptoKeyPair).publicKey).keyType).toBe("ed25519");
    const { privateKey } = generateKeyPairSync("ed25519");
    expect(importPublicKey(privateKey).keyObject.type).toBe("public");
  });

  it("parses each object once", () => {
    const doc = { id: "k", publicKeyPem: rfc9421.keys["test-key-ed25519"].public_pem };
    expect(importPublicKey(doc)).toBe(importPublicKey(doc));
    const pem = rfc9421.keys["test-key-rsa"].public_pem;
    expect(importPublicKey(pem)).toBe(importPublicKey(pem));
  });

  it("throws TypeError for what is not a usable public key", () => {
    expect(() => importPublicKey("hello")).toThrow(TypeError);
    expect(() => importPublicKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")).toThrow(
      /not a public key/,
    );
    expect(() => importPublicKey("z0OIl")).toThrow(TypeError);
    expect(() => importPublicKey(multikey([0xe7, 0x01], new Uint8Array(33)))).toThrow(/codec 0xe7/);
    expect(() => importPublicKey(multikey([0xed, 0x01], new Uint8Array(31)))).toThrow(/32 bytes/);
    expect(() => importPublicKey({} as never)).toThrow(TypeError);
    expect(() => importPublicKey(42 as never)).toThrow(TypeError);
    const { publicKey } = generateKeyPairSync("x25519");
    expect(() => importPublicKey(publicKey)).toThrow(/x25519/);
    const { publicKey: k1 } = generateKeyPairSync("ec", { namedCurve: "secp256k1" });
    expect(() => importPublicKey(k1)).toThrow(/secp256k1/);
  });
});
