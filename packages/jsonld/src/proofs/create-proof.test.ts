import { testKeyPair } from "@fedikit/test-support";
import { describe, expect, it } from "vitest";
import { isJsonLdError } from "../jsonld-error.js";
import { createProof } from "./create-proof.js";

const verificationMethod = "https://server.example/users/alice#ed25519-key";
const privateKey = testKeyPair("ed25519").privateKey;
const note = {
  "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/data-integrity/v2"],
  id: "https://server.example/objects/1",
  type: "Note",
  attributedTo: "https://server.example/users/alice",
  content: "Hello world",
};

describe("createProof", () => {
  it("writes an eddsa-jcs-2022 proof with the object's @context, created from now, and leaves the input as it was", async () => {
    const input = structuredClone(note);
    const signed = await createProof(input, { verificationMethod, privateKey, now: () => 1_677_281_798_123 });
    expect(input).toEqual(note);
    expect(signed.proof).toEqual({
      "@context": note["@context"],
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-jcs-2022",
      verificationMethod,
      proofPurpose: "assertionMethod",
      proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/),
      created: "2023-02-24T23:36:38Z",
    });
  });

  it("adds the data integrity context to an object that names none (or has no @context), so JSON-LD readers see the proof", async () => {
    const { "@context": _, ...bare } = note;
    const withAs = await createProof(
      { ...bare, "@context": "https://www.w3.org/ns/activitystreams" },
      { verificationMethod, privateKey },
    );
    expect(withAs["@context"]).toEqual([
      "https://www.w3.org/ns/activitystreams",
      "https://w3id.org/security/data-integrity/v2",
    ]);
    expect(withAs.proof["@context"]).toEqual(withAs["@context"]);
    const without = await createProof(bare, { verificationMethod, privateKey });
    expect(without["@context"]).toEqual(withAs["@context"]);
    const v1 = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/data-integrity/v1"];
    expect(
      (await createProof({ ...bare, "@context": v1 }, { verificationMethod, privateKey }))["@context"],
    ).toBe(v1);
  });

  it("writes an eddsa-rdfc-2022 proof without @context, as vc-di-eddsa's vectors do", async () => {
    const signed = await createProof(note, {
      verificationMethod,
      privateKey,
      cryptosuite: "eddsa-rdfc-2022",
    });
    expect(signed.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    expect(signed.proof).not.toHaveProperty("@context");
  });

  it("refuses an eddsa-rdfc-2022 proof over a term the context does not define (uncovered_content)", async () => {
    const error = await createProof(
      { ...note, undefinedTerm: 1 },
      { verificationMethod, privateKey, cryptosuite: "eddsa-rdfc-2022" },
    ).catch((thrown: unknown) => thrown);
    expect(isJsonLdError(error, "uncovered_content")).toBe(true);
  });

  it("refuses an object that already has a proof, or a Linked Data signature (the proof comes first)", async () => {
    const signed = await createProof(note, { verificationMethod, privateKey });
    await expect(createProof(signed, { verificationMethod, privateKey })).rejects.toThrow(
      /already has a proof/,
    );
    await expect(createProof({ ...note, signature: {} }, { verificationMethod, privateKey })).rejects.toThrow(
      /signLinkedData/,
    );
  });

  it("throws a TypeError for a missing verificationMethod or key, a key that is not Ed25519, an unknown cryptosuite", async () => {
    await expect(createProof(note, { verificationMethod: "", privateKey })).rejects.toThrow(
      /verificationMethod/,
    );
    await expect(createProof(note, { verificationMethod } as never)).rejects.toThrow(/privateKey/);
    await expect(
      createProof(note, { verificationMethod, privateKey: testKeyPair("rsa").privateKey }),
    ).rejects.toThrow(/ed25519/);
    await expect(
      createProof(note, { verificationMethod, privateKey, cryptosuite: "ecdsa-jcs-2019" as never }),
    ).rejects.toThrow(/cryptosuite/);
    await expect(createProof([] as never, { verificationMethod, privateKey })).rejects.toThrow(TypeError);
  });
});
