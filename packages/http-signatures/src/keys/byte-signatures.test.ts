import { createPublicKey, sign, webcrypto } from "node:crypto";
import { expectFailure, expectSuccess, freshKeyPair, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { signBytes, verifyBytes } from "./byte-signatures.js";
import type { ResolvedKey } from "./key-resolver.js";

const data = new TextEncoder().encode("hex(sha256(options)) ‖ hex(sha256(document))");
const keyId = "https://a.example/users/alice#main-key";
const owner = "https://a.example/users/alice";

describe("signBytes and verifyBytes", () => {
  it("signs RSASSA-PKCS1-v1_5 / SHA-256 as node:crypto does, and verifies it with the resolver's key and owner", async () => {
    const rsa = testKeyPair("rsa");
    const signature = await signBytes(data, rsa.privateKeyPem, "rsa-v1_5-sha256");
    expect(Buffer.from(signature)).toEqual(sign("sha256", data, rsa.privateKey));
    const result = expectSuccess(
      await verifyBytes(data, signature, {
        keyResolver: () => ({ key: rsa.publicKeyPem, owner }),
        keyId,
        algorithm: "rsa-v1_5-sha256",
      }),
    );
    expect(result.value).toEqual({ keyId, owner, key: rsa.publicKeyPem });
  });

  it("signs and verifies Ed25519 with a non-extractable WebCrypto key pair", async () => {
    const pair = (await webcrypto.subtle.generateKey({ name: "Ed25519" }, false, [
      "sign",
      "verify",
    ])) as CryptoKeyPair;
    const signature = await signBytes(data, pair.privateKey, "ed25519");
    expect(signature.length).toBe(64);
    expectSuccess(
      await verifyBytes(data, signature, {
        keyResolver: () => ({ key: pair.publicKey }),
        keyId,
        algorithm: "ed25519",
      }),
    );
  });

  it("fails with signature_mismatch for other bytes, wrong_key_type for a key of another kind, key_not_found for none", async () => {
    const ed = testKeyPair("ed25519");
    const signature = await signBytes(data, ed.privateKey, "ed25519");
    const keyResolver = () => ({ key: ed.publicKey });
    const mismatch = expectFailure(
      await verifyBytes(new Uint8Array([1, 2, 3]), signature, { keyResolver, keyId, algorithm: "ed25519" }),
      "signature_mismatch",
    );
    expect(mismatch.message).not.toMatch(/proxy|Host/);
    expectFailure(
      await verifyBytes(data, signature, { keyResolver, keyId, algorithm: "rsa-v1_5-sha256" }),
      "wrong_key_type",
    );
    expectFailure(
      await verifyBytes(data, signature, { keyResolver: () => null, keyId, algorithm: "ed25519" }),
      "key_not_found",
    );
  });

  it("asks the resolver again with refresh: true after a failed check, and verifies with the rotated key", async () => {
    const old = freshKeyPair("ed25519");
    const rotated = testKeyPair("ed25519", "rotated");
    const signature = await signBytes(data, rotated.privateKey, "ed25519");
    const asked: boolean[] = [];
    const keyResolver = (_id: string, { refresh }: { refresh: boolean }): ResolvedKey => {
      asked.push(refresh);
      return { key: refresh ? rotated.publicKey : old.publicKey };
    };
    expectSuccess(await verifyBytes(data, signature, { keyResolver, keyId, algorithm: "ed25519" }));
    expect(asked).toEqual([false, true]);
    asked.length = 0;
    expectFailure(
      await verifyBytes(data, signature, {
        keyResolver,
        keyId,
        algorithm: "ed25519",
        refreshKeyOnFailure: false,
      }),
      "signature_mismatch",
    );
    expect(asked).toEqual([false]);
  });

  it("keeps the code a resolver throws, and turns any other throw into key_fetch_failed with the cause", async () => {
    const cause = new Error("connection reset");
    const error = expectFailure(
      await verifyBytes(data, new Uint8Array(64), {
        keyResolver: () => Promise.reject(cause),
        keyId,
        algorithm: "ed25519",
      }),
      "key_fetch_failed",
    );
    expect(error.cause).toBe(cause);
  });

  it("refuses a public key or a key of another kind for signing, naming the problem", async () => {
    await expect(signBytes(data, testKeyPair("ed25519").privateKey, "rsa-v1_5-sha256")).rejects.toThrow(
      /needs a rsa key, not ed25519/,
    );
    await expect(
      signBytes(data, createPublicKey(testKeyPair("rsa").privateKey), "rsa-v1_5-sha256"),
    ).rejects.toThrow(TypeError);
    await expect(signBytes(data, testKeyPair("rsa").privateKey, "rsa-sha256" as "ed25519")).rejects.toThrow(
      /not an RFC 9421 algorithm/,
    );
  });
});
