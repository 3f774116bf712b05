// eddsa-rdfc-2022 and eddsa-jcs-2022 written independently in this test from vc-di-eddsa, on
// plain jsonld.js, the canonicalize package and node:crypto: what this package proves, they
// verify, and the other way round. (Fedify, which implements eddsa-jcs-2022 only, is the other
// independent implementation: fedify-proof-interop.test.ts.)
import { createHash, sign, verify } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeMultibaseBase58btc, encodeMultibaseBase58btc } from "@fedikit/http-signatures";
import { expectSuccess, testKeyPair } from "@fedikit/test-support";
import canonicalize from "canonicalize";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { createProof, verifyProof } from "../src/index.js";

const contextFiles = new Map([
  ["https://www.w3.org/ns/activitystreams", "activitystreams.json"],
  ["https://w3id.org/security/data-integrity/v2", "security-data-integrity-v2.json"],
]);

async function documentLoader(url: string) {
  const file = contextFiles.get(url);
  if (file === undefined) throw new Error(`no context ${url}`);
  const document = JSON.parse(readFileSync(join(import.meta.dirname, "data/contexts", file), "utf8"));
  return { contextUrl: null, documentUrl: url, document };
}

type Suite = "eddsa-jcs-2022" | "eddsa-rdfc-2022";

async function canonical(suite: Suite, value: object): Promise<string> {
  if (suite === "eddsa-jcs-2022") return canonicalize(value) as string;
  return jsonld.canonize(value, { algorithm: "RDFC-1.0", format: "application/n-quads", documentLoader });
}

/** vc-di-eddsa "Hashing": SHA-256 of the proof configuration, then of the document. */
async function hashData(
  suite: Suite,
  document: Record<string, unknown>,
  configuration: object,
): Promise<Buffer> {
  const sha256 = (text: string) => createHash("sha256").update(text).digest();
  return Buffer.concat([
    sha256(await canonical(suite, configuration)),
    sha256(await canonical(suite, document)),
  ]);
}

async function independentProve(suite: Suite, document: Record<string, unknown>, keyId: string) {
  const options = {
    type: "DataIntegrityProof",
    cryptosuite: suite,
    verificationMethod: keyId,
    proofPurpose: "assertionMethod",
    created: "2025-01-02T03:04:05Z",
  };
  const configuration = { "@context": document["@context"], ...options };
  const signature = sign(
    null,
    await hashData(suite, document, configuration),
    testKeyPair("ed25519").privateKey,
  );
  const proof = suite === "eddsa-jcs-2022" ? configuration : options;
  return { ...document, proof: { ...proof, proofValue: encodeMultibaseBase58btc(signature) } };
}

async function independentVerify(suite: Suite, secured: Record<string, unknown>): Promise<boolean> {
  const { proof, ...document } = secured as Record<string, unknown> & { proof: Record<string, unknown> };
  const { proofValue, ...options } = proof;
  const configuration = { ...options, "@context": options["@context"] ?? document["@context"] };
  const signature = decodeMultibaseBase58btc(proofValue as string)!;
  return verify(
    null,
    await hashData(suite, document, configuration),
    testKeyPair("ed25519").publicKey,
    signature,
  );
}

const alice = "https://server.example/users/alice";
const keyId = `${alice}#ed25519-key`;
const activity = {
  "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/data-integrity/v2"],
  id: "https://server.example/activities/1",
  type: "Create",
  actor: alice,
  object: {
    id: "https://server.example/objects/1",
    type: "Note",
    attributedTo: alice,
    content: "Hello world",
    location: { type: "Place", longitude: -71.184902, latitude: 25.273962 },
  },
};

describe("Data Integrity EdDSA proofs against an independent implementation", () => {
  for (const suite of ["eddsa-jcs-2022", "eddsa-rdfc-2022"] as const) {
    it(`${suite}: what createProof makes, the independent implementation verifies`, async () => {
      const secured = await createProof(activity, {
        verificationMethod: keyId,
        privateKey: testKeyPair("ed25519").privateKey,
        cryptosuite: suite,
      });
      expect(await independentVerify(suite, secured)).toBe(true);
      expect(await independentVerify(suite, { ...secured, actor: "https://server.example/users/bob" })).toBe(
        false,
      );
    });

    it(`${suite}: what the independent implementation makes, verifyProof verifies`, async () => {
      const secured = await independentProve(suite, activity, keyId);
      const keyResolver = () => ({ key: testKeyPair("ed25519").publicKey, owner: alice });
      const result = expectSuccess(await verifyProof(secured, { keyResolver }));
      expect(result.value).toMatchObject({ keyId, owner: alice, cryptosuite: suite });
    });
  }
});
