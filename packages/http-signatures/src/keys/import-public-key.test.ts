import { createPublicKey, webcrypto } from "node:crypto";
import { testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { encodeBase58btc } from "../../test/support/base58.js";
import { unusualKeyPair } from "../../test/support/keys.js";
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
    expect(imported.keyObject!.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it("imports JWKs, dropping private members", () => {
    const jwk = rfc9421.keys["test-key-ecc-p256"].jwk;
    const imported = importPublicKey(jwk);
    expect(imported.keyType).toBe("ec-p256");
    expect(imported.keyObject!.type).toBe("public");
    expect(imported.keyObject!.export({ format: "jwk" })).toMatchObject({ x: jwk.x, y: jwk.y });
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
    expect(fromMultibase.keyObject!.export({ format: "jwk" }).x).toBe(rfc9421.keys["test-key-ed25519"].jwk.x);

    // Built from the JWK: Node 24 cannot re-export as PKCS#1 a key that was imported from a
    // PKCS#1 PEM ("Failed to encode public key"), though it can one imported from a JWK.
    const rsaDer = createPublicKey({ key: rfc9421.keys["test-key-rsa"].jwk, format: "jwk" }).export({
      type: "pkcs1",
      format: "der",
    });
    const rsa = importPublicKey(multikey([0x85, 0x24], rsaDer));
    expect(rsa.keyType).toBe("rsa");
    expect(rsa.keyObject!.export({ format: "jwk" }).n).toBe(rfc9421.keys["test-key-rsa"].jwk.n);

    for (const [curve, prefix, type] of [
      ["prime256v1", [0x80, 0x24], "ec-p256"],
      ["secp384r1", [0x81, 0x24], "ec-p384"],
    ] as const) {
      const { publicKey } = curve === "prime256v1" ? testKeyPair("ec-p256") : unusualKeyPair("ec-p384");
      const spki = publicKey.export({ type: "spki", format: "der" });
      const uncompressed = spki.subarray(spki.length - (curve === "prime256v1" ? 65 : 97));
      const half = (uncompressed.length - 1) / 2;
      const compressed = Buffer.concat([
        Buffer.from([2 + (uncompressed[uncompressed.length - 1]! & 1)]),
        uncompressed.subarray(1, 1 + half),
      ]);
      const imported = importPublicKey(multikey([...prefix], compressed));
      expect(imported.keyType).toBe(type);
      expect(imported.keyObject!.equals(publicKey)).toBe(true);
    }
  });

  it("imports WebCrypto CryptoKeys and node KeyObjects (private ones are reduced to public)", async () => {
    const pair = await webcrypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
    expect(importPublicKey((pair as CryptoKeyPair).publicKey).keyType).toBe("ed25519");
    const { privateKey } = testKeyPair("ed25519");
    expect(importPublicKey(privateKey).keyObject!.type).toBe("public");
  });

  it("passes an ImportedKey through without parsing, and keeps nothing between calls", () => {
    const doc = { id: "k", publicKeyPem: rfc9421.keys["test-key-ed25519"].public_pem };
    const imported = importPublicKey(doc);
    expect(importPublicKey(imported)).toBe(imported);
    expect(importPublicKey(doc)).not.toBe(imported);
    expect(importPublicKey(doc).keyObject!.equals(imported.keyObject!)).toBe(true);
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
    const { publicKey } = unusualKeyPair("x25519");
    expect(() => importPublicKey(publicKey)).toThrow(/x25519/);
    const { publicKey: k1 } = unusualKeyPair("ec-secp256k1");
    expect(() => importPublicKey(k1)).toThrow(/secp256k1/);
  });
});

/** The PEM of `der` under `label`, 64 characters a line. */
function pem(label: string, der: Buffer): string {
  const lines = der
    .toString("base64")
    .match(/.{1,64}/g)!
    .join("\n");
  return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----\n`;
}

/** The DER body of a PEM. */
function derOf(text: string): Buffer {
  return Buffer.from(text.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, ""), "base64");
}

describe("importPublicKey reads what a PEM holds, not what its label says", () => {
  const mastodon = loadVector("mastodon-person.json");
  const mobilizon = loadVector("mobilizon-person.json");

  it("imports SubjectPublicKeyInfo under an RSA PUBLIC KEY label (a Mastodon key relabelled as seen in production)", () => {
    const spki = derOf(mastodon.publicKey.publicKeyPem);
    const relabelled = pem("RSA PUBLIC KEY", spki);
    const imported = importPublicKey({ ...mastodon.publicKey, publicKeyPem: relabelled });
    expect(imported.keyType).toBe("rsa");
    expect(imported.keyObject!.export({ type: "spki", format: "der" })).toEqual(spki);
  });

  it("imports PKCS#1 under a PUBLIC KEY label (Mobilizon's real PKCS#1 key relabelled)", () => {
    expect(mobilizon.publicKey.publicKeyPem).toContain("BEGIN RSA PUBLIC KEY");
    const asPublished = importPublicKey(mobilizon.publicKey);
    const relabelled = importPublicKey(pem("PUBLIC KEY", derOf(mobilizon.publicKey.publicKeyPem)));
    expect(relabelled.keyType).toBe("rsa");
    expect(relabelled.keyObject!.equals(asPublished.keyObject!)).toBe(true);
  });

  it("refuses a body that is neither encoding, under either label, with a TypeError that says so", () => {
    const garbage = Buffer.from("30030401ff", "hex");
    for (const label of ["PUBLIC KEY", "RSA PUBLIC KEY"]) {
      expect(() => importPublicKey(pem(label, garbage))).toThrow(
        /neither a SubjectPublicKeyInfo nor a PKCS#1/,
      );
    }
  });

  it("refuses key text over the size cap before parsing it", () => {
    const huge = `-----BEGIN PUBLIC KEY-----\n${"A".repeat(20_000)}\n-----END PUBLIC KEY-----`;
    expect(() => importPublicKey(huge)).toThrow(/at most 16384/);
    expect(() => importPublicKey({ publicKeyPem: huge })).toThrow(/at most 16384/);
  });

  it("finds a PEM only in its first BEGIN block, reading labels and bodies without backtracking", async () => {
    const { parsePem } = await import("./pem.js");
    const key = rfc9421.keys["test-key-ed25519"].public_pem as string;
    expect(parsePem(`junk before\n${key}\njunk after`)?.label).toBe("PUBLIC KEY");
    expect(parsePem(key.replaceAll("\n", " "))?.label).toBe("PUBLIC KEY");
    expect(parsePem("-----BEGIN A-----".repeat(100))).toBeNull();
    expect(parsePem(`-----BEGIN ${"A".repeat(65)}-----\nAAAA\n-----END ${"A".repeat(65)}-----`)).toBeNull();
    expect(parsePem("-----BEGIN pem-----\nAAAA\n-----END pem-----")).toBeNull();
    expect(parsePem("-----BEGIN A-----\n\n-----END A-----")).toBeNull();
    expect(parsePem("-----BEGIN A-----\nA!AA\n-----END A-----")).toBeNull();
    expect(parsePem("-----BEGIN A-----\nAAAA\n-----END B-----")).toBeNull();
  });
});

describe("importPublicKey with WebCrypto keys", () => {
  it("keeps a non-extractable public key as a CryptoKey (no KeyObject.from, which is deprecated for it)", async () => {
    const spki = testKeyPair("ed25519").publicKey.export({ type: "spki", format: "der" });
    const key = await webcrypto.subtle.importKey("spki", spki, { name: "Ed25519" }, false, ["verify"]);
    const imported = importPublicKey(key);
    expect(imported).toMatchObject({ keyType: "ed25519", keyObject: undefined, cryptoKey: key });
  });

  it("refuses a non-extractable private key as a verification key", async () => {
    const pair = (await webcrypto.subtle.generateKey({ name: "Ed25519" }, false, [
      "sign",
      "verify",
    ])) as CryptoKeyPair;
    expect(() => importPublicKey(pair.privateKey)).toThrow(/pass its public key/);
  });
});
