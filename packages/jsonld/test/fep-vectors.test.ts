import { createPrivateKey, type KeyObject } from "node:crypto";
import {
  decodeMultibaseBase58btc,
  encodeMultibaseBase58btc,
  findPublicKey,
  importPublicKey,
} from "@fedikit/http-signatures";
import { expectSuccess } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { createProof, verifyProof } from "../src/index.js";
import { featureScenarios, step } from "./feature-vectors.js";

/** PKCS#8 DER before a 32-byte Ed25519 seed (RFC 8410). */
const ed25519Pkcs8Prefix = Buffer.from("302e020100300506032b657004220420", "hex");
/** The multicodec prefix of an Ed25519 private key (0x1300, as an unsigned varint). */
const ed25519PrivateCodec = [0x80, 0x26];

/** The Ed25519 key a FEP vector gives as a multibase multicodec secret key. */
function ed25519SecretKey(multibase: string): KeyObject {
  const bytes = decodeMultibaseBase58btc(multibase);
  if (bytes === null || bytes[0] !== ed25519PrivateCodec[0] || bytes[1] !== ed25519PrivateCodec[1]) {
    throw new Error("not an Ed25519 secret key");
  }
  return createPrivateKey({
    key: Buffer.concat([ed25519Pkcs8Prefix, bytes.subarray(2)]),
    format: "der",
    type: "pkcs8",
  });
}

describe("FEP-8b32 test vectors (fep-8b32.feature)", () => {
  const [signing, verifying] = featureScenarios("fep-8b32.feature");

  it(`${signing!.name}: createProof makes exactly the vector's signed document, proofValue included`, async () => {
    const document = JSON.parse(step(signing!, "document").docString!);
    const privateKey = ed25519SecretKey(step(signing!, "Ed25519 secret key").quoted!);
    const created = new Date(step(signing!, "current time").quoted!);
    const verificationMethod = step(signing!, "Signing the document for key").quoted!;
    const expected = JSON.parse(step(signing!, "The signed document is").docString!);
    const signed = await createProof(document, { verificationMethod, privateKey, created });
    expect(signed).toEqual(expected);
  });

  it(`${verifying!.name}: verifyProof accepts the vector's document with the actor's Multikey`, async () => {
    const document = JSON.parse(step(verifying!, "The signed document is").docString!);
    const actor = JSON.parse(step(verifying!, "The actor").docString!);
    const keyResolver = (keyId: string) => {
      const key = findPublicKey(actor, keyId);
      return key === null ? null : { key, owner: actor.id as string };
    };
    const result = expectSuccess(await verifyProof(document, { keyResolver }));
    expect(result.value).toMatchObject({
      keyId: "https://server.example/users/alice#ed25519-key",
      owner: document.actor,
      cryptosuite: "eddsa-jcs-2022",
      created: new Date("2023-02-24T23:36:38Z"),
    });
    const { proof: _, ...unsecured } = document;
    expect(result.value.document).toEqual(unsecured);
  });
});

describe("FEP-521a test vectors (fep-521a.feature)", () => {
  const [ed25519, rsa] = featureScenarios("fep-521a.feature");

  it(`${ed25519!.name}: the key encodes to the vector's publicKeyMultibase and imports back to the same key`, () => {
    const raw = Buffer.from(step(ed25519!, "the Ed25519 public key as a hex string").quoted!, "hex");
    const multikey = JSON.parse(step(ed25519!, "Multikey object is").docString!);
    expect(encodeMultibaseBase58btc(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))).toBe(
      multikey.publicKeyMultibase,
    );
    const imported = importPublicKey(multikey).keyObject!;
    expect(imported.asymmetricKeyType).toBe("ed25519");
    expect(Buffer.from(imported.export({ format: "jwk" }).x!, "base64url")).toEqual(raw);
  });

  it(`${rsa!.name}: the key encodes to the vector's publicKeyMultibase and imports back to the same key`, () => {
    const der = Buffer.from(step(rsa!, "the RSA public key in PKCS#1 DER format").quoted!, "hex");
    const multikey = JSON.parse(step(rsa!, "Multikey object is").docString!);
    // 0x1205 (rsa-pub) as an unsigned varint.
    expect(encodeMultibaseBase58btc(Buffer.concat([Buffer.from([0x85, 0x24]), der]))).toBe(
      multikey.publicKeyMultibase,
    );
    const imported = importPublicKey(multikey).keyObject!;
    expect(imported.export({ format: "der", type: "pkcs1" })).toEqual(der);
  });
});
