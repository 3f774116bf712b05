// RsaSignature2017 written independently in this test, on plain jsonld.js and node:crypto, from
// Mastodon's description (docs "Linked Data Signatures"): this package must verify what it signs
// and the other way round. It has its own loader, reading the context copies in test/data.
import { createHash, createSign, createVerify } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectSuccess, testKeyPair } from "@fedikit/test-support";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { signLinkedData, verifyLinkedData } from "../src/index.js";
import { fixture } from "./fixture-documents.js";

const contextFiles = new Map([
  ["https://www.w3.org/ns/activitystreams", "activitystreams.json"],
  ["https://w3id.org/security/v1", "security-v1.json"],
  ["https://w3id.org/identity/v1", "identity-v1.json"],
]);

async function documentLoader(url: string) {
  const file = contextFiles.get(url);
  if (file === undefined) throw new Error(`no context ${url}`);
  const document = JSON.parse(readFileSync(join(import.meta.dirname, "data/contexts", file), "utf8"));
  return { contextUrl: null, documentUrl: url, document };
}

async function hash(document: object): Promise<string> {
  const nquads: string = await jsonld.canonize(document, {
    algorithm: "URDNA2015",
    format: "application/n-quads",
    documentLoader,
    safe: false,
  });
  return createHash("sha256").update(nquads).digest("hex");
}

async function toBeSigned(
  document: Record<string, unknown>,
  creator: string,
  created: string,
): Promise<string> {
  const { signature: _, ...unsigned } = document;
  return (
    (await hash({ "@context": "https://w3id.org/identity/v1", creator, created })) + (await hash(unsigned))
  );
}

async function independentSign(document: Record<string, unknown>, creator: string, privateKeyPem: string) {
  const created = "2025-01-02T03:04:05Z";
  const signatureValue = createSign("sha256")
    .update(await toBeSigned(document, creator, created))
    .sign(privateKeyPem, "base64");
  return { ...document, signature: { type: "RsaSignature2017", creator, created, signatureValue } };
}

async function independentVerify(document: Record<string, unknown>, publicKeyPem: string): Promise<boolean> {
  const { creator, created, signatureValue } = document.signature as {
    creator: string;
    created: string;
    signatureValue: string;
  };
  return createVerify("sha256")
    .update(await toBeSigned(document, creator, created))
    .verify(publicKeyPem, signatureValue, "base64");
}

const keyId = "https://fedikit.example/users/alice#main-key";
const owner = "https://fedikit.example/users/alice";
const rsa = testKeyPair("rsa");

function activity(): Record<string, unknown> {
  const { signature: _, ...unsigned } = fixture("smithereen/create_note.json");
  return { ...unsigned, actor: owner };
}

describe("RsaSignature2017 against an independent implementation (jsonld.js + node:crypto)", () => {
  it("the independent implementation verifies the real fixture, as this package does", async () => {
    const document = fixture("mastodon/activitypub.academy-create-ldsigned.extracted.json");
    const actor = fixture("mastodon/brauca_darradiul.json") as { publicKey: { publicKeyPem: string } };
    const pem = actor.publicKey.publicKeyPem
      .replace("-----BEGIN PUBLIC KEY----- ", "-----BEGIN PUBLIC KEY-----\n")
      .replace(" -----END PUBLIC KEY-----", "\n-----END PUBLIC KEY-----");
    expect(await independentVerify(document, pem)).toBe(true);
  });

  it("what signLinkedData signs, the independent implementation verifies", async () => {
    const signed = await signLinkedData(activity(), { keyId, privateKey: rsa.privateKeyPem });
    expect(await independentVerify(signed, rsa.publicKeyPem)).toBe(true);
    const edited = { ...signed, signature: { ...signed.signature, created: "2000-01-01T00:00:00Z" } };
    expect(await independentVerify(edited, rsa.publicKeyPem)).toBe(false);
  });

  it("what the independent implementation signs, verifyLinkedData verifies", async () => {
    const signed = await independentSign(activity(), keyId, rsa.privateKeyPem);
    const result = expectSuccess(
      await verifyLinkedData(signed, { keyResolver: () => ({ key: rsa.publicKeyPem, owner }) }),
    );
    expect(result.value).toMatchObject({ keyId, owner, created: new Date("2025-01-02T03:04:05Z") });
  });
});
