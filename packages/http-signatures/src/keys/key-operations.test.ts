import { sign, webcrypto } from "node:crypto";
import { testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { unusualKeyPair } from "../../test/support/keys.js";
import {
  ECDSA_P256_SHA256,
  ECDSA_P384_SHA384,
  HMAC_SHA256,
  RSA_PKCS1_SHA256,
  RSA_PSS_SHA512,
} from "../shared/signature-method.js";
import { type ImportedKey, isImportedKey } from "./imported-key.js";
import { signWithKey, verifyWithKey } from "./key-operations.js";

const { subtle } = webcrypto;
const data = Buffer.from("the signature base");

async function kept(
  format: "spki",
  der: Buffer,
  algorithm: EcKeyImportParams | RsaHashedImportParams,
): Promise<ImportedKey> {
  const cryptoKey = await subtle.importKey(format, der, algorithm, false, ["verify"]);
  return {
    keyType:
      algorithm.name === "ECDSA"
        ? (algorithm as EcKeyImportParams).namedCurve === "P-256"
          ? "ec-p256"
          : "ec-p384"
        : "rsa",
    keyObject: undefined,
    cryptoKey,
  };
}

describe("signing and verifying with a non-extractable WebCrypto key", () => {
  it("verifies ECDSA signatures raw (r‖s) and DER-encoded, and refuses a malformed DER one", async () => {
    for (const [pair, curve, method] of [
      [testKeyPair("ec-p256"), "P-256", ECDSA_P256_SHA256],
      [unusualKeyPair("ec-p384"), "P-384", ECDSA_P384_SHA384],
    ] as const) {
      const key = await kept("spki", pair.publicKey.export({ type: "spki", format: "der" }), {
        name: "ECDSA",
        namedCurve: curve,
      });
      expect(isImportedKey(key)).toBe(true);
      const hash = method.hash!;
      for (let i = 0; i < 8; i++) {
        const raw = sign(hash, data, { key: pair.privateKey, dsaEncoding: "ieee-p1363" });
        const der = sign(hash, data, { key: pair.privateKey, dsaEncoding: "der" });
        expect(await verifyWithKey(method, key, data, raw)).toBe(true);
        expect(await verifyWithKey(method, key, data, der)).toBe(true);
        expect(await verifyWithKey(method, key, Buffer.from("other bytes"), der)).toBe(false);
      }
      const der = sign(hash, data, { key: pair.privateKey, dsaEncoding: "der" });
      for (const broken of [
        der.subarray(0, 7),
        Buffer.concat([der, Buffer.from([0])]),
        Buffer.from([0x31, ...der.subarray(1)]),
      ]) {
        expect(await verifyWithKey(method, key, data, broken)).toBe(false);
      }
    }
  });

  it("checks an RSA key against the scheme and hash WebCrypto bound it to", async () => {
    const { privateKey, publicKey } = testKeyPair("rsa");
    const spki = publicKey.export({ type: "spki", format: "der" });
    const pkcs1 = await kept("spki", spki, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" });
    const signature = sign("sha256", data, privateKey);
    expect(await verifyWithKey(RSA_PKCS1_SHA256, pkcs1, data, signature)).toBe(true);
    expect(await verifyWithKey(RSA_PSS_SHA512, pkcs1, data, signature)).toBe(false);
    const private256 = await subtle.importKey(
      "pkcs8",
      privateKey.export({ type: "pkcs8", format: "der" }),
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-512" },
      false,
      ["sign"],
    );
    expect(() =>
      signWithKey(RSA_PKCS1_SHA256, { keyType: "rsa", keyObject: undefined, cryptoKey: private256 }, data),
    ).toThrow(/is for RSASSA-PKCS1-v1_5 with SHA-512, not RSASSA-PKCS1-v1_5 with SHA-256/);
  });

  it("verifies HMAC with a key that may only sign, comparing in constant time, and refuses another hash", async () => {
    const secret = webcrypto.getRandomValues(new Uint8Array(32));
    const signOnly = await subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    const key: ImportedKey = { keyType: "hmac", keyObject: undefined, cryptoKey: signOnly };
    const mac = await signWithKey(HMAC_SHA256, key, data);
    expect(await verifyWithKey(HMAC_SHA256, key, data, mac)).toBe(true);
    expect(await verifyWithKey(HMAC_SHA256, key, data, Buffer.alloc(32))).toBe(false);
    expect(await verifyWithKey(HMAC_SHA256, key, data, mac.subarray(1))).toBe(false);
    const sha512 = await subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-512" }, false, [
      "sign",
      "verify",
    ]);
    expect(
      await verifyWithKey(
        HMAC_SHA256,
        { keyType: "hmac", keyObject: undefined, cryptoKey: sha512 },
        data,
        mac,
      ),
    ).toBe(false);
  });
});
