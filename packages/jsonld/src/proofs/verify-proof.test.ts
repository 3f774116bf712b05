import { hasCode } from "@fedikit/core";
import { FetchError } from "@fedikit/fetch";
import { expectFailure, expectSuccess, testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { fixture } from "../../test/fixture-documents.js";
import { type JsonRecord, member } from "../../test/json-member.js";
import { signLinkedData } from "../signatures/sign-linked-data.js";
import { verifyLinkedData } from "../signatures/verify-linked-data.js";
import { createProof } from "./create-proof.js";
import { verifyProof } from "./verify-proof.js";

const alice = "https://server.example/users/alice";
const keyId = `${alice}#ed25519-key`;
const ed25519 = testKeyPair("ed25519");
const keyResolver = () => ({ key: ed25519.publicKey, owner: alice });

function activity(): JsonRecord {
  return {
    "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/data-integrity/v2"],
    id: "https://server.example/activities/1",
    type: "Create",
    actor: alice,
    to: "https://www.w3.org/ns/activitystreams#Public",
    object: {
      id: "https://server.example/objects/1",
      type: "Note",
      attributedTo: alice,
      content: "Hello world",
    },
  };
}

type Proved = JsonRecord & { proof: JsonRecord };

async function proved(cryptosuite: "eddsa-jcs-2022" | "eddsa-rdfc-2022" = "eddsa-jcs-2022"): Promise<Proved> {
  const document = await createProof(activity(), {
    verificationMethod: keyId,
    privateKey: ed25519.privateKey,
    cryptosuite,
  });
  return { ...document, proof: { ...document.proof } };
}

/** A resolver that counts how often it is asked. */
function countingResolver() {
  const counted = Object.assign(
    () => {
      counted.asked++;
      return keyResolver();
    },
    { asked: 0 },
  );
  return counted;
}

describe("verifyProof", () => {
  for (const cryptosuite of ["eddsa-jcs-2022", "eddsa-rdfc-2022"] as const) {
    it(`verifies a ${cryptosuite} proof, naming the key and the owner the resolver confirmed`, async () => {
      const result = expectSuccess(await verifyProof(await proved(cryptosuite), { keyResolver }));
      expect(result.value).toMatchObject({ keyId, owner: alice, cryptosuite });
      expect(result.value.document.actor).toBe(alice);
      expect(result.value.document).not.toHaveProperty("proof");
    });

    it(`fails a ${cryptosuite} proof with signature_mismatch when the content changed`, async () => {
      const document = await proved(cryptosuite);
      member(document, "object").content = "Goodbye world";
      expectFailure(await verifyProof(document, { keyResolver }), "signature_mismatch");
    });
  }

  it("eddsa-jcs-2022 covers the JSON itself: a re-expression with the same RDF does not verify", async () => {
    const document = await proved("eddsa-jcs-2022");
    const note = member(document, "object");
    note["as:content"] = note.content;
    delete note.content;
    expectFailure(await verifyProof(document, { keyResolver }), "signature_mismatch");
  });

  it("eddsa-rdfc-2022 covers the RDF: a re-expression verifies, and value.document reads the signed meaning", async () => {
    const document = await proved("eddsa-rdfc-2022");
    document["@context"] = [...(document["@context"] as unknown[]), { Delete: "as:Create" }];
    document.type = "Delete";
    const result = expectSuccess(await verifyProof(document, { keyResolver }));
    expect(result.value.document.type).toBe("Create");
  });

  it("eddsa-rdfc-2022 refuses a term its context does not define (uncovered_content), before any key lookup", async () => {
    const document = await proved("eddsa-rdfc-2022");
    document.unsignedTerm = "x";
    const counting = countingResolver();
    expectFailure(await verifyProof(document, { keyResolver: counting }), "uncovered_content");
    expect(counting.asked).toBe(0);
  });

  it("leaves a Linked Data signature out, as FEP-8b32 says, so a proof made before the signature verifies", async () => {
    const rsa = testKeyPair("rsa");
    const signed = await signLinkedData(await proved(), {
      keyId: `${alice}#main-key`,
      privateKey: rsa.privateKey,
    });
    expectSuccess(await verifyProof(signed, { keyResolver }));
    expectSuccess(
      await verifyLinkedData(signed, { keyResolver: () => ({ key: rsa.publicKeyPem, owner: alice }) }),
    );
  });

  it("refuses a key on another origin than the object (FEP-fe34), unless the key's confirmed owner is on the object's origin", async () => {
    const elsewhere = "https://keys.example/alice#ed25519-key";
    const document = await createProof(activity(), {
      verificationMethod: elsewhere,
      privateKey: ed25519.privateKey,
    });
    const noOwner = expectFailure(
      await verifyProof(document, { keyResolver: () => ({ key: ed25519.publicKey }) }),
      "key_origin_mismatch",
    );
    expect(noOwner.keyId).toBe(elsewhere);
    expectFailure(
      await verifyProof(document, {
        keyResolver: () => ({ key: ed25519.publicKey, owner: "https://keys.example/alice" }),
      }),
      "key_origin_mismatch",
    );
    expectSuccess(await verifyProof(document, { keyResolver }));
  });

  it("accepts an anonymous object (no id), which has no origin to compare", async () => {
    const { id: _, ...anonymous } = activity();
    const document = await createProof(anonymous, {
      verificationMethod: keyId,
      privateKey: ed25519.privateKey,
    });
    expectSuccess(await verifyProof(document, { keyResolver: () => ({ key: ed25519.publicKey }) }));
  });

  it("reads the object under the proof's @context when it is the start of the object's (a context added later)", async () => {
    const document = await proved();
    document["@context"] = [...(document["@context"] as unknown[]), "https://w3id.org/security/multikey/v1"];
    const result = expectSuccess(await verifyProof(document, { keyResolver }));
    expect(result.value.document["@context"]).toEqual(activity()["@context"]);
    document["@context"] = ["https://www.w3.org/ns/activitystreams"];
    expectFailure(await verifyProof(document, { keyResolver }), "signature_mismatch", /@context/);
  });

  it("reads the proof configuration under the object's @context when the proof has none (Mitra, older Fedify)", async () => {
    const document = await proved();
    delete document.proof["@context"];
    expectSuccess(await verifyProof(document, { keyResolver }));
  });

  it("reads Mitra's real proofs (no @context in the proof, nanosecond created) up to the key lookup", async () => {
    for (const name of [
      "corpus/lemmy-assets/mitra/activities/create_post.json",
      "corpus/lemmy-assets/mitra/activities/accept.json",
    ]) {
      const asked: string[] = [];
      const error = expectFailure(
        await verifyProof(fixture(name), {
          keyResolver: (id) => {
            asked.push(id);
            return null;
          },
        }),
        "key_not_found",
      );
      expect(asked).toEqual([error.keyId]);
    }
  });
});

describe("verifyProof failures that name what is wrong", () => {
  const edits: [string, string, (document: Proved) => void][] = [
    ["missing_signature", "no proof", (d) => delete (d as JsonRecord).proof],
    ["unsupported_proof_set", "two proofs", (d) => ((d as JsonRecord).proof = [d.proof, d.proof])],
    ["unsupported_proof_set", "a proof chain", (d) => (d.proof.previousProof = "urn:uuid:1")],
    ["unsupported_type", "another proof type", (d) => (d.proof.type = "Ed25519Signature2020")],
    ["unsupported_type", "another cryptosuite", (d) => (d.proof.cryptosuite = "ecdsa-jcs-2019")],
    ["unsupported_type", "another purpose", (d) => (d.proof.proofPurpose = "authentication")],
    ["malformed_signature", "a proof that is not an object", (d) => ((d as JsonRecord).proof = "z123")],
    ["malformed_signature", "no verificationMethod", (d) => delete d.proof.verificationMethod],
    [
      "malformed_signature",
      "a verificationMethod of 3 KB",
      (d) => (d.proof.verificationMethod = `https://server.example/${"k".repeat(3000)}`),
    ],
    ["malformed_signature", "a proofValue that is not base58btc", (d) => (d.proof.proofValue = "uAAAA")],
    ["malformed_signature", "a proofValue of the wrong length", (d) => (d.proof.proofValue = "z2222")],
    ["malformed_signature", "a created that is not a dateTime", (d) => (d.proof.created = "yesterday")],
    ["expired", "an expires in the past", (d) => (d.proof.expires = "2020-01-01T00:00:00Z")],
  ];
  for (const [code, what, edit] of edits) {
    it(`${code} for ${what}`, async () => {
      const document = await proved();
      edit(document);
      const counting = countingResolver();
      expectFailure(await verifyProof(document, { keyResolver: counting }), code as "expired");
      expect(counting.asked).toBe(0);
    });
  }

  it("checks a proof whose expires is still ahead (covered: added after signing, it breaks the proof), and a proof in a one-element array", async () => {
    const document = await proved();
    document.proof.expires = "2999-01-01T00:00:00Z";
    expectFailure(await verifyProof(document, { keyResolver }), "signature_mismatch");
    const listed = await proved();
    expectSuccess(await verifyProof({ ...listed, proof: [listed.proof] }, { keyResolver }));
  });

  it("key_not_found, key_fetch_failed (the fetch's code kept), wrong_key_type from the key lookup", async () => {
    const document = await proved();
    expectFailure(await verifyProof(document, { keyResolver: () => null }), "key_not_found");
    const refused = new FetchError("ssrf_blocked", "private address", { url: alice });
    const error = expectFailure(
      await verifyProof(document, { keyResolver: () => Promise.reject(refused) }),
      "key_fetch_failed",
    );
    expect(hasCode(error, "ssrf_blocked")).toBe(true);
    expectFailure(
      await verifyProof(document, { keyResolver: () => ({ key: testKeyPair("rsa").publicKey }) }),
      "wrong_key_type",
    );
  });

  it("malformed_document for what is not an object, too_deep past maxDepth; TypeError without a keyResolver", async () => {
    expectFailure(await verifyProof([await proved()], { keyResolver }), "malformed_document");
    expectFailure(await verifyProof(await proved(), { keyResolver, maxDepth: 2 }), "too_deep");
    await expect(verifyProof(await proved(), {} as never)).rejects.toThrow(/keyResolver/);
  });
});
